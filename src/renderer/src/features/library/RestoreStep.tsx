// The picked backup's restore, shown by Library ▾ → Restore backup… and by a backup picked for
// import: its plan to confirm, or why it is refused and that nothing changed.
import { Alert, Stack, Text } from '@mantine/core'
import type { PlannedRestore } from './restore-file'
import { RestorePlanView } from './RestorePlanView'

interface RestoreStepProps {
  restore: PlannedRestore
  busy: boolean
  onCancel: () => void
  onConfirm: () => void
}

export function RestoreStep({ restore, busy, onCancel, onConfirm }: RestoreStepProps) {
  if ('error' in restore) {
    return (
      <Stack>
        <NotRestored message={restore.error} />
        <Text size="sm">The library is as it was.</Text>
      </Stack>
    )
  }
  return (
    <RestorePlanView
      fileName={restore.fileName}
      plan={restore.plan}
      signer={restore.signer}
      note={
        <Text size="xs" c="dimmed">
          Nothing in the library is overwritten; you can undo the restore.
        </Text>
      }
      cancelLabel="Cancel"
      busy={busy}
      onCancel={onCancel}
      onConfirm={onConfirm}
    />
  )
}

/** Why a backup was not restored: the file named, and the reason. */
export function NotRestored({ message }: { message: string }) {
  return (
    <Alert color="red" role="alert" title="Not restored">
      {message}
    </Alert>
  )
}
