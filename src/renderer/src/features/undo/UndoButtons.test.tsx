// The header's Undo and Redo: each action changes what Undo would take back, and renders that
// button alone, not Redo nor the refusal dialog. Real Chromium, the app's own undo stack.
import { afterEach, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../db'
import { mountInTheme, twoFrames, unmountAll } from '../../test-support/mount'
import { UndoButtons, UndoRenderProbe } from './UndoButtons'

afterEach(() => unmountAll())

it('renders Undo alone when an action changes what it would take back', async () => {
  const rendered: string[] = []
  await mountInTheme(
    <UndoRenderProbe.Provider value={(part) => rendered.push(part)}>
      <UndoButtons onMessage={() => {}} />
    </UndoRenderProbe.Provider>
  )
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeDisabled()
  db.undo.pushDone({ action: crypto.randomUUID(), label: 'Grade sentence 1' })
  await expect.element(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  rendered.length = 0
  db.undo.pushDone({ action: crypto.randomUUID(), label: 'Grade sentence 2' })
  await expect.poll(() => rendered).toContain('undo button')
  await twoFrames()
  expect(rendered).toEqual(['undo button'])
  await expect.element(page.getByRole('button', { name: 'Redo' })).toBeDisabled()
})
