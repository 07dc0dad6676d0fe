// A grade written with IndexedDB alone, in the grade writer's worker: the transaction writeGrade
// (assessments.ts) makes through Dexie, with the same stores, built from the same rules: the
// patched row, the chained entry, the counts' change. Dexie reads the stored row and the end of
// the library's own chain, then writes: two waves of requests, each a wait for IndexedDB while
// the page renders the key's grade. Here, when the writer knows what its own last grade left (see
// KnownState), the row and the entry are placed with those reads, in one wave, and the reads
// only check them. What it announces is what Dexie announces for the same write
// (grade-writer-native.test.ts compares rows, entries, counts and announcements with the page's
// write, and counts the waves).
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
 * What the writer's own transactions last left in a library: the end of its own chain, the rows
 * it wrote, the counts rows it read or wrote. The next grade is written from it in one wave: its
 * row and entry placed together with the reads that check them. When another window wrote in
 * between, a check differs and the same transaction writes again from what it read, one wave
 * later: never a row, entry or count built on a stale read.
 */
export class KnownState {
  head: string | undefined
  private readonly rows = new Map<string, Assessment>()
  private readonly counts = new Map<string, ArticleCounts | undefined>()

  /** How many rows are kept: the sentences graded lately, not the library. */
  static readonly ROWS = 1_000

  /** What this sentence's grade is built from if nothing changed since; undefined if not known. */
  guess(sentenceId: string): { before: Assessment; head: string } | undefined {
    const before = this.rows.get(sentenceId)
    return before && this.head !== undefined ? { before, head: this.head } : undefined
  }

  /** The counts row of an article, as last seen: `known` false when never seen. */
  countsOf(articleId: string): { known: boolean; row: ArticleCounts | undefined } {
    return { known: this.counts.has(articleId), row: this.counts.get(articleId) }
  }

  /** After a commit: what the library now holds. */
  committed(row: Assessment, head: string, counts: Map<string, ArticleCounts | undefined>): void {
    this.head = head
    this.rows.delete(row.sentenceId)
    this.rows.set(row.sentenceId, row)
    if (this.rows.size > KnownState.ROWS) this.rows.delete(this.rows.keys().next().value!)
    for (const [articleId, row] of counts) this.counts.set(articleId, row)
  }

  /** After a failure: nothing is assumed of the library. */
  forget(): void {
    this.head = undefined
    this.rows.clear()
    this.counts.clear()
  }
}

/** Stores of one grade's transaction. */
interface Stores {
  assessments: IDBObjectStore
  history: IDBObjectStore
  counts: IDBObjectStore
}

/** A grade's row and entry, placed: the entry's id once answered. */
interface PlacedGrade {
  before: Assessment | undefined
  after: Assessment
  entry: Omit<HistoryEntry, 'id'>
  id: Promise<IDBValidKey>
}

/** A request's answer, its failure also reported by the transaction (so never left unheard). */
function placed<T>(request: IDBRequest<T>): Promise<T> {
  const answered = answer(request)
  answered.catch(() => undefined)
  return answered
}

/**
 * Places `request`'s row `after` and its entry as built on `before` and the chain's end `prevHash`; the entry
 * under `entryId` when it replaces one placed on a stale guess in the same transaction.
 */
