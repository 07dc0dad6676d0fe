// What writing a history entry hashes: the state the change left and the entry's link in the
// chain, with the JS SHA-256 they take. Fetched on demand (history-hashing.ts), never with the
// first load; the workers that write history carry it in their own script.
export { hashEntry } from '@shared/history/chain'
export { stateHash, TABLE_HASHING } from '@shared/backup/record-state'
