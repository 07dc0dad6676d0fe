// The library marker: a note kept outside IndexedDB (a file on the desktop, localStorage in the
// browser) that a library existed and what it held. When Chromium deletes the database — it does
// after a full disk — the marker is what lets the app say so instead of starting over silently.
import { liveQuery } from 'dexie'
import type { LibraryMarker } from '@shared/ipc/contract'
import type { MarkerStore } from '../platform/platform'
import type { SourcemarkDatabase } from './database'

export interface LibraryCounts {
  articles: number
  /** Articles other than the bundled sample. */
  imported: number
  /** Sentences with a source or a credibility. */
  graded: number
}

export async function libraryCounts(db: SourcemarkDatabase): Promise<LibraryCounts> {
  return db.transaction('r', [db.articles, db.articleCounts], async () => ({
    articles: await db.articles.count(),
    imported: await db.articles.filter((a) => a.origin.kind !== 'sample').count(),
    // Kept per article as grades change (article-counts.ts): no grade is read to count them.
    graded: (await db.articleCounts.toArray()).reduce((sum, c) => sum + c.graded, 0)
  }))
}

/** True when the database holds nothing at all: no article, and no trail of ever having had one. */
export async function libraryIsEmpty(db: SourcemarkDatabase): Promise<boolean> {
  return (await db.articles.count()) === 0 && (await db.history.count()) === 0
}

/**
 * The marker says a library with the analyst's work existed: a graded sentence or an imported
 * article. The untouched sample alone is not work; it simply comes back as on a first run.
 */
export function markerRemembersWork(marker: LibraryMarker | null): marker is LibraryMarker {
  return marker !== null && (marker.graded > 0 || marker.imported > 0)
}

function sameCounts(marker: LibraryMarker | null, counts: LibraryCounts): boolean {
  return (
    marker !== null &&
    marker.articles === counts.articles &&
    marker.imported === counts.imported &&
    marker.graded === counts.graded
  )
}

// Marker writes run one after another: each reads the last one's lastBackup and keeps it.
let writes: Promise<unknown> = Promise.resolve()
function update(store: MarkerStore, change: (previous: LibraryMarker | null) => LibraryMarker) {
  const next = writes.then(async () => store.write(change(await store.read())))
  writes = next.catch(() => undefined)
  return next
}

export function recordCounts(store: MarkerStore, counts: LibraryCounts, changedAt: Date): Promise<void> {
  return update(store, (previous) => ({
    version: 1,
    ...counts,
    changedAt: changedAt.toISOString(),
    ...(previous?.lastBackup && { lastBackup: previous.lastBackup })
  }))
}

/** Brings the counts up to date without claiming a change when they are the same (e.g. on quit). */
export function refreshCounts(store: MarkerStore, counts: LibraryCounts, at: Date): Promise<void> {
  return update(store, (previous) => {
    return {
      version: 1,
      ...counts,
      changedAt: previous && sameCounts(previous, counts) ? previous.changedAt : at.toISOString(),
      ...(previous?.lastBackup && { lastBackup: previous.lastBackup })
    }
  })
}

/** Remembers the backup file the analyst just saved, so a lost library can name it. */
export function recordBackupFile(
  store: MarkerStore,
  counts: LibraryCounts,
  fileName: string,
  at: Date
): Promise<void> {
  return update(store, (previous) => ({
    version: 1,
    ...counts,
    changedAt: previous?.changedAt ?? at.toISOString(),
    lastBackup: { fileName, at: at.toISOString() }
  }))
}

/** A marker that remembers nothing: the library starts over (its counts follow as it fills). */
export function forgetLibrary(store: MarkerStore, at: Date): Promise<void> {
  return update(store, () => ({
    version: 1,
    articles: 0,
    imported: 0,
    graded: 0,
    changedAt: at.toISOString()
  }))
}

/**
 * Keeps the marker up to date while the app runs: the counts are watched, and written once they
 * have been still for `quietMs` (a burst of grading writes the marker once). Returns a stop.
 */
export function watchLibrary(
  db: SourcemarkDatabase,
  store: MarkerStore,
  { quietMs = 1000, onError }: { quietMs?: number; onError?: (error: unknown) => void } = {}
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let first = true
  const subscription = liveQuery(() => libraryCounts(db)).subscribe({
    next: (counts) => {
      clearTimeout(timer)
      const initial = first
      first = false
      timer = setTimeout(() => {
        void (async () => {
          // At start nothing changed: the marker is written only when it is missing or out of date.
          if (initial) {
            if (sameCounts(await store.read(), counts)) return
          }
          await recordCounts(store, counts, new Date())
        })().catch((error: unknown) => onError?.(error))
      }, quietMs)
    },
    error: (error: unknown) => onError?.(error)
  })
  return () => {
    clearTimeout(timer)
    subscription.unsubscribe()
  }
}
