// The sentence's tags, offered from the tags used anywhere in the library. The library's tags are
// read when the field is entered, not on every grade: reading every assessment is not free.
import { useState } from 'react'
import { TagsInput } from '@mantine/core'
import type { Sentence } from '@shared/model'
import { db } from '../../db'
import { libraryTags } from '../../db/assessments'

interface TagsFieldProps {
  sentence: Sentence
  value: readonly string[]
  onSave: (tags: string[]) => void
}

export function TagsField({ sentence, value, onSave }: TagsFieldProps) {
  const [known, setKnown] = useState<string[]>([])
  return (
    <TagsInput
      key={sentence.id}
      label="Tags"
      placeholder={value.length ? undefined : 'Add a tag, Enter'}
      data={known}
      value={[...value]}
      onChange={onSave}
      onFocus={() => void libraryTags(db).then(setKnown, () => setKnown([]))}
      acceptValueOnBlur
      clearable
      comboboxProps={{ withinPortal: true }}
    />
  )
}
