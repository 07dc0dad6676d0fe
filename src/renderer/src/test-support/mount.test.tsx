// The mount helper in real Chromium: a tree is drawn in the app's theme in a host of its own, drawn
// again with new props keeping its state, and gone after its test without the test asking.
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, useEffect, useState } from 'react'
import { Button } from '@mantine/core'
import { mountInTheme, themedRoot } from './mount'

/** The counters mounted now, by name. */
const mounted = new Set<string>()
/** The hosts of the first test, looked at by the next (the tests of a file run in order). */
const hostsLeft: HTMLElement[] = []

function Counter({ name, label }: { name: string; label: string }) {
  const [clicks, setClicks] = useState(0)
  useEffect(() => {
    mounted.add(name)
    return () => void mounted.delete(name)
  }, [name])
  return <Button onClick={() => setClicks((n) => n + 1)}>{`${label} ${clicks}`}</Button>
}

describe('mounting a piece of the app', () => {
  it('draws each tree in the theme in a host of its own, and again with new props keeping its state', async () => {
    const first = await mountInTheme(<Counter name="first" label="Grade" />)
    const second = await mountInTheme(<Counter name="second" label="Link" />)
    expect(first.host).not.toBe(second.host)
    expect(mounted).toEqual(new Set(['first', 'second']))

    await page.getByRole('button', { name: 'Grade 0' }).click()
    // The theme's size for every Button.
    await expect.element(page.getByRole('button', { name: 'Grade 1' })).toHaveAttribute('data-size', 'xs')
    await act(async () => first.render(<Counter name="first" label="Regrade" />))
    await expect.element(page.getByRole('button', { name: 'Regrade 1' })).toBeVisible()
    expect(second.host.querySelector('button')?.textContent).toBe('Link 0')
    hostsLeft.push(first.host, second.host)
  })

  it('leaves nothing of the test before: its trees unmounted, their hosts removed', () => {
    expect(hostsLeft).toHaveLength(2)
    for (const host of hostsLeft) expect(host.isConnected).toBe(false)
    expect(mounted.size).toBe(0)
  })

  it('renders a tree left outside act, and unmounts it at once when asked', async () => {
    const shown = themedRoot()
    shown.render(<Counter name="outside" label="Source" />)
    await expect.element(page.getByRole('button', { name: 'Source 0' })).toBeVisible()
    shown.unmount()
    expect(mounted.has('outside')).toBe(false)
    expect(shown.host.isConnected).toBe(false)
  })
})
