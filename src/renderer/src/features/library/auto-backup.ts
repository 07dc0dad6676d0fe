// Rolling automatic backups (desktop): the renderer makes the backup JSON after every N undoable
// actions and when the app closes; main writes it into the data folder and keeps the last few.
import { db as appDb, serially } from '../../db'
import type { SourcemarkDatabase } from '../../db/database'
import type { AutoBackupInfo, AutoBackupReason } from '@shared/ipc/contract'
import { libraryCounts, refreshCounts } from '../../db/library-marker'
import type { AutoBackups, MarkerStore } from '../../platform/platform'

/** Actions (grades, links, splits, undos…) between two automatic backups. */
export const BACKUP_EVERY_ACTIONS = 25

export interface AutoBackupOptions {
  every?: number
  /** Brought up to date before each backup: on quit, the marker's debounced update may not come. */
  marker?: MarkerStore
  onError?: (error: unknown) => void
}

export async function writeAutoBackup(
  db: SourcemarkDatabase,
  backups: AutoBackups,
  reason: AutoBackupReason,
  marker?: MarkerStore
): Promise<AutoBackupInfo> {
  // The backup writer is fetched when first needed, outside the first load, and before the queue.
  const { exportBackup } = await import('../../db/backup')
  // In the write queue: the backup sees every write asked for before it, and none half done.
  const { json, counts } = await serially(async () => ({
    ...(await exportBackup(db)),
    counts: await libraryCounts(db)
  }))
  // The marker first: on quit, the window closes as soon as the backup is written.
  // A marker that cannot be written must not cost the backup; the marker's watcher reports it.
  if (marker) await refreshCounts(marker, counts, new Date()).catch(() => undefined)
  return backups.write(json, counts.articles, reason)
}

/** Starts counting actions and answering the host's quit request. Returns a stop. */
export function startAutoBackups(
  backups: AutoBackups,
  { every = BACKUP_EVERY_ACTIONS, marker, onError }: AutoBackupOptions = {},
  db: SourcemarkDatabase = appDb
): () => void {
  let actions = 0
  const write = (reason: AutoBackupReason) => {
    writeAutoBackup(db, backups, reason, marker).catch((error: unknown) => onError?.(error))
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
