// Imported by the workers that write history (the importer, the grade writer): they carry the
// chain's hashing in their own script, so their first write waits for no fetch. The page never
// imports this; it fetches the hashing after its first paint (history-hashing.ts). The modules are
// imported here themselves, not entry-hashing.ts, which the loader imports on demand: a module
// both imported and loaded with import() would be split into a script of its own.
import { stateHash, TABLE_HASHING } from '@shared/backup/record-state'
import { hashEntry } from '@shared/history/chain'
import { provideHistoryHashing } from './history-hashing'

provideHistoryHashing({ hashEntry, stateHash, TABLE_HASHING })
