// Back up the whole library to one file, or restore one: the plan is shown before anything is written.
import { useEffect, useState } from 'react'
import { Button, Menu, Modal } from '@mantine/core'
import type { MenuCommand } from '@shared/ipc/contract'
import { db, serially } from '../../db'
import { recordBackupFile, libraryCounts } from '../../db/library-marker'
import { platform } from '../../platform'
import { AutoBackupPicker } from './AutoBackupPicker'
import { RestoreStep } from './RestoreStep'
import { useBackupRestore } from './use-backup-restore'

// Writing backups (the file format, signing) is fetched when first asked for, not with the app.
const backupCode = () => import('../../db/backup')

interface BackupMenuProps {
  onMessage: (text: string, error?: boolean) => void
}

export function BackupMenu({ onMessage }: BackupMenuProps) {
  const [autoOpen, setAutoOpen] = useState(false)
  const restoring = useBackupRestore({
    onRestored: (text) => {
      onMessage(text)
      restoring.dismiss()
    },
    onUnreadable: (text) => onMessage(text, true)
  })
  const { restore, busy, open, confirm, dismiss } = restoring

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

  const chooseBackup = () => open(() => platform.pickBackupFile())

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
            void open(async () => file)
          }}
        />
      )}
      <Modal opened={restore !== null} onClose={dismiss} title="Restore backup">
        {restore && (
          <RestoreStep restore={restore} busy={busy} onCancel={dismiss} onConfirm={() => void confirm()} />
        )}
      </Modal>
    </>
  )
}
