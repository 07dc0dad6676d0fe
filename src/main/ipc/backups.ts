// backups:* — automatic backups in the app's data folder: written by main from the JSON the
// renderer made, listed newest first, read back by name for a restore.
import type { AutoBackupReason } from '@shared/ipc/contract'
import { listAutoBackups, readAutoBackup, writeAutoBackup } from '../backups/store'
import type { IpcHandlers } from './dispatch'

export interface BackupsHost {
  /** `<userData>/backups`. */
  directory(): string
  now?(): Date
  keep?: number
  /** Told after every write attempt and every declined quit backup: the quit gate lets the window close. */
  onWriteSettled?(reason: AutoBackupReason): void
}

export function createBackupsHandlers<C>(
  host: BackupsHost
): Pick<IpcHandlers<C>, 'backups:write' | 'backups:list' | 'backups:read' | 'backups:decline-quit'> {
  return {
    'backups:write': async ({ json, articleCount, reason }) => {
      try {
        return await writeAutoBackup(
          host.directory(),
          json,
          articleCount,
          host.now?.() ?? new Date(),
          host.keep
        )
      } finally {
        host.onWriteSettled?.(reason)
      }
    },
    'backups:list': () => listAutoBackups(host.directory()),
    'backups:read': ({ fileName }) => readAutoBackup(host.directory(), fileName),
    'backups:decline-quit': async () => {
      host.onWriteSettled?.('quit')
      return null
    }
  }
}
