// The analyst's note: typed freely, and never lost (see useAutosave).
import { memo, useCallback, type ChangeEvent } from 'react'
import { Textarea } from '@mantine/core'
import type { Sentence } from '@shared/model'
import { useAutosave } from '../autosave/use-autosave'
import { NOTE_FIELD_ID } from './field-ids'

interface NoteFieldProps {
  sentence: Sentence
  value: string
  /** Saves the note; the field shows the stored note back through `value`. */
  onSave: (note: string) => unknown
}

export function NoteField({ sentence, value, onSave }: NoteFieldProps) {
  const { draft, change, flush } = useAutosave(value, onSave, {
    address: { field: 'note', articleId: sentence.articleId, sentenceId: sentence.id }
  })
  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement>) => change(event.currentTarget.value),
    [change]
  )
  return <NoteText value={draft} onChange={onChange} onBlur={flush} />
}

interface NoteTextProps {
  value: string
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void
  onBlur: () => void
}

// Grows with the note by CSS alone, from two lines to eight: an autosize Textarea measured its text
// with a forced layout on mounting, which opening an article pays for.
const NOTE_STYLES = {
  input: {
    fieldSizing: 'content',
    minHeight: 'calc(2lh + 2 * var(--input-padding-y, 0.5rem))',
    maxHeight: 'calc(8lh + 2 * var(--input-padding-y, 0.5rem))'
  }
} as const

/** The inspector renders after every grade; the field renders only when the note itself changes. */
const NoteText = memo(function NoteText({ value, onChange, onBlur }: NoteTextProps) {
  return (
    <Textarea
      id={NOTE_FIELD_ID}
      label="Note"
      placeholder="Why this grade? What would change it?"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
      autosize={false}
      styles={NOTE_STYLES}
    />
  )
})
