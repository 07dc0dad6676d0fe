// A Sourcemark backup picked or dropped for import is restored, not imported: the import dialog
// says so and shows the restore's own plan (validated, signer named, nothing written) to confirm.
import { useEffect, useState } from 'react'
import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core'
import { db, serially } from '../../db'
import { plainErrorMessage } from '../../db/storage-errors'
import type { PickedFile } from '../../platform'
import type { PlannedRestore } from '../library/restore-file'
import { RestorePlanView } from '../library/RestorePlanView'

interface RestoreInsteadProps {
  file: PickedFile
  onCancel: () => void
}

export function RestoreInstead({ file, onCancel }: RestoreInsteadProps) {
  const [restore, setRestore] = useState<PlannedRestore | null>(null)
  const [done, setDone] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    let current = true
    void import('../library/restore-file')
      .then(({ planRestoreOf }) => planRestoreOf(file))
      .catch((e: unknown) => ({
        fileName: file.fileName,
        error: `Could not read the backup: ${plainErrorMessage(e)}`
      }))
      .then((planned) => current && setRestore(planned))
    return () => {
      current = false
    }
  }, [file])

  const confirm = async () => {
    if (!restore || !('backup' in restore)) return
    setBusy(true)
    try {
      const { restoreBackup } = await import('../../db/backup')
      const plan = await serially(() => restoreBackup(db, restore.backup, restore.fileName))
      setDone(`Restored “${restore.fileName}”: ${plan.summary[0] ?? 'nothing to add'}.`)
    } catch (e) {
      setRestore({ fileName: restore.fileName, error: `Nothing was restored: ${plainErrorMessage(e)}` })
    } finally {
      setBusy(false)
    }
  }

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
      ) : !restore ? (
        <Loader size="sm" aria-label="Reading the backup" />
      ) : 'error' in restore ? (
        <>
          <Alert color="red" role="alert" title="Not restored">
            {restore.error}
          </Alert>
          <Text size="sm">The library is as it was.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Close
            </Button>
          </Group>
        </>
      ) : (
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
          onConfirm={() => void confirm()}
        />
      )}
    </Stack>
  )
}
