// Back up the whole library to one file, or restore one: the plan is shown before anything is written.
import { useEffect, useState } from 'react'
import { Alert, Button, Menu, Modal, Stack, Text } from '@mantine/core'
import type { MenuCommand } from '@shared/ipc/contract'
import { db, serially } from '../../db'
import { recordBackupFile, libraryCounts } from '../../db/library-marker'
import { platform, type PickedFile } from '../../platform'
import { AutoBackupPicker } from './AutoBackupPicker'
import type { PlannedRestore } from './restore-file'
import { RestorePlanView } from './RestorePlanView'

// Writing and reading backups (the file format, its checks, signing) is fetched when first asked
// for, not with the app.
const backupCode = () => import('../../db/backup')
const restoreCode = () => import('./restore-file')

interface BackupMenuProps {
  onMessage: (text: string, error?: boolean) => void
}

export function BackupMenu({ onMessage }: BackupMenuProps) {
  const [restore, setRestore] = useState<PlannedRestore | null>(null)
  const [busy, setBusy] = useState(false)
  const [autoOpen, setAutoOpen] = useState(false)

  const backUp = async () => {
    try {
      const { exportBackup } = await backupCode()
      const { json, fileName } = await serially(() => exportBackup(db))
      const outcome = await platform.saveData(fileName, json, 'json')
      if (outcome.saved) {
        // Remembered outside the database: if the library is ever lost, this file is named.
        const savedAs = outcome.location?.split(/[\\/]/).pop() || fileName
        await libraryCounts(db)
          .then((counts) => recordBackupFile(platform.libraryMarker, counts, savedAs, new Date()))
          .catch(() => undefined)
        onMessage(outcome.location ? `Backup saved to ${outcome.location}` : `Backup saved as ${fileName}.`)
      }
    } catch (e) {
      onMessage(`Backup failed: ${e instanceof Error ? e.message : String(e)}`, true)
    }
  }

  const chooseBackup = async () => {
    try {
      const file = await platform.pickBackupFile()
      if (file) await openBackup(file)
    } catch (e) {
      onMessage(`Could not read the backup: ${e instanceof Error ? e.message : String(e)}`, true)
    }
  }

  const openBackup = async (file: PickedFile) => {
    try {
      const { planRestoreOf } = await restoreCode()
      setRestore(await planRestoreOf(file))
    } catch (e) {
      onMessage(`Could not read the backup: ${e instanceof Error ? e.message : String(e)}`, true)
    }
  }

  const confirm = async () => {
    if (!restore || !('backup' in restore)) return
    setBusy(true)
    try {
      const { restoreBackup } = await backupCode()
      const plan = await serially(() => restoreBackup(db, restore.backup, restore.fileName))
      onMessage(`Restored “${restore.fileName}”: ${plan.summary[0] ?? 'nothing to add'}.`)
      setRestore(null)
    } catch (e) {
      setRestore({
        fileName: restore.fileName,
        error: `Nothing was restored: ${e instanceof Error ? e.message : String(e)}`
      })
    } finally {
      setBusy(false)
    }
  }

  // The desktop's File menu asks for the same two things.
  useEffect(
    () =>
      platform.onMenuCommand((command: MenuCommand) => {
        if (command === 'export-backup') void backUp()
        if (command === 'restore-backup') void chooseBackup()
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- subscribe once; the handlers read the database, not props
    []
  )

  return (
    <>
      <Menu position="bottom-start" withinPortal>
        <Menu.Target>
          <Button variant="subtle" size="compact-sm" fullWidth justify="space-between">
            Library ▾
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void backUp()}>Back up workspace</Menu.Item>
          <Menu.Item onClick={() => void chooseBackup()}>Restore backup…</Menu.Item>
          {platform.autoBackups && (
            <Menu.Item onClick={() => setAutoOpen(true)}>Restore automatic backup…</Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
      {platform.autoBackups && (
        <AutoBackupPicker
          backups={platform.autoBackups}
          opened={autoOpen}
          onClose={() => setAutoOpen(false)}
          onPick={(file) => {
            setAutoOpen(false)
            void openBackup(file)
          }}
        />
      )}
      <Modal opened={restore !== null} onClose={() => setRestore(null)} title="Restore backup">
        {restore && 'error' in restore && (
          <Stack>
            <Alert color="red" role="alert" title="Not restored">
              {restore.error}
            </Alert>
            <Text size="sm">The library is as it was.</Text>
          </Stack>
        )}
        {restore && 'plan' in restore && (
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
            onCancel={() => setRestore(null)}
            onConfirm={() => void confirm()}
          />
        )}
      </Modal>
    </>
  )
}
