// Shown at start when the marker remembers a library but the database is empty: the browser or
// the system deleted it. Says so at once and offers the newest backup, or starting over — never
// a silent re-import of the sample over the loss.
import { useEffect, useState } from 'react'
import { Alert, Button, Modal, Stack, Text } from '@mantine/core'
import type { AutoBackupInfo, LibraryMarker } from '@shared/ipc/contract'
import { plainErrorMessage } from '../../db/storage-errors'
import { platform, type PickedFile } from '../../platform'
import { plural, readableDate } from './dates'
import { NotRestored } from './RestoreStep'
import { RestorePlanView } from './RestorePlanView'
import { useBackupRestore } from './use-backup-restore'

interface LibraryGoneProps {
  marker: LibraryMarker
  /** The backup was restored; `message` says what came back. */
  onRestored: (message: string) => void
  onStartNew: () => void
}

export function LibraryGone({ marker, onRestored, onStartNew }: LibraryGoneProps) {
  const desktop = platform.kind === 'desktop'
  const [newest, setNewest] = useState<AutoBackupInfo | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const {
    restore,
    busy,
    open: openBackup,
    confirm,
    dismiss
  } = useBackupRestore({
    onRestored,
    onUnreadable: setProblem
  })

  useEffect(() => {
    void platform.autoBackups
      ?.list()
      .then((list) => setNewest(list[0] ?? null))
      .catch((e: unknown) => setProblem(`The automatic backups could not be listed: ${plainErrorMessage(e)}`))
  }, [])

  const open = (pick: () => Promise<PickedFile | null>) => {
    setProblem(null)
    return openBackup(pick)
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
        {restore && 'error' in restore && <NotRestored message={restore.error} />}
        {restore && 'plan' in restore ? (
          <RestorePlanView
            fileName={restore.fileName}
            plan={restore.plan}
            signer={restore.signer}
            cancelLabel="Back"
            busy={busy}
            onCancel={dismiss}
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
