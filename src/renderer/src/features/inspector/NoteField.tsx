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

/**
 * An autosize Textarea measures its text, forcing a layout, every time it renders; the inspector
 * renders after every grade, so the field renders only when the note itself changes.
 */
const NoteText = memo(function NoteText({ value, onChange, onBlur }: NoteTextProps) {
  return (
    <Textarea
      id={NOTE_FIELD_ID}
      label="Note"
      placeholder="Why this grade? What would change it?"
      value={value}
      onChange={onChange}
      onBlur={onBlur}
    />
  )
})
