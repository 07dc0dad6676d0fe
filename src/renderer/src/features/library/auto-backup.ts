// Rolling automatic backups (desktop): the renderer makes the backup JSON after every N undoable
// actions and when the app closes; main writes it into the data folder and keeps the last few.
import { db as appDb, serially } from '../../db'
import { exportBackup } from '../../db/backup'
import type { SourcemarkDatabase } from '../../db/database'
import type { AutoBackupInfo, AutoBackupReason } from '@shared/ipc/contract'
import type { AutoBackups } from '../../platform/platform'

/** Actions (grades, links, splits, undos…) between two automatic backups. */
export const BACKUP_EVERY_ACTIONS = 25

export interface AutoBackupOptions {
  every?: number
  onError?: (error: unknown) => void
}

export async function writeAutoBackup(
  db: SourcemarkDatabase,
  backups: AutoBackups,
  reason: AutoBackupReason
): Promise<AutoBackupInfo> {
  // In the write queue: the backup sees every write asked for before it, and none half done.
  const { json, articleCount } = await serially(async () => ({
    ...(await exportBackup(db)),
    articleCount: await db.articles.count()
  }))
  return backups.write(json, articleCount, reason)
}

/** Starts counting actions and answering the host's quit request. Returns a stop. */
export function startAutoBackups(
  backups: AutoBackups,
  { every = BACKUP_EVERY_ACTIONS, onError }: AutoBackupOptions = {},
  db: SourcemarkDatabase = appDb
): () => void {
  let actions = 0
  const write = (reason: AutoBackupReason) => {
    writeAutoBackup(db, backups, reason).catch((error: unknown) => onError?.(error))
  }
  // The undo stack announces every undoable action, and every undo and redo.
  const stopCounting = db.undo.subscribe(() => {
    actions += 1
    if (actions < every) return
    actions = 0
    write('changes')
  })
  const stopQuit = backups.onQuitRequest(() => write('quit'))
  return () => {
    stopCounting()
    stopQuit()
  }
}
