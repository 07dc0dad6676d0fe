// The automatic backups folder (`<userData>/backups/`): each backup written atomically, the
// oldest beyond the kept number removed, listed newest first, read back by name.
import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { AutoBackupInfo, OpenedFile } from '@shared/ipc/contract'
import { writeFileAtomic } from '../files/atomic-write'
import { readImportFile } from '../files/read-limited'
import { IpcUserError } from '../ipc/user-error'
import { autoBackupName, backupsToPrune, newestFirst, parseAutoBackupName } from './names'

/** How many automatic backups are kept. */
export const KEEP_AUTO_BACKUPS = 10

/** A backup may hold a large library; far above the import limit for one article. */
const MAX_BACKUP_BYTES = 512 * 1024 * 1024

export async function writeAutoBackup(
  directory: string,
  json: string,
  articleCount: number,
  now: Date,
  keep = KEEP_AUTO_BACKUPS
): Promise<AutoBackupInfo> {
  await mkdir(directory, { recursive: true })
  const fileName = autoBackupName(now, articleCount)
  await writeFileAtomic(join(directory, fileName), json)
  // Pruned only after the new backup is safely written: a failed write never costs an old one.
  for (const old of backupsToPrune(await readdir(directory), keep)) {
    await rm(join(directory, old), { force: true })
  }
  const { size } = await stat(join(directory, fileName))
  return { fileName, writtenAt: now.toISOString(), size, articleCount }
}

export async function listAutoBackups(directory: string): Promise<AutoBackupInfo[]> {
  const names = await readdir(directory).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === 'ENOENT') return []
    throw error
  })
  const listed: AutoBackupInfo[] = []
  for (const fileName of newestFirst(names)) {
    const parsed = parseAutoBackupName(fileName)!
    const info = await stat(join(directory, fileName)).catch(() => null)
    // A file pruned or half-gone since readdir is simply not listed.
    if (info?.isFile()) listed.push({ fileName, size: info.size, ...parsed })
  }
  return listed
}

export async function readAutoBackup(directory: string, fileName: string): Promise<OpenedFile> {
  // The name is checked again here, not only by the IPC schema: it is joined to a folder path.
  if (!parseAutoBackupName(fileName)) throw new IpcUserError(`${fileName} is not an automatic backup`)
  return readImportFile(join(directory, fileName), MAX_BACKUP_BYTES)
}
