// Library ▾ → Restore automatic backup… (desktop): the backups in the data folder, newest first;
// the one picked goes on to the usual restore (plan, confirm, undoable).
import { useEffect, useState } from 'react'
import { Alert, Button, Loader, Modal, Stack, Text } from '@mantine/core'
import type { AutoBackupInfo } from '@shared/ipc/contract'
import { plainErrorMessage } from '../../db/storage-errors'
import type { AutoBackups, PickedFile } from '../../platform/platform'
import { megabytes, plural, readableDate } from './dates'

interface AutoBackupPickerProps {
  backups: AutoBackups
  opened: boolean
  onClose: () => void
  onPick: (file: PickedFile) => void
}

export function AutoBackupPicker({ backups, opened, onClose, onPick }: AutoBackupPickerProps) {
  const [list, setList] = useState<AutoBackupInfo[] | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!opened) return
    setList(null)
    setError(null)
    backups
      .list()
      .then(setList)
      .catch((e: unknown) => setError(plainErrorMessage(e)))
  }, [backups, opened])

  const pick = async (fileName: string) => {
    try {
      onPick(await backups.read(fileName))
    } catch (e) {
      setError(`Could not read ${fileName}: ${plainErrorMessage(e)}`)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Restore automatic backup">
      <Stack gap="xs">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {!list && !error && <Loader size="sm" aria-label="Loading automatic backups" />}
        {list?.length === 0 && (
          <Text size="sm">
            No automatic backup yet: Sourcemark writes one after every few changes and when it closes.
          </Text>
        )}
        {list?.map((b) => (
          <Button
            key={b.fileName}
            variant="default"
            justify="space-between"
            onClick={() => void pick(b.fileName)}
          >
            {readableDate(b.writtenAt)} — {plural(b.articleCount, 'article')}, {megabytes(b.size)}
          </Button>
        ))}
      </Stack>
    </Modal>
  )
}
