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

interface OverrideFieldProps {
  sentence: Sentence
  derived: CorroborationStatus
  override: CorroborationOverride | undefined
  /** Saves the override; the field shows the stored one back through `override`. */
  onSave: (override: CorroborationOverride | undefined) => unknown
}

const NONE = ''

export function OverrideField({ sentence, derived, override, onSave }: OverrideFieldProps) {
  // The reason is saved as it is typed, like the note; the brief prints it trimmed.
  const reason = useAutosave(
    override?.reason ?? '',
    (text) => override && onSave({ ...override, reason: text }),
    {
      normalize: (text) => text.trim(),
      address: { field: 'override-reason', articleId: sentence.articleId, sentenceId: sentence.id }
    }
  )
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
          // The reason typed so far goes with the new status, not the one last stored.
          reason.flush()
          onSave(status === NONE ? undefined : { status, reason: reason.draft.trim() })
        }}
      />
      {override && (
        <TextInput
          label="Reason for override"
          placeholder="What the links do not show, e.g. a call with the ministry"
          value={reason.draft}
          error={reason.draft.trim() ? undefined : 'The brief must say why the status was set by hand.'}
          onChange={(event) => reason.change(event.currentTarget.value)}
          onBlur={reason.flush}
        />
      )}
    </Stack>
  )
}
