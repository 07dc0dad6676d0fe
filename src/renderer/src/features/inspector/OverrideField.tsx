// The analyst's override of the derived corroboration status, with the reason the brief prints.
import { NativeSelect, Stack, TextInput } from '@mantine/core'
import {
  CORROBORATION_STATUSES,
  type CorroborationOverride,
  type CorroborationStatus,
  type Sentence
} from '@shared/model'
import { STATUS_LABELS } from '../reader/status'
import { useAutosave } from '../autosave/use-autosave'
import type { DraftAddress } from '../autosave/draft-journal'

interface OverrideFieldProps {
  sentence: Sentence
  derived: CorroborationStatus
  override: CorroborationOverride | undefined
  onSave: (override: CorroborationOverride | undefined) => unknown
}

const NONE = ''

export function OverrideField({ sentence, derived, override, onSave }: OverrideFieldProps) {
  return (
    <Stack gap={4}>
      <NativeSelect
        label="Corroboration override"
        value={override?.status ?? NONE}
        data={[
          { value: NONE, label: `None: derived from links (${STATUS_LABELS[derived]})` },
          ...CORROBORATION_STATUSES.filter((s) => s !== derived).map((s) => ({
            value: s,
            label: STATUS_LABELS[s]
          }))
        ]}
        onChange={(event) => {
          const status = event.currentTarget.value as CorroborationStatus | typeof NONE
          onSave(status === NONE ? undefined : { status, reason: override?.reason ?? '' })
        }}
      />
      {override && (
        <ReasonField
          override={override}
          address={{ field: 'override-reason', articleId: sentence.articleId, sentenceId: sentence.id }}
          onSave={onSave}
        />
      )}
    </Stack>
  )
}

/** The reason is saved as it is typed, like the note; the brief prints it trimmed. */
function ReasonField({
  override,
  address,
  onSave
}: {
  override: CorroborationOverride
  address: DraftAddress
  onSave: (override: CorroborationOverride) => unknown
}) {
  const { draft, change, flush } = useAutosave(override.reason, (reason) => onSave({ ...override, reason }), {
    normalize: (reason) => reason.trim(),
    address
  })
  return (
    <TextInput
      label="Reason for override"
      placeholder="What the links do not show, e.g. a call with the ministry"
      value={draft}
      error={draft.trim() ? undefined : 'The brief must say why the status was set by hand.'}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={flush}
    />
  )
}
