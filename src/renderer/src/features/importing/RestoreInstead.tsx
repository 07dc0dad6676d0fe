// A Sourcemark backup picked or dropped for import is restored, not imported: the import dialog
// says so and shows the restore's own plan (validated, signer named, nothing written) to confirm.
import { useEffect, useState } from 'react'
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core'
import type { PickedFile } from '../../platform'
import { RestoreStep } from '../library/RestoreStep'
import { useBackupRestore } from '../library/use-backup-restore'

interface RestoreInsteadProps {
  file: PickedFile
  onCancel: () => void
}

export function RestoreInstead({ file, onCancel }: RestoreInsteadProps) {
  const [done, setDone] = useState<string | null>(null)
  const [unreadable, setUnreadable] = useState<string | null>(null)
  const { restore, busy, open, confirm } = useBackupRestore({
    onRestored: setDone,
    onUnreadable: setUnreadable
  })

  useEffect(() => {
    setUnreadable(null)
    void open(async () => file)
  }, [file, open])

  // A file that could not be read at all is refused like one that is no valid backup.
  const shown = unreadable ? { fileName: file.fileName, error: unreadable } : restore
  return (
    <Stack>
      <Alert color="blue" title="A Sourcemark backup">
        “{file.fileName}” is a Sourcemark backup, not an article: it is restored into the library (Library ▾ →
        Restore backup…), not imported.
      </Alert>
      {done ? (
        <>
          <Text role="status">{done}</Text>
          <Group justify="flex-end">
            <Button onClick={onCancel}>Close</Button>
          </Group>
        </>
      ) : !shown ? (
        <Loader size="sm" aria-label="Reading the backup" />
      ) : (
        <>
          <RestoreStep restore={shown} busy={busy} onCancel={onCancel} onConfirm={() => void confirm()} />
          {'error' in shown && (
            <Group justify="flex-end">
              <Button variant="default" onClick={onCancel}>
                Close
              </Button>
            </Group>
          )}
        </>
      )}
    </Stack>
  )
}
