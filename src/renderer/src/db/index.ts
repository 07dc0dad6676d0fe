// The one database instance of the running app.
import { SourcemarkDatabase } from './database'

export const db = new SourcemarkDatabase()

/** Ask the browser not to evict the library under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  if (!navigator.storage?.persist) return false
  if (await navigator.storage.persisted()) return true
  return navigator.storage.persist()
}

let queue: Promise<unknown> = Promise.resolve()

/**
 * Runs the analyst's writes one after another, in the order they were asked for: a key pressed
 * right after picking a source acts on the sentence as it will be, not as it was on screen.
 */
export function serially<T>(write: () => Promise<T>): Promise<T> {
  const next = queue.then(write, write)
  queue = next.catch(() => undefined)
  return next
}
