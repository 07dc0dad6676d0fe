// The inspector's growing text fields in real Chromium: each measures its text (a forced layout)
// when it renders, so a grade, which renders the inspector again, must not render them.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import type { Sentence } from '@shared/model'
import { theme } from '../../theme'
import { NoteField } from './NoteField'
import { SentenceEditor } from './SentenceEditor'

const sentence: Sentence = { id: 'a:1', articleId: 'a', index: 1, start: 0, end: 30, kind: 'body' }

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
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

describe('the inspector’s autosize fields', () => {
  it('measure their text only when it changes, not at every render of the inspector', async () => {
    host = document.body.appendChild(document.createElement('div'))
    root = createRoot(host)
    act(() =>
      root!.render(
        <MantineProvider theme={theme}>
          <Inspector />
        </MantineProvider>
      )
    )
    const words = page.getByLabelText('Sentence text')
    const note = page.getByLabelText('Note')
    await expect.element(note).toHaveValue('First note')

    // Only the measuring reads the computed style of the field itself.
    const measure = vi.spyOn(window, 'getComputedStyle')
    const measured = (field: Element) => measure.mock.calls.filter(([el]) => el === field).length

    for (let i = 1; i <= 5; i++) render('Troops withdrew from the front.', 'First note', i)
    expect(measured(words.element())).toBe(0)
    expect(measured(note.element())).toBe(0)

    render('Troops withdrew from the front.', 'Second note, after an undo', 6)
    await expect.element(note).toHaveValue('Second note, after an undo')
    expect(measured(note.element())).toBeGreaterThan(0)
    expect(measured(words.element())).toBe(0)

    render('Troops withdrew.', 'Second note, after an undo', 7)
    await expect.element(words).toHaveValue('Troops withdrew.')
    expect(measured(words.element())).toBeGreaterThan(0)
  })
})
