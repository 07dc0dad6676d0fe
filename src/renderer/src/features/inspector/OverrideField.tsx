// The analyst's override of the derived corroboration status, with the reason the brief prints.
import { useState } from 'react'
import { NativeSelect, Stack, TextInput } from '@mantine/core'
import { CORROBORATION_STATUSES, type CorroborationOverride, type CorroborationStatus } from '@shared/model'
import { STATUS_LABELS } from '../reader/status'

interface OverrideFieldProps {
  derived: CorroborationStatus
  override: CorroborationOverride | undefined
  onSave: (override: CorroborationOverride | undefined) => void
}

const NONE = ''

export function OverrideField({ derived, override, onSave }: OverrideFieldProps) {
  const [reason, setReason] = useState(override?.reason ?? '')
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
          onSave(status === NONE ? undefined : { status, reason: reason.trim() })
        }}
      />
      {override && (
        <TextInput
          label="Reason for override"
          placeholder="What the links do not show, e.g. a call with the ministry"
          value={reason}
          error={reason.trim() ? undefined : 'The brief must say why the status was set by hand.'}
          onChange={(event) => setReason(event.currentTarget.value)}
          onBlur={() => {
            if (reason.trim() !== override.reason) onSave({ ...override, reason: reason.trim() })
          }}
        />
      )}
    </Stack>
  )
}
