// The one database instance of the running app.
import { SourcemarkDatabase } from './database'

export const db = new SourcemarkDatabase()

/** Ask the browser not to evict the library under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}
