// The theme's Textarea in real Chromium: a field that measures its text forces a layout each time
// it mounts or changes, so a Textarea that says nothing of its sizing grows by CSS instead, from
// two lines to eight, and one that asks for autosize keeps it.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { act, useState } from 'react'
import { Textarea } from '@mantine/core'
import '@mantine/core/styles.css'
import { themedRoot } from './test-support/mount'

afterEach(() => {
  vi.restoreAllMocks()
})

let write: (value: string) => void = () => undefined

type Sizing = { autosize?: boolean; minRows?: number; maxRows?: number; rows?: number }

function Field(sizing: Sizing) {
  const [value, setValue] = useState('One line.')
  write = setValue
  return <Textarea label="Description" value={value} onChange={() => undefined} {...sizing} />
}

/** Every element whose style was read while `act` rendered: what a measuring field reads. */
function styleReadsWhile(run: () => void): Element[] {
  const measure = vi.spyOn(window, 'getComputedStyle')
  try {
    run()
    return measure.mock.calls.map(([el]) => el)
  } finally {
    measure.mockRestore()
  }
}

/** Textareas not in the rendered form: the hidden copy an autosize field lays out and reads. */
const textareasRead = (reads: Element[]) => reads.filter((el) => el instanceof HTMLTextAreaElement)

function mount(sizing: Sizing = {}): Element[] {
  const shown = themedRoot()
  shown.host.style.width = '320px'
  return styleReadsWhile(() => act(() => shown.render(<Field {...sizing} />)))
}

const field = () => document.querySelector('textarea')!
const height = () => field().getBoundingClientRect().height
const long = 'Troops withdrew from the front after three weeks of shelling near the river. '

describe('the theme’s Textarea', () => {
  it('never measures its text, on mounting or when its text changes', () => {
    expect(textareasRead(mount())).toEqual([])
    expect(textareasRead(styleReadsWhile(() => act(() => write(long.repeat(3)))))).toEqual([])
    expect(field().value).toBe(long.repeat(3))
  })

  it('grows with its text from two lines to eight, then scrolls', () => {
    mount()
    const lineHeight = parseFloat(getComputedStyle(field()).lineHeight)
    const twoLines = height()
    expect(twoLines).toBeGreaterThanOrEqual(lineHeight * 2)
    expect(twoLines).toBeLessThan(lineHeight * 4)

    act(() => write(long.repeat(2)))
    expect(height()).toBeGreaterThan(twoLines)
    // All of it is seen: nothing to scroll.
    expect(field().scrollHeight).toBeLessThanOrEqual(Math.ceil(field().clientHeight) + 1)

    act(() => write(long.repeat(20)))
    expect(height()).toBeGreaterThanOrEqual(lineHeight * 8)
    expect(height()).toBeLessThan(lineHeight * 10)
    expect(field().scrollHeight).toBeGreaterThan(field().clientHeight * 2)
  })

  it('keeps autosize, and its rows, for a field that asks for it', () => {
    // Mantine's autosize measures a hidden copy of the field: the reads this theme spares the others.
    expect(textareasRead(mount({ autosize: true, minRows: 10, maxRows: 20 })).length).toBeGreaterThan(0)
    const lineHeight = parseFloat(getComputedStyle(field()).lineHeight)
    expect(height()).toBeGreaterThanOrEqual(lineHeight * 10)
    act(() => write(long.repeat(40)))
    expect(height()).toBeGreaterThan(lineHeight * 15)
  })

  it('keeps the rows a field sets', () => {
    mount({ rows: 1 })
    const lineHeight = parseFloat(getComputedStyle(field()).lineHeight)
    expect(height()).toBeLessThan(lineHeight * 2)
  })
})
