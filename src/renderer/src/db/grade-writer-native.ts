// A grade written with IndexedDB alone, in the grade writer's worker: the transaction writeGrade
// (assessments.ts) makes through Dexie, with the same stores, built from the same rules: the
// patched row, the chained entry, the counts' change. Dexie reads the stored row and the end of
// the library's own chain, then writes: two waves of requests, each a wait for IndexedDB while
// the page renders the key's grade. Here, when the writer knows what its own last grade left (see
// KnownState), the row, the entry and the counts are placed in one wave, and the commit asked for
// with them: the entry is added under the key IndexedDB would give it, and fails, taking the whole
// transaction with it, if anything was added since. What it announces is what Dexie announces for
// the same write (grade-writer-native.test.ts compares rows, entries, counts and announcements
// with the page's write, counts the waves, and writes after another window's writes).
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

/** An entry of the history: its id and its hash. */
interface EntryAt {
  id: number
  hash: string
}

/** A grade's start, if nothing was added to the history since the writer's last entry. */
interface Guess {
  /** The stored row; undefined when the sentence has none. */
  before: Assessment | undefined
  last: EntryAt
  counts: ArticleCounts | undefined
  /**
   * The key IndexedDB gives the history's next entry, when the writer's own entry took the one
   * before (see KnownState.nextKey); undefined when `last` is an entry it read.
   */
  nextKey: number | undefined
}

/**
 * What the writer's own transactions last left in a library: its last entry (the end of the
 * library's own chain then), the rows it wrote, the counts rows it read or wrote. The history is
 * append-only and its own chain records every change to a record, so while nothing is added after
 * that entry every row is as the writer left it. The next grade of a row it knows is then written
 * in one wave: its row, entry and counts placed with the check that nothing was added. When
 * something was, that transaction is abandoned and the grade written in another, on the rows as
 * read; a grade built on an end of the chain the writer did not leave makes it forget every row
 * it knew. Never a row, entry or count is built on a stale read.
 */
export class KnownState {
  last: EntryAt | undefined
  /**
   * The key IndexedDB gives the history's next entry, known while the writer's own entry `last`
   * took the key before it. The history's keys are IndexedDB's own: no entry is ever deleted, and
   * every other write adds its entries without one (the page's writes, a restore, an upgrade), so
   * the first entry added after `last`, by any window, takes this key; a transaction that aborts
   * gives its key back (grade-writer-native.test.ts holds IndexedDB to both). The writer's next
   * entry, added under this key itself, is then the check: it fails if another entry was added
   * since, and no read need be answered before the commit is asked for.
   */
  nextKey: number | undefined
  /** Rows by sentence id; null for a sentence known to have none. */
  private readonly rows = new Map<string, Assessment | null>()
  private readonly counts = new Map<string, ArticleCounts | undefined>()

  /** How many rows are kept: the sentences graded or selected lately, not the library. */
  static readonly ROWS = 1_000

  /**
   * What this sentence's grade is built from if nothing was added since: its row, the writer's
   * last entry, its article's counts; undefined if any is not known.
   */
  guess(sentenceId: string, articleId: string): Guess | undefined {
    const before = this.rows.get(sentenceId)
    if (before === undefined || !this.last || !this.counts.has(articleId)) return undefined
    return {
      before: before ?? undefined,
      last: this.last,
      counts: this.counts.get(articleId),
      nextKey: this.nextKey
    }
  }

  /** After a commit, or a read ahead: what the library holds now that its last entry is `last`. */
  learned(
    sentenceId: string,
    row: Assessment | undefined,
    last: EntryAt,
    counts: Map<string, ArticleCounts | undefined>
  ): void {
    this.last = last
    this.rows.delete(sentenceId)
    this.rows.set(sentenceId, row ?? null)
    if (this.rows.size > KnownState.ROWS) this.rows.delete(this.rows.keys().next().value!)
    for (const [articleId, row] of counts) this.counts.set(articleId, row)
  }

  /** After a failure: nothing is assumed of the library. */
  forget(): void {
    this.last = undefined
    this.nextKey = undefined
    this.rows.clear()
    this.counts.clear()
  }
}

/**
 * Reads ahead, for `known`, the row of the sentence the analyst selected, with the end of the
 * history and the article's counts, in one read-only transaction: its first grade is then written
 * in one wave. Nothing is learned while the history ends with another chain's entry (a restored
 * backup's): a grade then reads before it writes, as without this.
 */
export async function readAhead(
  idb: IDBDatabase,
  sentenceId: string,
  articleId: string,
  known: KnownState
): Promise<void> {
  const tx = idb.transaction(STORES, 'readonly')
  const lastEntry = new Promise<HistoryEntry | undefined>((resolve, reject) => {
    const cursor = tx.objectStore('history').openCursor(null, 'prev')
    cursor.onsuccess = () => resolve(cursor.result?.value as HistoryEntry | undefined)
    cursor.onerror = () => reject(cursor.error)
  })
  const [entry, row, counts] = await Promise.all([
    lastEntry,
    answer(tx.objectStore('assessments').get(sentenceId) as IDBRequest<Assessment | undefined>),
    countsRow(tx.objectStore(COUNTS_TABLE), articleId)
  ])
  if (entry && !inOwnChain(entry)) return
  const last = entry ? { id: entry.id!, hash: entry.hash } : undefined
  // Another window wrote since the writer's last entry: what it knew may be stale.
  if (!last || last.id !== known.last?.id) known.forget()
  if (last) known.learned(sentenceId, row, last, new Map([[articleId, counts]]))
}

