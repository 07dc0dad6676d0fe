// A panel loaded on demand, in real Chromium: once prefetched it is shown at once, with no loading
// step; shown before its code is there, it keeps its place while loading, then shows its content;
// code that cannot be fetched is named, and fetched again when the analyst asks.
// Mantine's styles, so the loading box has the height it is given, as in the app.
import '@mantine/core/styles.css'
import { describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { Profiler, type ComponentType } from 'react'
import { Text } from '@mantine/core'
import { themedRoot } from '../test-support/mount'
import { lazyPanel, loadOnce, prefetchPanels } from './lazy-panel'

function NotesPanel({ count }: { count: number }) {
  return <Text>{`${count} notes on this sentence`}</Text>
}

function deferred<T>() {
  let resolve!: (value: T) => void
  let reject!: (reason: unknown) => void
  const promise = new Promise<T>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

/** Renders `Panel` below a heading; returns what each commit showed of it. */
async function mount(Panel: ComponentType<{ count: number }>) {
  const commits: string[] = []
  const shown = themedRoot()
  // Not inside act(): act would wait for the suspended panel, whose code the test hands over later.
  shown.render(
    <>
      <Text>Inspector</Text>
      <Profiler id="panel" onRender={() => commits.push(shown.host.textContent ?? '')}>
        <div data-testid="panel">
          <Panel count={3} />
        </div>
      </Profiler>
      <Text>Below the panel</Text>
    </>
  )
  await expect.element(page.getByText('Inspector')).toBeVisible()
  return commits
}

describe('lazyPanel', () => {
  it('shows a prefetched panel in its first frame, with no loading step', async () => {
    const load = vi.fn(async () => NotesPanel)
    const Panel = lazyPanel('Notes', load, { height: 40 })
    expect(load).not.toHaveBeenCalled()
    await prefetchPanels()
    expect(load).toHaveBeenCalledTimes(1)

    const commits = await mount(Panel)
    await expect.element(page.getByText('3 notes on this sentence')).toBeVisible()
    expect(commits.length).toBeGreaterThan(0)
    for (const shown of commits) expect(shown).toContain('3 notes on this sentence')
    expect(load).toHaveBeenCalledTimes(1)
  })

  it('keeps its place while its code loads, then shows the panel', async () => {
    const code = deferred<typeof NotesPanel>()
    const Panel = lazyPanel('Notes', () => code.promise, { height: 40, prefetch: false })
    await mount(Panel)
    const loading = page.getByRole('status', { name: 'Loading Notes' })
    await expect.element(loading).toBeVisible()
    expect(loading.element().getBoundingClientRect().height).toBe(40)

    code.resolve(NotesPanel)
    await expect.element(page.getByText('3 notes on this sentence')).toBeVisible()
    await expect.element(loading).not.toBeInTheDocument()
  })

  it('names a panel whose code cannot be fetched, and fetches it again on request', async () => {
    const load = vi
      .fn<() => Promise<typeof NotesPanel>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(NotesPanel)
    const Panel = lazyPanel('Notes', load, { height: 40, prefetch: false })
    await mount(Panel)
    const failure = page.getByRole('alert')
    await expect.element(failure).toHaveTextContent('Notes could not be loaded')
    await expect.element(failure).toHaveTextContent('Failed to fetch dynamically imported module')
    await expect.element(page.getByText('Below the panel')).toBeVisible()

    await failure.getByRole('button', { name: 'Try again' }).click()
    await expect.element(page.getByText('3 notes on this sentence')).toBeVisible()
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('a failed prefetch is not kept: the panel fetches its code when shown', async () => {
    const load = vi
      .fn<() => Promise<typeof NotesPanel>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(NotesPanel)
    const Panel = lazyPanel('Notes', load, { height: 40 })
    await prefetchPanels()
    expect(load).toHaveBeenCalledTimes(1)

    await mount(Panel)
    await expect.element(page.getByText('3 notes on this sentence')).toBeVisible()
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('loadOnce', () => {
  it('fetches once when it succeeds, and again after a failure', async () => {
    const load = vi
      .fn<() => Promise<string>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue('code')
    const once = loadOnce(load)
    await expect(once()).rejects.toThrow('offline')
    await expect(once()).resolves.toBe('code')
    await expect(once()).resolves.toBe('code')
    expect(load).toHaveBeenCalledTimes(2)
  })
})
