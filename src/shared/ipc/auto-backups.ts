// Automatic backups and the library marker as they cross IPC: the schemas main validates against
// and the shapes the renderer gets back. The marker records, outside IndexedDB, that a library
// existed, so a library the browser deleted is noticed instead of silently replaced.
import { z } from 'zod'

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

const isoTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date and time' })

const count = z.number().int().nonnegative().max(1e9)

export const libraryMarkerSchema = z.strictObject({
  version: z.literal(1),
  /** Articles in the library when the marker was last written. */
  articles: count,
  /** Articles the analyst brought in (all but the bundled sample). */
  imported: count,
  /** Sentences with a source or a credibility. */
  graded: count,
  /** When the library last changed. */
  changedAt: isoTime,
  /** The last backup file the analyst saved (Back up workspace), as the browser named it. */
  lastBackup: z
    .strictObject({
      fileName: z.string().min(1).max(200),
      at: isoTime
    })
    .optional()
})

export type LibraryMarker = z.infer<typeof libraryMarkerSchema>
