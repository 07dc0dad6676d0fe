// Dexie tells other windows and workers of a committed write on a BroadcastChannel of this name
// (dexie 4's `STORAGE_MUTATED_DOM_EVENT_NAME`, not exported): whichever context receives it reads
// again what the write changed. The workers that write for the page keep Dexie's announcements of
// their writes and hand them to the page, which sends them once what the write changed is shown:
// the grade writer's (grade-writer.ts) and the importer's (segment-client.ts). grade-writer.test.ts
// fails if Dexie stops listening here.
import type { ObservabilitySet } from 'dexie'

export const DEXIE_STORAGE_MUTATED_CHANNEL = 'x-storagemutated-1'

/**
 * Has Dexie's announcements, made on this context's channels, go to `divert` instead of the
 * channel while `diverting()` says so. Must run before Dexie is loaded, which makes its channel
 * when it loads.
 */
function divertDexieBroadcast(diverting: () => boolean, divert: (message: unknown) => void): void {
  const Channel = globalThis.BroadcastChannel
  if (!Channel) return
  globalThis.BroadcastChannel = class extends Channel {
    override postMessage(message: unknown): void {
      if (this.name === DEXIE_STORAGE_MUTATED_CHANNEL && diverting()) divert(message)
      else super.postMessage(message)
    }
  }
}

/**
 * In the grade writer's worker: Dexie's own announcement of each write is not sent, as the page
 * sends it once the frame its key changed is presented. Heard at once, it would make the page
 * read and render again before that frame (a third slower key → paint, measured by the bench).
 */
export function silenceDexieBroadcast(): void {
  divertDexieBroadcast(
    () => true,
    () => undefined
  )
}

/** A write's result, with what Dexie announced of it (see holdDexieBroadcast). */
export interface Announced<T> {
  value: T
  changes: ObservabilitySet[]
}

/**
 * In the importer's worker: gives the function that runs a write and keeps what Dexie announces
 * while it runs, to give back with its result for the page to send (announceChanges) once it has
 * shown the article. A write that fails sends what was kept at once, as any other write's
 * announcements are sent: nothing is kept that is not handed over.
 */
export function holdDexieBroadcast(): <T>(write: () => Promise<T>) => Promise<Announced<T>> {
  let writing = 0
  let kept: ObservabilitySet[] = []
  divertDexieBroadcast(
    () => writing > 0,
    (message) => kept.push(message as ObservabilitySet)
  )
  const take = () => {
    const changes = kept
    kept = []
    return changes
  }
  return async (write) => {
    writing++
    try {
      const value = await write()
      // Writes that overlapped this one are kept until the last ends, and handed over with it.
      return { value, changes: --writing === 0 ? take() : [] }
    } catch (error) {
      if (--writing === 0) announceChanges(take())
      throw error
    }
  }
}

let announcer: BroadcastChannel | undefined

/**
 * Tells this page's live queries (through its own Dexie, which hears the channel as from another
 * context) and every other window and worker what a worker's write changed.
 */
export function announceChanges(changes: readonly ObservabilitySet[]): void {
  if (changes.length === 0) return
  announcer ??= new BroadcastChannel(DEXIE_STORAGE_MUTATED_CHANNEL)
  for (const parts of changes) announcer.postMessage(parts)
}
