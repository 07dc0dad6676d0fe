// A case's brief header, field by field, saved as typed (see useAutosave): in the case view and
// in the export dialog when the brief is of the case.
import { useRef } from 'react'
import { Group, Stack, Textarea, TextInput } from '@mantine/core'
import type { Case, CaseHeader } from '@shared/model'
import { useAutosave } from '../autosave/use-autosave'
import type { CaseHeaderPart } from '../autosave/draft-journal'
import { failure, saveCaseHeaderField } from './case-actions'

interface CaseHeaderFieldsProps {
  kase: Case
  /** The header as typed, at every keystroke: the preview follows it. */
  onDraft?: (header: CaseHeader) => void
  onError: (message: string) => void
}

export function CaseHeaderFields({ kase, onDraft, onError }: CaseHeaderFieldsProps) {
  const typed = useRef<CaseHeader>(kase.header)
  const field = (part: CaseHeaderPart) => ({
    kase,
    part,
    onChange: (value: string) => {
      typed.current = { ...typed.current, [part]: value }
      onDraft?.(typed.current)
    },
    onError
  })
  return (
    <Stack gap="sm" role="group" aria-label="Brief header">
      <HeaderField label="Brief title" placeholder={kase.name} {...field('title')} />
      <Group grow>
        <HeaderField label="Analyst" placeholder="Your name or call sign" {...field('analyst')} />
        <HeaderField
          label="Handling"
          placeholder="e.g. UNCLASSIFIED // FOR TRAINING"
          {...field('handling')}
        />
      </Group>
      <Group grow>
        <HeaderField label="Audience" placeholder="e.g. Desk editors" {...field('audience')} />
        <HeaderField label="Date" type="date" {...field('date')} />
      </Group>
      <HeaderField
        label="Bottom line up front"
        placeholder="The one thing the reader must take away"
        multiline
        {...field('bluf')}
      />
    </Stack>
  )
}

interface HeaderFieldProps {
  kase: Case
  part: CaseHeaderPart
  label: string
  placeholder?: string
  type?: 'date'
  multiline?: boolean
  onChange: (value: string) => void
  onError: (message: string) => void
}

function HeaderField({
  kase,
  part,
  label,
  placeholder,
  type,
  multiline,
  onChange,
  onError
}: HeaderFieldProps) {
  const { draft, change, flush } = useAutosave(
    kase.header[part],
    (value) => {
      saveCaseHeaderField(kase.id, part, value as CaseHeader[typeof part]).catch((e: unknown) =>
        onError(failure(`${label} was not saved`, e))
      )
    },
    { address: { field: 'case-header', caseId: kase.id, part } }
  )
  const props = {
    label,
    placeholder,
    value: draft,
    onChange: (e: { currentTarget: { value: string } }) => {
      change(e.currentTarget.value)
      onChange(e.currentTarget.value)
    },
    onBlur: flush
  }
  return multiline ? <Textarea {...props} /> : <TextInput type={type} {...props} />
}