function placeGrade(
  stores: Stores,
  request: GradeRequest,
  hashing: HistoryHashing,
  before: Assessment | undefined,
  after: Assessment,
  prevHash: string,
  entryId?: IDBValidKey
): PlacedGrade {
  const change = {
    entity: 'assessment' as const,
    entityId: request.sentenceId,
    before: before ?? null,
    after,
    action: request.action
  }
  const entry = chainedEntry(change, after, prevHash, hashing)
  placed(stores.assessments.put(after))
  const id =
    entryId === undefined
      ? placed(stores.history.add(entry))
      : placed(stores.history.put({ ...entry, id: entryId }))
  return { before, after, entry, id }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The counts' changes a grade makes, by article (none when it stays graded or ungraded). */
const movesOf = (before: Assessment | undefined, after: Assessment) =>
  new Map([...gradedMoves([[before, after]])].filter(([, by]) => by !== 0))

const countsRow = (counts: IDBObjectStore, articleId: string) =>
  placed(counts.get(articleId) as IDBRequest<ArticleCounts | undefined>)

/**
 * Writes `request` in the library `idb` in one transaction, resolving once it has committed; on
 * any failure the transaction is aborted and nothing is written. With what `known` holds of the
 * library (see KnownState) the row, the entry and the counts are placed in the same wave as the
 * reads that check them.
 */
export function writeGradeNatively(
  idb: IDBDatabase,
  request: GradeRequest,
  hashing: HistoryHashing,
  known: KnownState = new KnownState()
): Promise<StoredGrade> {
  const tx = idb.transaction(STORES, 'readwrite')
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new DOMException('The grade was not stored.', 'AbortError'))
  })
  committed.catch(() => undefined) // reported through written below
  const stores: Stores = {
    assessments: tx.objectStore('assessments'),
    history: tx.objectStore('history'),
    counts: tx.objectStore(COUNTS_TABLE)
  }
  const articleId = request.blank.articleId
  const written = (async () => {
    // The guess (see KnownState): the grade as it is built if nothing changed since this writer's
    // last one, and whether it moves the article's graded count.
    const guess = known.guess(request.sentenceId)
    const guessed = guess && patchedGrade(guess.before, request.blank, request.patch)
    const guessedMoves = guess && movesOf(guess.before, guessed!)
    // The stored row and the end of the library's own chain, and the article's counts unless the
    // guess leaves them as they are: what the grade is built from, or what checks the guess.
    const reads = Promise.all([
      placed(stores.assessments.get(request.sentenceId) as IDBRequest<Assessment | undefined>),
      chainHead(stores.history),
      guessedMoves?.size === 0 ? undefined : countsRow(stores.counts, articleId)
    ])
    reads.catch(() => undefined) // reported by the transaction, when a write placed meanwhile fails
    const ahead = guess && placeGrade(stores, request, hashing, guess.before, guessed!, guess.head)
    const countsGuess = known.countsOf(articleId)
    const countsAhead =
      guessedMoves?.size && countsGuess.known
        ? placeCounts(stores.counts, articleId, countsGuess.row, guessedMoves)
        : undefined
    const [before, head, countsRead] = await reads

    let grade = ahead
    if (!ahead || !same(before, ahead.before) || head !== ahead.entry.prevHash) {
      // Another window wrote since: the grade built again on what was read, its entry in place of
      // the one placed (under the same id, so the chain's order is the order of the writes).
      const after = patchedGrade(before, request.blank, request.patch)
      grade = placeGrade(stores, request, hashing, before, after, head, ahead && (await ahead.id))
    }
    const moves = movesOf(grade!.before, grade!.after)
    let counts: CountsWritten | undefined
    if (moves.has(articleId) || countsAhead) {
      // Read now only when the guess said the counts stay as they are, and another window's write
      // made this grade move them after all.
      const stored = guessedMoves?.size === 0 ? await countsRow(stores.counts, articleId) : countsRead
      counts =
        countsAhead && grade === ahead && same(stored, countsGuess.row)
          ? countsAhead
          : placeCounts(stores.counts, articleId, stored, moves, countsAhead !== undefined)
    }
    const elsewhere = new Map([...moves].filter(([id]) => id !== articleId))
    if (elsewhere.size > 0) counts = merged(counts, await moveCounts(stores.counts, elsewhere))
    const id = await grade!.id
    await counts?.done
    tx.commit()
    return {
      after: grade!.after,
      entry: { ...grade!.entry, id: id as number },
      counts: counts ?? merged()
    }
  })()
  return written.then(
    ({ after, entry, counts }) =>
      committed.then(() => {
        known.committed(after, entry.hash, counts.rows)
        return {
          result: after,
          action: request.action,
          changed: true,
          changes: [announced(idb.name, after, entry, counts)]
        }
      }),
    (error: unknown) => {
      known.forget()
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
  /** Each article's counts row as the write leaves it (undefined: none). */
  rows: Map<string, ArticleCounts | undefined>
  done: Promise<unknown>
}

/**
 * Moves an article's graded count by `moves` from its row `stored` (countsAfter, as the counts'
 * middleware does). `replacing` when counts placed on a stale guess must be written over: the row
 * is then written as it must end even when the grade does not change it.
 */
function placeCounts(
  counts: IDBObjectStore,
  articleId: string,
  stored: ArticleCounts | undefined,
  moves: Map<string, number>,
  replacing = false
): CountsWritten {
  const written: CountsWritten = {
    put: [],
    deleted: [],
    rows: new Map([[articleId, stored]]),
    done: Promise.resolve()
  }
  const by = moves.get(articleId)
  const next = by === undefined ? undefined : countsAfter(articleId, stored, { graded: by })
  if (next === 'delete') written.deleted.push(articleId)
  else if (next) written.put.push(next)
  const row = next === 'delete' ? undefined : (next ?? stored)
  written.rows.set(articleId, row)
  if (next !== undefined || replacing)
    written.done = row ? placed(counts.put(row)) : placed(counts.delete(articleId))
  return written
}

/** What writes `a` and `b` changed together (nothing, without either). */
function merged(a?: CountsWritten, b?: CountsWritten): CountsWritten {
  return {
    put: [...(a?.put ?? []), ...(b?.put ?? [])],
    deleted: [...(a?.deleted ?? []), ...(b?.deleted ?? [])],
    rows: new Map([...(a?.rows ?? []), ...(b?.rows ?? [])]),
    done: Promise.all([a?.done, b?.done])
  }
}

/** Moves other articles' graded counts by `moves`, reading their rows first. */
async function moveCounts(counts: IDBObjectStore, moves: Map<string, number>): Promise<CountsWritten> {
  const ids = [...moves.keys()]
  const rows = await Promise.all(
    ids.map((id) => answer(counts.get(id) as IDBRequest<ArticleCounts | undefined>))
  )
  return ids
    .map((articleId, i) => placeCounts(counts, articleId, rows[i], moves))
    .reduce((all, one) => merged(all, one), merged())
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
