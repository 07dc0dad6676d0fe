// Shown at start when the marker remembers a library but the database is empty: the browser or
// the system deleted it. Says so at once and offers the newest backup, or starting over — never
// a silent re-import of the sample over the loss.
import { useEffect, useState } from 'react'
import { Alert, Button, Modal, Stack, Text } from '@mantine/core'
import type { AutoBackupInfo, LibraryMarker } from '@shared/ipc/contract'
import { db, serially } from '../../db'
import { plainErrorMessage } from '../../db/storage-errors'
import { platform, type PickedFile } from '../../platform'
import { plural, readableDate } from './dates'
import type { PlannedRestore } from './restore-file'
import { RestorePlanView } from './RestorePlanView'

interface LibraryGoneProps {
  marker: LibraryMarker
  /** The backup was restored; `message` says what came back. */
  onRestored: (message: string) => void
  onStartNew: () => void
}

export function LibraryGone({ marker, onRestored, onStartNew }: LibraryGoneProps) {
  const desktop = platform.kind === 'desktop'
  const [newest, setNewest] = useState<AutoBackupInfo | null>(null)
  const [restore, setRestore] = useState<PlannedRestore | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void platform.autoBackups
      ?.list()
      .then((list) => setNewest(list[0] ?? null))
      .catch((e: unknown) => setProblem(`The automatic backups could not be listed: ${plainErrorMessage(e)}`))
  }, [])

  const open = async (pick: () => Promise<PickedFile | null>) => {
    setProblem(null)
    try {
      const file = await pick()
      if (file) setRestore(await (await import('./restore-file')).planRestoreOf(file))
    } catch (e) {
      setProblem(`Could not read the backup: ${plainErrorMessage(e)}`)
    }
  }

  const confirm = async () => {
    if (!restore || !('backup' in restore)) return
    setBusy(true)
    try {
      const { restoreBackup } = await import('../../db/backup')
      const plan = await serially(() => restoreBackup(db, restore.backup, restore.fileName))
      onRestored(`Restored “${restore.fileName}”: ${plan.summary[0] ?? 'nothing to add'}.`)
    } catch (e) {
      setRestore({ fileName: restore.fileName, error: `Nothing was restored: ${plainErrorMessage(e)}` })
    } finally {
      setBusy(false)
    }
  }

  const where = desktop ? 'Sourcemark’s storage on this computer' : 'this browser’s storage'
  const who = desktop ? 'The system' : 'The browser'
  const lastBackup = marker.lastBackup
  return (
    <Modal
      opened
      onClose={() => {}}
      withCloseButton={false}
      closeOnEscape={false}
      closeOnClickOutside={false}
      title="Your library is gone"
      size="lg"
    >
      <Stack>
        <Text size="sm" data-testid="library-gone-summary">
          The library that held {plural(marker.articles, 'article')} and{' '}
          {plural(marker.graded, 'graded sentence')} (last changed {readableDate(marker.changedAt)}) is gone
          from {where}. {who} deleted it — this happens when the disk was full, or when site data was cleared.
          Nothing has been put in its place.
        </Text>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {restore && 'error' in restore && (
          <Alert color="red" role="alert" title="Not restored">
            {restore.error}
          </Alert>
        )}
        {restore && 'plan' in restore ? (
          <RestorePlanView
            fileName={restore.fileName}
            plan={restore.plan}
            signer={restore.signer}
            cancelLabel="Back"
            busy={busy}
            onCancel={() => setRestore(null)}
            onConfirm={() => void confirm()}
          />
        ) : (
          <Stack gap="xs">
            {newest && (
              <ChoiceButton
                label="Restore the newest automatic backup"
                detail={`Written ${readableDate(newest.writtenAt)}, with ${plural(newest.articleCount, 'article')} (${newest.fileName}).`}
                onClick={() => void open(() => platform.autoBackups!.read(newest.fileName))}
                primary
              />
            )}
            {desktop && !newest && (
              <Text size="sm" c="dimmed">
                No automatic backup was found in Sourcemark’s data folder.
              </Text>
            )}
            <ChoiceButton
              label={lastBackup ? 'Restore your last backup file' : 'Restore from a backup file…'}
              detail={
                lastBackup
                  ? `“${lastBackup.fileName}”, saved ${readableDate(lastBackup.at)}. Pick it in the next window (it is usually in your Downloads folder).`
                  : 'Pick a Sourcemark backup (.json) you saved with Library ▾ → Back up workspace.'
              }
              onClick={() => void open(() => platform.pickBackupFile())}
              primary={!newest}
            />
            <ChoiceButton
              label="Start a new, empty library"
              detail="Forget the lost library and start again with the sample article."
              onClick={onStartNew}
            />
          </Stack>
        )}
      </Stack>
    </Modal>
  )
}

function ChoiceButton(props: { label: string; detail: string; onClick: () => void; primary?: boolean }) {
  return (
    <Stack gap={2}>
      <Button variant={props.primary ? 'filled' : 'default'} onClick={props.onClick} justify="flex-start">
        {props.label}
      </Button>
      <Text size="xs" c="dimmed" pl="xs">
        {props.detail}
      </Text>
    </Stack>
  )
}
