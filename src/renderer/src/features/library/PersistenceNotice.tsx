// Said once, when the browser refuses persistent storage: the library may be evicted under disk
// pressure, so backups matter. It sits under the library list, covering nothing.
import { Alert } from '@mantine/core'

export function PersistenceNotice({ desktop, onClose }: { desktop: boolean; onClose: () => void }) {
  return (
    <Alert
      color="yellow"
      title="Your library is not protected from deletion"
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onClose}
      data-testid="persistence-notice"
    >
      {desktop ? 'The system' : 'This browser'} did not grant Sourcemark persistent storage, so it may delete
      the library when disk space runs low. Back up regularly: Library ▾ → Back up workspace.
      {desktop && ' Sourcemark also keeps automatic backups in its data folder.'}
    </Alert>
  )
}
