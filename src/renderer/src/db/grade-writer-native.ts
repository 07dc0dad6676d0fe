// A grade written with IndexedDB alone, in the grade writer's worker: the transaction writeGrade
// (assessments.ts) makes through Dexie, with the same stores and the same requests in the same
// waves (the stored row and the end of the library's own chain read at once, then the row and
// its entry written at once, and the counts moved when the row turns graded or ungraded), built
// from the same rules: the patched row, the chained entry, the counts' change. While the page
// renders the key's grade, Dexie's layers between the requests added about 2 ms to the 2–3 ms
// IndexedDB itself takes (the grade bench's native twin); here there are none. What it announces
// is what Dexie announces for the same write (grade-writer-native.test.ts compares rows, entries,
// counts and announcements with the page's write).
import { RangeSet, type IndexableType, type ObservabilitySet } from 'dexie'
import { GENESIS_HASH } from '@shared/history'
import type { Assessment, HistoryEntry } from '@shared/model'
import { COUNTS_TABLE, countsAfter, gradedMoves, type ArticleCounts } from './article-counts'
import { patchedGrade, type GradeRequest } from './assessments'
import { chainedEntry, inOwnChain } from './history'
import type { HistoryHashing } from './history-hashing'

/** The stores writeGrade's transaction holds: its table, the articles and the history, the counts. */
const STORES = ['assessments', 'articles', 'history', COUNTS_TABLE]

export interface StoredGrade {
  result: Assessment
  action: string
  /** Always true: a grade always writes its entry, as writeGrade does. */
  changed: boolean
  /** What Dexie announces of the same write (see announced). */
  changes: ObservabilitySet[]
}

function answer<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
}

/** The hash the library's own chain ends with: the last entry inOwnChain, by a reverse cursor. */
function chainHead(history: IDBObjectStore): Promise<string> {
  return new Promise((resolve, reject) => {
    const cursor = history.openCursor(null, 'prev')
    cursor.onsuccess = () => {
      const at = cursor.result
      if (!at) return resolve(GENESIS_HASH)
      const entry = at.value as HistoryEntry
      if (inOwnChain(entry)) resolve(entry.hash)
      else at.continue()
    }
    cursor.onerror = () => reject(cursor.error)
  })
}

/**
 * Writes `request` in the library `idb` in one transaction, resolving once it has committed; on
 * any failure the transaction is aborted and nothing is written.
 */
export function writeGradeNatively(
  idb: IDBDatabase,
  request: GradeRequest,
  hashing: HistoryHashing
): Promise<StoredGrade> {
  const tx = idb.transaction(STORES, 'readwrite')
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new DOMException('The grade was not stored.', 'AbortError'))
  })
  committed.catch(() => undefined) // reported through written below
  const assessments = tx.objectStore('assessments')
  const history = tx.objectStore('history')
  const written = (async () => {
    const [before, prevHash] = await Promise.all([
      answer(assessments.get(request.sentenceId) as IDBRequest<Assessment | undefined>),
      chainHead(history)
    ])
    const after = patchedGrade(before, request.blank, request.patch)
    const change = {
      entity: 'assessment' as const,
      entityId: request.sentenceId,
      before: before ?? null,
      after,
      action: request.action
    }
    const entry = chainedEntry(change, after, prevHash, hashing)
    const [, id] = await Promise.all([answer(assessments.put(after)), answer(history.add(entry))])
    const moves = [...gradedMoves([[before, after]])].filter(([, by]) => by !== 0)
    const counts = await moveCounts(tx.objectStore(COUNTS_TABLE), new Map(moves))
    tx.commit()
    return { after, entry: { ...entry, id: id as number }, counts }
  })()
  return written.then(
    ({ after, entry, counts }) =>
      committed.then(() => ({
        result: after,
        action: request.action,
        changed: true,
        changes: [announced(idb.name, after, entry, counts)]
      })),
    (error: unknown) => {
      try {
        tx.abort()
      } catch {
        // Already aborted by the failed request.
      }
      throw error
    }
  )
}

/** The counts rows the write changed: put (a row) or deleted (its article's id). */
interface CountsWritten {
  put: ArticleCounts[]
  deleted: string[]
}

/** Moves each article's graded count by `moves` (countsAfter, as the counts' middleware does). */
async function moveCounts(counts: IDBObjectStore, moves: Map<string, number>): Promise<CountsWritten> {
  const written: CountsWritten = { put: [], deleted: [] }
  const ids = [...moves.keys()]
  if (ids.length === 0) return written
  const rows = await Promise.all(
    ids.map((id) => answer(counts.get(id) as IDBRequest<ArticleCounts | undefined>))
  )
  const writes: Promise<unknown>[] = []
  ids.forEach((articleId, i) => {
    const next = countsAfter(articleId, rows[i], { graded: moves.get(articleId)! })
    if (next === 'delete') {
      written.deleted.push(articleId)
      writes.push(answer(counts.delete(articleId)))
    } else if (next) {
      written.put.push(next)
      writes.push(answer(counts.put(next)))
    }
  })
  await Promise.all(writes)
  return written
}

/**
 * What Dexie announces of this write (its observability middleware, in the order of the
 * requests): the assessment's key (also as possibly deleted, since its row was not read through
 * Dexie's cache) and its article; the new entry's id and what its indexes hold; and each counts
 * row put or deleted.
 */
function announced(
  name: string,
  after: Assessment,
  entry: HistoryEntry & { id: number },
  counts: CountsWritten
): ObservabilitySet {
  const parts: Record<string, RangeSet> = {}
  const keys = (table: string, index: string, values: IndexableType[]) =>
    (parts[`idb://${name}/${table}/${index}`] ??= new RangeSet()).addKeys(values)
  keys('assessments', '', [after.sentenceId, after.sentenceId])
  keys('assessments', ':dels', [after.sentenceId])
  keys('assessments', 'articleId', [after.articleId])
  keys('history', '', [entry.id])
  keys('history', ':dels', [])
  keys('history', 'at', [entry.at])
  keys('history', '[entity+entityId]', [[entry.entity, entry.entityId]])
  if (entry.action !== undefined) keys('history', 'action', [entry.action])
  for (const id of [...counts.put.map((row) => row.articleId), ...counts.deleted]) {
    keys(COUNTS_TABLE, '', [id])
    keys(COUNTS_TABLE, ':dels', [id])
  }
  return structuredClone(parts)
}
