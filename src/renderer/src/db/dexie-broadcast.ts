// Dexie tells other windows and workers of a committed write on a BroadcastChannel of this name
// (dexie 4's `STORAGE_MUTATED_DOM_EVENT_NAME`, not exported): whichever context receives it reads
// again what the write changed. The grade writer announces its worker's writes on it from the
// page (grade-writer.ts); grade-writer.test.ts fails if Dexie stops listening here.
export const DEXIE_STORAGE_MUTATED_CHANNEL = 'x-storagemutated-1'

/**
 * In the grade writer's worker: Dexie's own announcement of each write is not sent, as the page
 * sends it once the frame its key changed is presented. Heard at once, it would make the page
 * read and render again before that frame (a third slower key → paint, measured by the bench).
 * Must run before Dexie is loaded, which makes its channel when it loads.
 */
export function silenceDexieBroadcast(): void {
  const Channel = globalThis.BroadcastChannel
  if (!Channel) return
  globalThis.BroadcastChannel = class extends Channel {
    override postMessage(message: unknown): void {
      if (this.name !== DEXIE_STORAGE_MUTATED_CHANNEL) super.postMessage(message)
    }
  }
}
