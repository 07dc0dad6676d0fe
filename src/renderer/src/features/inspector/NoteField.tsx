// The analyst's note: typed freely, saved shortly after typing stops and when focus leaves.
import { useEffect, useRef, useState } from 'react'
import { Textarea } from '@mantine/core'
import { NOTE_FIELD_ID } from './field-ids'

const SAVE_DELAY_MS = 400

export function NoteField({ value, onSave }: { value: string; onSave: (note: string) => void }) {
  const [draft, setDraft] = useState(value)
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined)
  const latest = useRef({ draft, value, onSave })
  latest.current = { draft, value, onSave }

  const flush = () => {
    clearTimeout(timer.current)
    const { draft: d, value: v, onSave: save } = latest.current
    if (d !== v) save(d)
  }

  // Unsaved typing is saved when the inspector moves to another sentence.
  useEffect(() => () => flush(), [])

  return (
    <Textarea
      id={NOTE_FIELD_ID}
      label="Note"
      placeholder="Why this grade? What would change it?"
      value={draft}
      onChange={(event) => {
        setDraft(event.currentTarget.value)
        clearTimeout(timer.current)
        timer.current = setTimeout(flush, SAVE_DELAY_MS)
      }}
      onBlur={flush}
    />
  )
}
