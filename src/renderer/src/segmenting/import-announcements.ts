// Loaded first by the importer's worker, before Dexie (see holdDexieBroadcast).
import { holdDexieBroadcast } from '../db/dexie-broadcast'

/** Runs an import's write, keeping what Dexie announces of it to hand to the page with its outcome. */
export const announcedBy = holdDexieBroadcast()
