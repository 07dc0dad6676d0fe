// The inspector's text fields in real Chromium: a field that measures its text forces a layout,
// and the inspector renders after every grade and on opening an article, so neither field
// measures; the sentence's words grow their field by CSS.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import type { Sentence } from '@shared/model'
import { themedRoot } from '../../test-support/mount'
import { NOTE_FIELD_ID } from './field-ids'
import { NoteField } from './NoteField'
import { SentenceEditor } from './SentenceEditor'

const sentence: Sentence = { id: 'a:1', articleId: 'a', index: 1, start: 0, end: 30, kind: 'body' }

afterEach(() => {
  vi.restoreAllMocks()
})

interface Shown {
  words: string
  note: string
  /** Counts the inspector's renders: each one hands the fields new callbacks. */
  renders: number
}

let show: (next: Shown) => void = () => undefined

/** The inspector's two fields as it renders them, under an app that does not render again. */
function Inspector() {
  const [shown, setShown] = useState<Shown>({
    words: 'Troops withdrew from the front.',
    note: 'First note',
    renders: 0
  })
  show = setShown
  return (
    <>
      <SentenceEditor
        sentence={sentence}
        text={shown.words}
        isLast={false}
        sources={new Map()}
        onSplit={() => undefined}
        onMerge={() => undefined}
        onError={() => undefined}
      />
      <NoteField sentence={sentence} value={shown.note} onSave={() => undefined} />
    </>
  )
}

function render(words: string, note: string, renders: number) {
  act(() => show({ words, note, renders }))
}

/** Every element whose style was read while `act` rendered: what a measuring field reads. */
function styleReadsWhile(act: () => void): Element[] {
  const measure = vi.spyOn(window, 'getComputedStyle')
  try {
    act()
    return measure.mock.calls.map(([el]) => el)
  } finally {
    measure.mockRestore()
  }
}

const fields = () => [...document.querySelectorAll('textarea')].filter((t) => t.labels?.length)

function mount(): Element[] {
  const shown = themedRoot()
  shown.host.style.width = '320px'
  return styleReadsWhile(() => act(() => shown.render(<Inspector />)))
}

describe('the inspector’s text fields', () => {
  it('never measure their text: not on mounting, not when the inspector renders, not when it changes', async () => {
    const mounting = mount()
    const words = page.getByLabelText('Sentence text')
    const note = page.getByLabelText('Note')
    await expect.element(note).toHaveValue('First note')
    expect(fields()).toHaveLength(2)
    expect(document.getElementById(NOTE_FIELD_ID)).toBe(note.element())
    const readOf = (reads: Element[]) => reads.filter((el) => fields().includes(el as HTMLTextAreaElement))
    expect(readOf(mounting)).toEqual([])

    for (let i = 1; i <= 5; i++)
      expect(
        readOf(styleReadsWhile(() => render('Troops withdrew from the front.', 'First note', i)))
      ).toEqual([])
    expect(
      readOf(styleReadsWhile(() => render('Troops withdrew from the front.', 'Second note', 6)))
    ).toEqual([])
    await expect.element(note).toHaveValue('Second note')
    expect(readOf(styleReadsWhile(() => render('Troops withdrew.', 'Second note', 7)))).toEqual([])
    await expect.element(words).toHaveValue('Troops withdrew.')
  })

  it('grow the sentence field with its words, up to ten lines', async () => {
    mount()
    const words = page.getByLabelText('Sentence text')
    await expect.element(words).toHaveValue('Troops withdrew from the front.')
    const field = words.element() as HTMLTextAreaElement
    const height = () => field.getBoundingClientRect().height
    const oneLine = height()
    const fontSize = parseFloat(getComputedStyle(field).fontSize)

    const long = 'Troops withdrew from the front after three weeks of shelling near the river. '
    render(long.repeat(3), 'First note', 1)
    await expect.element(words).toHaveValue(long.repeat(3))
    expect(height()).toBeGreaterThan(oneLine * 2)
    // All of it is seen: nothing to scroll.
    expect(field.scrollHeight).toBeLessThanOrEqual(Math.ceil(field.clientHeight) + 1)

    // The note grows too.
    const note = document.getElementById(NOTE_FIELD_ID) as HTMLTextAreaElement
    const noteHeight = note.getBoundingClientRect().height
    render(long.repeat(3), long.repeat(3), 2)
    await expect.element(page.getByLabelText('Note')).toHaveValue(long.repeat(3))
    expect(note.getBoundingClientRect().height).toBeGreaterThan(noteHeight * 1.5)
    expect(note.scrollHeight).toBeLessThanOrEqual(Math.ceil(note.clientHeight) + 1)

    // A very long sentence (some forty lines) stops at about ten and scrolls.
    render(long.repeat(40), 'First note', 3)
    await expect.element(words).toHaveValue(long.repeat(40))
    expect(height()).toBeGreaterThan(fontSize * 10)
    expect(height()).toBeLessThan(fontSize * 2 * 11)
    expect(field.scrollHeight).toBeGreaterThan(field.clientHeight * 2)
  })
})