/** Stores of one grade's transaction. */
interface Stores {
  assessments: IDBObjectStore
  history: IDBObjectStore
  /** The counts, asked for only by a grade that moves them (its transaction then holds them). */
  counts: () => IDBObjectStore
}

/** A grade's row and entry, placed: the entry's request, and its id (the key it was added under, or the answer). */
interface PlacedGrade {
  before: Assessment | undefined
  after: Assessment
  entry: Omit<HistoryEntry, 'id'>
  added: IDBRequest<IDBValidKey>
  id: number | Promise<IDBValidKey>
}

/** A request's answer, its failure also reported by the transaction (so never left unheard). */
function placed<T>(request: IDBRequest<T>): Promise<T> {
  const answered = answer(request)
  answered.catch(() => undefined)
  return answered
}

/**
 * Places `request`'s row `after` and its entry as built on `before` and the chain's end
 * `prevHash`: the entry under `key` if given, else under the key IndexedDB gives it. Nothing
 * waits for the row's answer: a failed request aborts the transaction, which says why.
 */
function placeGrade(
  stores: Stores,
  request: GradeRequest,
  hashing: HistoryHashing,
  before: Assessment | undefined,
  after: Assessment,
  prevHash: string,
  key?: number
): PlacedGrade {
  const change = {
    entity: 'assessment' as const,
    entityId: request.sentenceId,
    before: before ?? null,
    after,
    action: request.action
  }
  // The row first: IndexedDB writes it while the entry is hashed.
  stores.assessments.put(after)
  const entry = chainedEntry(change, after, prevHash, hashing)
  const added = stores.history.add(key === undefined ? entry : { ...entry, id: key })
  return { before, after, entry, added, id: key ?? placed(added) }
}

/** The counts' changes a grade makes, by article (none when it stays graded or ungraded). */
const movesOf = (before: Assessment | undefined, after: Assessment) =>
  new Map([...gradedMoves([[before, after]])].filter(([, by]) => by !== 0))

const countsRow = (counts: IDBObjectStore, articleId: string) =>
  placed(counts.get(articleId) as IDBRequest<ArticleCounts | undefined>)

/**
 * Writes `request` in the library `idb` in one transaction, resolving once it has committed; on
 * any failure the transaction is aborted and nothing is written. With what `known` holds of the
 * library (see KnownState) the row, the entry and the counts are placed in one wave with the one
 * read that checks them; when another window wrote since, that transaction is abandoned, nothing
 * of it written, and the grade written in another, on the rows as read.
 */
export async function writeGradeNatively(
  idb: IDBDatabase,
  request: GradeRequest,
  hashing: HistoryHashing,
  known: KnownState = new KnownState()
): Promise<StoredGrade> {
  const guess = known.guess(request.sentenceId, request.blank.articleId)
  try {
    const written =
      (guess && (await writeGrade(idb, request, hashing, guess))) ??
      (await writeGrade(idb, request, hashing))!
    const { after, entry, counts } = written
    // Built on an end of the chain this writer did not leave: another window wrote since its last
    // grade, and may have changed any row it knows.
    if (known.last && entry.prevHash !== known.last.hash) known.forget()
    known.learned(after.sentenceId, after, { id: entry.id, hash: entry.hash }, counts.rows)
    // The entry took the key IndexedDB gave, or the one it would have given (see nextKey).
    known.nextKey = entry.id + 1
    return {
      result: after,
      action: request.action,
      changed: true,
      changes: [announced(idb.name, after, entry, counts)]
    }
  } catch (error) {
    known.forget()
    throw error
  }
}

/** What a grade's transaction wrote, once committed. */
interface Written {
  after: Assessment
  entry: HistoryEntry & { id: number }
  counts: CountsWritten
}

/** The stores a grade's transaction writes: its row and entry, and the counts when they move. */
const storesFor = (moves: Map<string, number>) =>
  moves.size > 0 ? ['assessments', 'history', COUNTS_TABLE] : ['assessments', 'history']

/**
 * One transaction of writeGradeNatively: on `guess`, placed with its check, resolving undefined
 * (nothing written) when the check finds an entry added since; without, the row, the chain's end
 * and the counts read first. The check is the entry itself when the history's next key is known
 * (its add fails if that key was taken), else a read of the key of any entry after the last. On
 * a guess the transaction holds only the stores it writes (the counts only when they move), so
 * another window's work on the others never waits for it.
 */
