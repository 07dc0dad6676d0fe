// The header's Undo and Redo: each action changes what Undo would take back, and renders that
// button alone, not Redo nor the refusal dialog. Real Chromium, the app's own undo stack.
import { afterAll, afterEach, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../db'
import { mountInTheme, twoFrames, unmountAll } from '../../test-support/mount'
import { UndoButtons, UndoRenderProbe } from './UndoButtons'

// The window's session storage holds stacks from before (a reload, or another test of this run):
// an action to undo and one to redo, read back when the buttons' module loads.
vi.hoisted(() =>
  sessionStorage.setItem(
    'sourcemark:undo:sourcemark',
    JSON.stringify({
      done: [{ action: 'kept-1', label: 'Grade sentence 9' }],
      undone: [{ action: 'kept-2', label: 'Grade sentence 8' }]
    })
  )
)

afterEach(() => unmountAll())
afterAll(() => {
  for (const key of Object.keys(sessionStorage))
    if (key.startsWith('sourcemark:undo:sourcemark')) sessionStorage.removeItem(key)
})

it('renders Undo alone when an action changes what it would take back', async () => {
  const rendered: string[] = []
  await mountInTheme(
    <UndoRenderProbe.Provider value={(part) => rendered.push(part)}>
      <UndoButtons onMessage={() => {}} />
    </UndoRenderProbe.Provider>
  )
  await expect.element(page.getByRole('button', { name: 'Redo' })).toBeEnabled()
  // A new action leaves nothing to redo: both buttons change.
  db.undo.pushDone({ action: crypto.randomUUID(), label: 'Grade sentence 1' })
  await expect.element(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
  rendered.length = 0
  db.undo.pushDone({ action: crypto.randomUUID(), label: 'Grade sentence 2' })
  await expect.poll(() => rendered).toContain('undo button')
  await twoFrames()
  expect(rendered).toEqual(['undo button'])
})
