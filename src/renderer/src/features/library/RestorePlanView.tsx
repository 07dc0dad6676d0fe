// What a restore will do, before it does it: whose key signed the file, what it adds, and the
// choice to go on. Shown by Library ▾ → Restore backup… and by the library-gone message.
import type { ReactNode } from 'react'
import { Button, Group, List, Stack, Text } from '@mantine/core'
import type { MergePlan } from '@shared/backup'
import type { Signer } from '../../db/workspace'
import { RestoreVerdict } from './RestoreVerdict'

interface RestorePlanViewProps {
  fileName: string
  plan: MergePlan
  signer: Signer
  /** A line under the plan, e.g. that the restore can be undone. */
  note?: ReactNode
  cancelLabel: string
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

export function RestorePlanView(props: RestorePlanViewProps) {
  const { fileName, plan, signer, note, cancelLabel, busy, onCancel, onConfirm } = props
  return (
    <Stack>
      <RestoreVerdict signer={signer} />
      <Text size="sm">Restoring “{fileName}” into this library:</Text>
      <List size="sm" data-testid="restore-plan">
        {plan.summary.map((line, i) => (
          <List.Item key={i}>{line}</List.Item>
        ))}
      </List>
      {note}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button onClick={onConfirm} loading={busy}>
          Restore
        </Button>
      </Group>
    </Stack>
  )
}
