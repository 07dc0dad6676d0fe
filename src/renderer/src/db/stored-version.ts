// The version a library is stored at, read before Dexie opens it: to refuse a newer library and to
// load the upgrade code only for an older one. Kept apart from migrations/raw-library.ts, which
// reads a whole library and is loaded only when a library cannot be opened.

/** Dexie stores version n as IndexedDB version 10·n (and 10·n + k when it patched a schema). */
export const dexieVersion = (nativeVersion: number) => Math.floor(nativeVersion / 10)

/**
 * Opens `name` as it is stored, without a version number, so no upgrade can run; resolves null
 * when there is no such database, and none is created.
 */
export function openAsStored(name: string, idb: IDBFactory = indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    let absent = false
    const request = idb.open(name)
    request.onupgradeneeded = () => {
      // Only a database that did not exist gets here: abort, so that nothing is created.
      absent = true
      request.transaction?.abort()
    }
    request.onerror = (event) => {
      event.preventDefault()
      if (absent) resolve(null)
      else reject(request.error ?? new Error(`The library “${name}” cannot be opened.`))
    }
    request.onblocked = () => reject(new Error(`The library “${name}” is held open by another window.`))
    request.onsuccess = () => resolve(request.result)
  })
}

/**
 * The IndexedDB version of `name` as stored (0 when there is none). Read from the list of the
 * origin's databases where the browser gives one (Chromium, so both shells): nothing is opened,
 * and at a first start no database is made and thrown away before the real one is created.
 * Elsewhere, by opening it without a version number, which never upgrades; a database that does
 * not exist is not created.
 */
export async function storedVersion(name: string, idb: IDBFactory = indexedDB): Promise<number> {
  const listed = await listedVersion(name, idb)
  if (listed !== undefined) return listed
  const database = await openAsStored(name, idb)
  if (!database) return 0
  const { version } = database
  database.close()
  return version
}

/** `name`'s version as the browser lists it (0: not listed); undefined where it lists none. */
async function listedVersion(name: string, idb: IDBFactory): Promise<number | undefined> {
  if (typeof idb.databases !== 'function') return undefined
  try {
    const databases = await idb.databases()
    return databases.find((database) => database.name === name)?.version ?? 0
  } catch {
    return undefined
  }
}
