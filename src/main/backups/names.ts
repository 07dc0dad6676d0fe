// Names of automatic backups: the time they were written and how many articles they hold, so the
// list needs no file opened, and names sort by age.
import { AUTO_BACKUP_NAME } from '@shared/ipc/auto-backups'

export function autoBackupName(writtenAt: Date, articleCount: number): string {
  const time = writtenAt.toISOString().replace(/[:.]/g, '-')
  return `sourcemark-auto-${time}-${articleCount}a.json`
}

export interface AutoBackupName {
  writtenAt: string
  articleCount: number
}

/** What a name says, or null for any file that is not an automatic backup (it is left alone). */
export function parseAutoBackupName(fileName: string): AutoBackupName | null {
  const match = AUTO_BACKUP_NAME.exec(fileName)
  if (!match) return null
  const [, day, hours, minutes, seconds, millis, articles] = match
  const writtenAt = `${day}T${hours}:${minutes}:${seconds}.${millis}Z`
  if (Number.isNaN(Date.parse(writtenAt))) return null
  return { writtenAt, articleCount: Number(articles) }
}

/** The names to delete so that only the newest `keep` automatic backups remain. */
export function backupsToPrune(fileNames: readonly string[], keep: number): string[] {
  return newestFirst(fileNames).slice(Math.max(0, keep))
}

/** Automatic backup names, newest first; other names are dropped. */
export function newestFirst(fileNames: readonly string[]): string[] {
  return fileNames
    .map((name) => ({ name, parsed: parseAutoBackupName(name) }))
    .filter((entry): entry is { name: string; parsed: AutoBackupName } => entry.parsed !== null)
    .sort((a, b) => b.parsed.writtenAt.localeCompare(a.parsed.writtenAt) || b.name.localeCompare(a.name))
    .map((entry) => entry.name)
}
