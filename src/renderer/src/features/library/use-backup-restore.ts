// Restoring a picked backup, the one flow behind Library ▾ → Restore backup…, the library-gone
// message and a backup picked or dropped for import: the file is read and its restore planned
// (nothing written), then restored once the analyst confirms. A file that cannot be read or
// restored is reported naming it and the reason, and the library is left as it was.
import { useCallback, useEffect, useRef, useState } from 'react'
import { db, serially } from '../../db'
import { plainErrorMessage } from '../../db/storage-errors'
import type { PickedFile } from '../../platform'
import type { PlannedRestore } from './restore-file'

// Reading and restoring backups (the file format, its checks, signing) is fetched when first
// asked for, not with the app.
const restoreCode = () => import('./restore-file')
const backupCode = () => import('../../db/backup')

export interface BackupRestoreHandlers {
  /** The backup was restored; `message` says what came back. */
  onRestored: (message: string) => void
  /** No file could be picked, or the picked one could not be read at all; nothing was written. */
  onUnreadable: (message: string) => void
}

export interface BackupRestore {
  /** The restore planned for the picked file, or why it is refused; null before a file is picked. */
  restore: PlannedRestore | null
  /** The restore is being written. */
  busy: boolean
  /** Reads the file `pick` gives (null: nothing picked) and plans its restore. */
  open: (pick: () => Promise<PickedFile | null>) => Promise<void>
  /** Restores the planned backup; a failure leaves the library as it was and says why. */
  confirm: () => Promise<void>
  /** Forgets the picked file. */
  dismiss: () => void
}

export function useBackupRestore({ onRestored, onUnreadable }: BackupRestoreHandlers): BackupRestore {
  const [restore, setRestore] = useState<PlannedRestore | null>(null)
  const [busy, setBusy] = useState(false)
  // Only the file picked last is shown: a slower read of an earlier pick, or one that ends after
  // the view is gone, changes nothing.
  const latest = useRef(0)
  useEffect(
    () => () => {
      latest.current++
    },
    []
  )

  const open = useCallback(
    async (pick: () => Promise<PickedFile | null>) => {
      const turn = ++latest.current
      try {
        const file = await pick()
        if (!file) return
        const planned = await (await restoreCode()).planRestoreOf(file)
        if (turn === latest.current) setRestore(planned)
      } catch (e) {
        if (turn === latest.current) onUnreadable(`Could not read the backup: ${plainErrorMessage(e)}`)
      }
    },
    [onUnreadable]
  )

  const confirm = async () => {
    if (!restore || !('backup' in restore)) return
    const { backup, fileName } = restore
    setBusy(true)
    try {
      const { restoreBackup } = await backupCode()
      const plan = await serially(() => restoreBackup(db, backup, fileName))
      onRestored(`Restored “${fileName}”: ${plan.summary[0] ?? 'nothing to add'}.`)
    } catch (e) {
      setRestore({ fileName, error: `Nothing was restored: ${plainErrorMessage(e)}` })
    } finally {
      setBusy(false)
    }
  }

  const dismiss = () => {
    latest.current++
    setRestore(null)
  }

  return { restore, busy, open, confirm, dismiss }
}
