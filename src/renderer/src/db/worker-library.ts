// How a worker opens the page's library: once per name, kept open, with Dexie's upgrades and its
// handling of other windows, and never a library newer than this code (the page refuses that one,
// as it refuses its own). The grade writer's and the brief's workers open it this one way.
import { SourcemarkDatabase } from './database'
import { dexieVersion } from './stored-version'

/** The libraries a worker opens (see workerLibraries). */
export interface WorkerLibraries {
  /** The library named `name`, opened once and kept open; null if it cannot be opened or is newer than this code. */
  (name: string): Promise<SourcemarkDatabase | null>
  /**
   * The library named `name` if it is open at this moment, without a wait: a write that needs no
   * other then starts in the task that asked for it. Undefined while it opens, or once let go.
   */
  openNow(name: string): SourcemarkDatabase | undefined
}

/**
 * A function giving the library named `name`, opened once and kept open; null if it cannot be
 * opened or is newer than this code. Another window that upgrades or deletes it is let through at
 * once: the connection closes (`onForget` hears of it), and the next call opens it afresh.
 */
export function workerLibraries(onForget?: (db: SourcemarkDatabase) => void): WorkerLibraries {
  const libraries = new Map<string, Promise<SourcemarkDatabase | null>>()
  const open = new Map<string, SourcemarkDatabase>()
  const library = (name: string) => {
    let opened = libraries.get(name)
    if (opened) return opened
    const db = new SourcemarkDatabase(name)
    const forget = () => {
      db.close({ disableAutoOpen: true })
      onForget?.(db)
      if (libraries.get(name) === opened) libraries.delete(name)
      if (open.get(name) === db) open.delete(name)
      return null
    }
    db.on('versionchange', () => {
      forget()
      return false
    })
    opened = db.open().then(() => {
      if (dexieVersion(db.backendDB().version) > db.verno) return forget()
      // Unless let go meanwhile: its connection is closed, and a newer one may be opening.
      if (libraries.get(name) === opened) open.set(name, db)
      return db
    }, forget)
    libraries.set(name, opened)
    return opened
  }
  return Object.assign(library, { openNow: (name: string) => open.get(name) })
}