function writeGrade(
  idb: IDBDatabase,
  request: GradeRequest,
  hashing: HistoryHashing,
  guess?: Guess
): Promise<Written | undefined> {
  const articleId = request.blank.articleId
  const guessed = guess && patchedGrade(guess.before, request.blank, request.patch)
  const guessedMoves = guess && movesOf(guess.before, guessed!)
  const tx = idb.transaction(guessedMoves ? storesFor(guessedMoves) : STORES, 'readwrite')
  const committed = new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new DOMException('The grade was not stored.', 'AbortError'))
  })
  committed.catch(() => undefined) // reported through written below
  const stores: Stores = {
    assessments: tx.objectStore('assessments'),
    history: tx.objectStore('history'),
    counts: () => tx.objectStore(COUNTS_TABLE)
  }
  /** Set when the entry, added under the history's next key, found that key taken. */
  let keyTaken = false
  const written = (async () => {
    let grade: PlacedGrade
    let counts: CountsWritten
    let moves: Map<string, number>
    if (guess) {
      // The check (a read of the key of an entry added after the writer's last, unless the
      // entry's own key is), then the counts, the row and the entry (hashed last).
      const { nextKey } = guess
      const added =
        nextKey === undefined
          ? placed(stores.history.getKey(IDBKeyRange.lowerBound(guess.last.id, true)))
          : undefined
      moves = guessedMoves!
      counts = placeCounts(stores.counts, articleId, guess.counts, moves)
      grade = placeGrade(stores, request, hashing, guess.before, guessed!, guess.last.hash, nextKey)
      if (nextKey !== undefined)
        // The entry takes the key it is added under, or fails, and the transaction with it.
        grade.added.onerror = () => {
          keyTaken = grade.added.error?.name === 'ConstraintError'
        }
      else if ((await added) !== undefined) return undefined
    } else {
      const [before, head, stored] = await Promise.all([
        placed(stores.assessments.get(request.sentenceId) as IDBRequest<Assessment | undefined>),
        chainHead(stores.history),
        countsRow(stores.counts(), articleId)
      ])
      const after = patchedGrade(before, request.blank, request.patch)
      moves = movesOf(before, after)
      counts = placeCounts(stores.counts, articleId, stored, moves)
      grade = placeGrade(stores, request, hashing, before, after, head)
    }
    const elsewhere = new Map([...moves].filter(([id]) => id !== articleId))
    if (elsewhere.size > 0) counts = merged(counts, await moveCounts(stores.counts, elsewhere))
    // Every request is placed: IndexedDB commits as soon as they are done, without waiting for
    // their answers to come here first (a request that fails still aborts the transaction).
    tx.commit()
    // Under the history's next key the entry's id is known: only the commit is waited for.
    const id = (await grade.id) as number
    return { after: grade.after, entry: { ...grade.entry, id }, counts }
  })()
  const abort = () => {
    try {
      tx.abort()
    } catch {
      // Already aborted by a failed request.
    }
  }
  // Another window wrote since the guess: nothing of this transaction is written.
  const abandoned = () => {
    abort()
    return committed.then(
      () => undefined,
      () => undefined
    )
  }
  // The entry's key was taken: the transaction failed with it, and so did any request still
  // waiting (another article's count); the grade is written again on the rows as read.
  const failed = (error: unknown) => {
    if (keyTaken) return abandoned()
    abort()
    throw error
  }
  return written.then((done) => (done ? committed.then(() => done, failed) : abandoned()), failed)
}

/** The counts rows the write changed: put (a row) or deleted (its article's id). */
interface CountsWritten {
  put: ArticleCounts[]
  deleted: string[]
  /** Each article's counts row as the write leaves it (undefined: none). */
  rows: Map<string, ArticleCounts | undefined>
}

/**
 * Moves an article's graded count by `moves` from its row `stored` (countsAfter, as the counts'
 * middleware does). Nothing waits for the answer: a failed request aborts the transaction.
 */
function placeCounts(
  counts: () => IDBObjectStore,
  articleId: string,
  stored: ArticleCounts | undefined,
  moves: Map<string, number>
): CountsWritten {
  const written: CountsWritten = { put: [], deleted: [], rows: new Map([[articleId, stored]]) }
  const by = moves.get(articleId)
  const next = by === undefined ? undefined : countsAfter(articleId, stored, { graded: by })
  if (next === 'delete') written.deleted.push(articleId)
  else if (next) written.put.push(next)
  const row = next === 'delete' ? undefined : (next ?? stored)
  written.rows.set(articleId, row)
  if (next !== undefined) {
    if (row) counts().put(row)
    else counts().delete(articleId)
  }
  return written
}

/** What writes `a` and `b` changed together (nothing, without either). */
function merged(a?: CountsWritten, b?: CountsWritten): CountsWritten {
  return {
    put: [...(a?.put ?? []), ...(b?.put ?? [])],
    deleted: [...(a?.deleted ?? []), ...(b?.deleted ?? [])],
    rows: new Map([...(a?.rows ?? []), ...(b?.rows ?? [])])
  }
}

/** Moves other articles' graded counts by `moves`, reading their rows first. */
async function moveCounts(counts: () => IDBObjectStore, moves: Map<string, number>): Promise<CountsWritten> {
  const ids = [...moves.keys()]
  const rows = await Promise.all(
    ids.map((id) => answer(counts().get(id) as IDBRequest<ArticleCounts | undefined>))
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
