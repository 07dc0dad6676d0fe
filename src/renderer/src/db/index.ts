// The one database instance of the running app.
import { SourcemarkDatabase } from './database'
import { inOrder } from './in-order'

export const db = new SourcemarkDatabase()

/** Ask the browser not to evict the library under storage pressure. */
export async function requestPersistentStorage(): Promise<boolean> {
  try {
    if (!navigator.storage?.persist) return false
    if (await navigator.storage.persisted()) return true
    return await navigator.storage.persist()
  } catch {
    return false
  }
}

const PERSISTENCE_WARNED = 'sourcemark.persistenceWarned'

/**
 * True the first time persistent storage is refused, and never again on this machine: the analyst
 * is told once that the library may be evicted, not at every start.
 */
export function persistenceWarningDue(persisted: boolean, storage: Storage = localStorage): boolean {
  if (persisted) return false
  try {
    if (storage.getItem(PERSISTENCE_WARNED)) return false
    storage.setItem(PERSISTENCE_WARNED, new Date().toISOString())
  } catch {
    // Without localStorage it cannot be remembered; saying it at every start is better than never.
  }
  return true
}

/**
 * Runs the analyst's writes one after another, in the order they were asked for: a key pressed
 * right after picking a source acts on the sentence as it will be, not as it was on screen. A
 * write asked for while none is under way starts at once, in the task that asked for it: a
 * grade's message leaves for the grade writer before the reader renders the key, not after.
 */
export const serially: <T>(write: () => Promise<T>) => Promise<T> = inOrder()
