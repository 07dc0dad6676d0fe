// The version a library is stored at, read before Dexie opens it: to refuse a newer library and to
// load the upgrade code only for an older one.
import { openAsStored } from './migrations/raw-library'

/**
 * The IndexedDB version of `name` as stored (0 when there is none), read by opening it without a
 * version number, which never upgrades; a database that does not exist is not created.
 */
export async function storedVersion(name: string, idb: IDBFactory = indexedDB): Promise<number> {
  const database = await openAsStored(name, idb)
  if (!database) return 0
  const { version } = database
  database.close()
  return version
}
