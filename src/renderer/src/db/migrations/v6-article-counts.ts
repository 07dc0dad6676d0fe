// Version 6: each article's sentence and graded counts get a table of their own, filled here once
// from the rows; from then on the middleware in ../article-counts.ts keeps them as rows change.
// Derived rows only: nothing the audit trail binds is written, so the trail is left as it is.
import Dexie, { type Transaction } from 'dexie'
import type { Assessment, SentenceTable } from '@shared/model'
import { countAll, COUNTS_TABLE } from '../article-counts'

/** Chained Dexie promises: the upgrade transaction must never wait on anything else. */
export function upgradeToVersion6(tx: Transaction): Promise<void> {
  return Dexie.Promise.all([
    tx.table<SentenceTable, string>('sentences').toArray(),
    tx.table<Assessment, string>('assessments').toArray()
  ]).then(([tables, assessments]) => {
    const counts = tx.table(COUNTS_TABLE)
    return counts
      .clear()
      .then(() => counts.bulkPut(countAll(tables, assessments)))
      .then(() => undefined)
  })
}
