// Opens the library before the app shows anything, and refuses, without writing a byte, a library
// the app cannot read: one written by a newer Sourcemark, one whose upgrade failed, one that
// IndexedDB will not open. The analyst is told and can save what is stored (see UnreadableLibrary).
import { loadUpgradesBeforeOpening, type SourcemarkDatabase } from './database'
import { dexieVersion, storedVersion } from './stored-version'

export { storedVersion } from './stored-version'

export type UnreadableLibrary =
  /** Written by a newer Sourcemark: its version is past the last one this app declares. */
  | { kind: 'newer'; storedVersion: number; appVersion: number }
  /** Bringing an older library up to date failed; the upgrade was rolled back. */
  | { kind: 'upgrade-failed'; storedVersion: number; appVersion: number; reason: string }
  /** IndexedDB refused to open it, or (heldOpen) another window keeps it from being updated. */
  | { kind: 'cannot-open'; reason: string; heldOpen?: boolean }

export type LibraryOpening = { ok: true } | { ok: false; problem: UnreadableLibrary }

export interface OpeningHooks {
  /**
   * Called when there is no library yet, before it is created: what a first start does next
   * (import the sample) can get ready while the library is made.
   */
  creating?: () => void
}

export async function openLibrary(
  db: SourcemarkDatabase,
  { creating }: OpeningHooks = {}
): Promise<LibraryOpening> {
  let stored: number
  try {
    stored = await storedVersion(db.name)
  } catch (error) {
    return { ok: false, problem: { kind: 'cannot-open', reason: reasonOf(error) } }
  }
  const appVersion = db.verno
  // Checked before Dexie sees it: on a VersionError Dexie opens the newer database as it is and
  // may even add tables to it, and this app must not write to a layout it does not know.
  if (dexieVersion(stored) > appVersion) {
    return { ok: false, problem: { kind: 'newer', storedVersion: dexieVersion(stored), appVersion } }
  }
  if (stored === 0) creating?.()
  try {
    await loadUpgradesBeforeOpening(db, stored)
  } catch (error) {
    return {
      ok: false,
      problem: {
        kind: 'upgrade-failed',
        storedVersion: dexieVersion(stored),
        appVersion,
        reason: reasonOf(error)
      }
    }
  }
  let onBlocked = () => {}
  const blocked = new Promise<'blocked'>((resolve) => (onBlocked = () => resolve('blocked')))
  db.on('blocked', onBlocked)
  try {
    // An upgrade waits while another connection (an older window) keeps the library open.
    if ((await Promise.race([db.open(), blocked])) === 'blocked') {
      return { ok: false, problem: { kind: 'cannot-open', reason: HELD_OPEN, heldOpen: true } }
    }
    // Another window may have upgraded it since it was looked at: Dexie then opens it as it is.
    const opened = dexieVersion(db.backendDB().version)
    if (opened > appVersion) {
      db.close({ disableAutoOpen: true })
      return { ok: false, problem: { kind: 'newer', storedVersion: opened, appVersion } }
    }
    return { ok: true }
  } catch (error) {
    db.close()
    const reason = reasonOf(error)
    if (stored > 0 && dexieVersion(stored) < appVersion) {
      return {
        ok: false,
        problem: { kind: 'upgrade-failed', storedVersion: dexieVersion(stored), appVersion, reason }
      }
    }
    return { ok: false, problem: { kind: 'cannot-open', reason } }
  } finally {
    db.on('blocked').unsubscribe(onBlocked)
  }
}

const HELD_OPEN =
  'another Sourcemark window (or another program) has the library open and does not let it be updated'

/**
 * While the app runs, another window may upgrade or delete the library. Dexie would close and
 * then silently reopen it at whatever version it finds, newer or not; instead the connection is
 * closed for good and `onChange` decides what happens (the app reloads, so the gate checks again).
 */
export function closeOnVersionChange(db: SourcemarkDatabase, onChange: () => void): () => void {
  const listener = () => {
    db.close({ disableAutoOpen: true })
    onChange()
    // Stops Dexie's own handler, which would close with auto-open left on.
    return false
  }
  db.on('versionchange', listener)
  return () => db.on('versionchange').unsubscribe(listener)
}

/** Dexie wraps the upgrade's own error; the innermost message says what went wrong. */
function reasonOf(error: unknown): string {
  let e = error as { inner?: unknown; message?: string } | undefined
  while (e && typeof e === 'object' && e.inner) e = e.inner as typeof e
  return (e && typeof e === 'object' && e.message) || String(error)
}
