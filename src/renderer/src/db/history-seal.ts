// A library upgrade that rewrites or adds rows records them in the library's own chain, so the
// records still equal the state their trail last recorded and the library's next backup restores.
// Version 3 began binding records to the trail: libraries written before could hold records that
// differ from their last entry without anyone having tampered (a layout migration rewrote rows,
// an import recorded only the title), and its upgrade records each such record as it stands.
// Version 5 records the cases and judgments it makes and the assessments it changes the same way.
import Dexie, { type Transaction } from 'dexie'
import { matchesEntry } from '@shared/backup/binding'
import { stateHash } from '@shared/backup/record-state'
import { GENESIS_HASH } from '@shared/history'
import { hashEntry } from '@shared/history/chain'
import type { HistoryEntity, HistoryEntry } from '@shared/model'

type Bound = [HistoryEntity, string, (row: Record<string, unknown>) => string]

/** The records version 3 bound to the trail: a fact of that upgrade, never edited. */
const BOUND_SINCE_VERSION_3: Bound[] = [
  ['article', 'articles', (row) => row.id as string],
  ['sentences', 'sentences', (row) => row.articleId as string],
  ['source', 'sources', (row) => row.id as string],
  ['assessment', 'assessments', (row) => row.sentenceId as string],
  ['link', 'links', (row) => row.id as string]
]

/** Every record bound to the trail from version 5 on. */
const BOUND_SINCE_VERSION_5: Bound[] = [
  ...BOUND_SINCE_VERSION_3,
  ['case', 'cases', (row) => row.id as string],
  ['judgment', 'judgments', (row) => row.id as string]
]

const BOUND: Record<3 | 5, Bound[]> = { 3: BOUND_SINCE_VERSION_3, 5: BOUND_SINCE_VERSION_5 }

/**
 * The upgrade step that records, under `action`, every record of the tables bound at `version`
 * that does not match its last entry, as it stands (`before` and `after` both the row).
 * Chained Dexie promises: the upgrade transaction must never wait on anything else.
 */
export function sealTrail(action: string, version: 3 | 5): (tx: Transaction) => Promise<void> {
  const bound = BOUND[version]
  return (tx) => {
    const reads = [
      tx.table('history').orderBy('id').toArray(),
      ...bound.map(([, t]) => tx.table(t).toArray())
    ]
    return Dexie.Promise.all(reads).then(([history, ...tables]) => {
      const trail = history as HistoryEntry[]
      const last = new Map<string, HistoryEntry>()
      for (const entry of trail) last.set(`${entry.entity}\u0000${entry.entityId}`, entry)
      let prevHash = trail.findLast((e) => e.chain === undefined)?.hash ?? GENESIS_HASH
      const at = new Date().toISOString()
      const seals: HistoryEntry[] = []
      bound.forEach(([entity, , keyOf], i) => {
        for (const row of tables[i] as Record<string, unknown>[]) {
          const entityId = keyOf(row)
          const entry = last.get(`${entity}\u0000${entityId}`)
          if (entry && entry.after !== null && matchesEntry(entry, entity, row)) continue
          const change = {
            action,
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
}
