// The analyst's note: typed freely, and never lost (see useAutosave).
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
  return (
    <Textarea
      id={NOTE_FIELD_ID}
      label="Note"
      placeholder="Why this grade? What would change it?"
      value={draft}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={flush}
    />
  )
}
