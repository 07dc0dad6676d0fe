// Automatic backups and the library marker as they cross IPC: the schemas main validates against
// and the shapes the renderer gets back. The marker records, outside IndexedDB, that a library
// existed, so a library the browser deleted is noticed instead of silently replaced.
import { z } from 'zod'
import { markerProblem, type LibraryMarker } from './library-marker'

/**
 * An automatic backup's file name: `sourcemark-auto-<UTC time>-<articles>a.json`. Fixed-width
 * time, so names sort by age; main refuses to read any name outside this pattern.
 */
export const AUTO_BACKUP_NAME =
  /^sourcemark-auto-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(\d{1,9})a\.json$/

/** Why an automatic backup was written: after a number of changes, or as the app closes. */
export const AUTO_BACKUP_REASONS = ['changes', 'quit'] as const
export type AutoBackupReason = (typeof AUTO_BACKUP_REASONS)[number]

export interface AutoBackupInfo {
  fileName: string
  /** ISO 8601 UTC time the backup was written, read from its name. */
  writtenAt: string
  /** Size in bytes. */
  size: number
  articleCount: number
}

/** The IPC schema of a marker: its rule is `markerProblem`'s, which the renderer reads it by too. */
export const libraryMarkerSchema = z.custom<LibraryMarker>().check((ctx) => {
  const problem = markerProblem(ctx.value)
  if (problem)
    ctx.issues.push({ code: 'custom', input: ctx.value, path: problem.path, message: problem.reason })
})

export type { LibraryMarker }
