// A control loaded after the first paint, in real Chromium: a click on its stand-in opens it once
// its code comes; the focus the stand-in had moves to it; code that cannot be fetched is named,
// and a second click fetches it again. A deferred wrapper shows its child alone until it comes.
import '@mantine/core/styles.css'
import { describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import type { ComponentType, ReactNode } from 'react'
import { Button } from '@mantine/core'
import { themedRoot } from '../test-support/mount'
import { prefetchPanels } from './lazy-panel'
import { lazyTrigger, lazyWrapper, type Openable, type StandInProps } from './lazy-trigger'

function deferred<T>() {
  let resolve!: (value: T) => void
  const promise = new Promise<T>((res) => (resolve = res))
  return { promise, resolve }
}

/** The loaded control: its button, and what it shows when open. */
function KeyPopover({ defaultOpened }: { defaultOpened?: boolean }) {
  return (
    <>
      <button type="button">Key</button>
      {defaultOpened && <table aria-label="Key" />}
    </>
  )
}

function KeyStandIn({ open, opening }: StandInProps) {
  return (
    <Button aria-busy={opening} onClick={open}>
      Key
    </Button>
  )
}

function mount(children: ReactNode) {
  // Not inside act(): the code is handed over later by the test.
  themedRoot().render(children)
}

describe('lazyTrigger', () => {
  it('opens the control when its code comes, after a click on the stand-in', async () => {
    const code = deferred<Openable<object>>()
    const Key = lazyTrigger('Key', () => code.promise, KeyStandIn)
    mount(<Key />)
    const standIn = page.getByRole('button', { name: 'Key' })
    await standIn.click()
    await expect.element(standIn).toHaveAttribute('aria-busy', 'true')
    expect(page.getByRole('table', { name: 'Key' }).elements()).toEqual([])

    code.resolve(KeyPopover)
    await expect.element(page.getByRole('table', { name: 'Key' })).toBeInTheDocument()
    // The loaded control, no longer the busy stand-in, and focused as the stand-in was.
    await expect.element(page.getByRole('button', { name: 'Key' })).not.toHaveAttribute('aria-busy')
    await expect.element(page.getByRole('button', { name: 'Key' })).toHaveFocus()
  })

  it('comes closed, with the focus the stand-in had, when it was not clicked', async () => {
    const code = deferred<Openable<object>>()
    const Key = lazyTrigger('Key', () => code.promise, KeyStandIn)
    mount(<Key />)
    await expect.element(page.getByRole('button', { name: 'Key' })).toBeVisible()
    await userEvent.keyboard('{Tab}')
    await expect.element(page.getByRole('button', { name: 'Key' })).toHaveFocus()

    const prefetched = prefetchPanels()
    code.resolve(KeyPopover)
    await prefetched
    await expect.element(page.getByRole('button', { name: 'Key' })).not.toHaveAttribute('aria-busy')
    await expect.element(page.getByRole('button', { name: 'Key' })).toHaveFocus()
    expect(page.getByRole('table', { name: 'Key' }).elements()).toEqual([])
  })

  it('names a control whose code cannot be fetched, and fetches it again at the next click', async () => {
    const load = vi
      .fn<() => Promise<Openable<object>>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValue(KeyPopover)
    const Key = lazyTrigger('Key', load, KeyStandIn)
    mount(<Key />)
    await page.getByRole('button', { name: 'Key' }).click()
    await expect.element(page.getByRole('alert')).toHaveTextContent('Key could not be loaded')

    await page.getByRole('button', { name: 'Key' }).click()
    await expect.element(page.getByRole('table', { name: 'Key' })).toBeInTheDocument()
    await expect.element(page.getByRole('alert')).not.toBeInTheDocument()
    expect(load).toHaveBeenCalledTimes(2)
  })
})

describe('lazyWrapper', () => {
  it('shows its child alone, working, until the wrapper comes', async () => {
    const code = deferred<ComponentType<{ label: string; children: ReactNode }>>()
    const Labelled = lazyWrapper('Label', () => code.promise)
    const clicked = vi.fn()
    mount(
      <Labelled label="Undo: Credibility 2">
        <Button onClick={clicked}>Undo</Button>
      </Labelled>
    )
    await page.getByRole('button', { name: 'Undo' }).click()
    expect(clicked).toHaveBeenCalledTimes(1)

    const prefetched = prefetchPanels()
    code.resolve(({ label, children }) => (
      <span title={label} data-testid="wrapped">
        {children}
      </span>
    ))
    await prefetched
    await expect.element(page.getByTestId('wrapped')).toHaveAttribute('title', 'Undo: Credibility 2')
    await page.getByRole('button', { name: 'Undo' }).click()
    expect(clicked).toHaveBeenCalledTimes(2)
  })
})
