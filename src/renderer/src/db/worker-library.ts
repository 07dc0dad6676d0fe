// How a worker opens the page's library: once per name, kept open, with Dexie's upgrades and its
// handling of other windows, and never a library newer than this code (the page refuses that one,
// as it refuses its own). The grade writer's and the brief's workers open it this one way.
import { SourcemarkDatabase } from './database'
import { dexieVersion } from './stored-version'

/**
 * A function giving the library named `name`, opened once and kept open; null if it cannot be
 * opened or is newer than this code. Another window that upgrades or deletes it is let through at
 * once: the connection closes (`onForget` hears of it), and the next call opens it afresh.
 */
export function workerLibraries(
  onForget?: (db: SourcemarkDatabase) => void
): (name: string) => Promise<SourcemarkDatabase | null> {
  const libraries = new Map<string, Promise<SourcemarkDatabase | null>>()
  return (name) => {
    let opened = libraries.get(name)
    if (opened) return opened
    const db = new SourcemarkDatabase(name)
    const forget = () => {
      db.close({ disableAutoOpen: true })
      onForget?.(db)
      if (libraries.get(name) === opened) libraries.delete(name)
      return null
    }
    db.on('versionchange', () => {
      forget()
      return false
    })
    opened = db.open().then(() => (dexieVersion(db.backendDB().version) > db.verno ? forget() : db), forget)
    libraries.set(name, opened)
    return opened
  }
}
