// Dexie version 3: history entries now carry the state they left, and a backup's records must
// equal the state their trail last recorded. Libraries written before could hold records that
// differ from their last entry without anyone having tampered: a layout migration rewrote rows,
// an import recorded only the title. The upgrade records, in the library's own chain, each record
// that does not match its last entry as it stands now, so the library's next backup restores.
import Dexie, { type Transaction } from 'dexie'
import { matchesEntry, stateHash } from '@shared/backup'
import { GENESIS_HASH, hashEntry } from '@shared/history'
import type { HistoryEntity, HistoryEntry } from '@shared/model'

const BOUND: [HistoryEntity, string, (row: Record<string, unknown>) => string][] = [
  ['article', 'articles', (row) => row.id as string],
  ['sentences', 'sentences', (row) => row.articleId as string],
  ['source', 'sources', (row) => row.id as string],
  ['assessment', 'assessments', (row) => row.sentenceId as string],
  ['link', 'links', (row) => row.id as string]
]

/** Chained Dexie promises: the upgrade transaction must never wait on anything else. */
export function sealTrail(tx: Transaction): Promise<void> {
  const reads = [tx.table('history').orderBy('id').toArray(), ...BOUND.map(([, t]) => tx.table(t).toArray())]
  return Dexie.Promise.all(reads).then(([history, ...tables]) => {
    const trail = history as HistoryEntry[]
    const last = new Map<string, HistoryEntry>()
    for (const entry of trail) last.set(`${entry.entity}\u0000${entry.entityId}`, entry)
    let prevHash = trail.findLast((e) => e.chain === undefined)?.hash ?? GENESIS_HASH
    const at = new Date().toISOString()
    const seals: HistoryEntry[] = []
    BOUND.forEach(([entity, , keyOf], i) => {
      for (const row of tables[i] as Record<string, unknown>[]) {
        const entityId = keyOf(row)
        const entry = last.get(`${entity}\u0000${entityId}`)
        if (entry && entry.after !== null && matchesEntry(entry, entity, row)) continue
        const change = {
          action: 'upgrade-3',
          at,
          entity,
          entityId,
          before: row,
          after: row,
          stateHash: stateHash(entity, row)
        }
        const hash = hashEntry(change, prevHash)
        seals.push({ ...change, prevHash, hash })
        prevHash = hash
      }
    })
    return seals.length > 0
      ? tx
          .table('history')
          .bulkAdd(seals)
          .then(() => undefined)
      : undefined
  })
}
