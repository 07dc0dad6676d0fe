// Loaded first by the grade writer's worker, before Dexie (see silenceDexieBroadcast).
import { silenceDexieBroadcast } from './dexie-broadcast'

silenceDexieBroadcast()
