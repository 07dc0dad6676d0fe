// The one database instance of the running app.
import { SourcemarkDatabase } from './database'

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

let queue: Promise<unknown> = Promise.resolve()
/** How many of the writes asked for have not yet ended. */
let unfinished = 0

/**
 * Runs the analyst's writes one after another, in the order they were asked for: a key pressed
 * right after picking a source acts on the sentence as it will be, not as it was on screen. A
 * write asked for while none is under way starts at once, in the task that asked for it: a
 * grade's message leaves for the grade writer before the reader renders the key, not after.
 */
export function serially<T>(write: () => Promise<T>): Promise<T> {
  const next = unfinished === 0 ? startedNow(write) : queue.then(write, write)
  unfinished++
  const ended = () => void unfinished--
  queue = next.then(ended, ended)
  return next
}

/** `write` started now; a write that throws before its first wait rejects, as a queued one does. */
function startedNow<T>(write: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(write())
  } catch (error) {
    return Promise.reject(error as Error)
  }
}
