// Each article's sentence and graded counts, kept in a table of their own as the sentence tables
// and assessments change, so the library list reads one small row per article instead of every
// article's sentence table and every grade after each write. A middleware under every write keeps
// them, so no write path (import, split, merge, delete, undo, restore) can leave them behind.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware
} from 'dexie'

/** What the library lists of an article without reading its sentences or its grades. */
export interface ArticleCounts {
  articleId: string
  /** Rows of the article's sentence table. */
  sentences: number
  /** Its sentences with a source or a credibility (see isGraded). */
  graded: number
}

/** The table of counts; not bound to the audit trail nor in backups: it is derived from both. */
export const COUNTS_TABLE = 'articleCounts'

/** A sentence is graded once it has a source or a credibility; a note alone does not grade it. */
export function isGraded(a: { credibility: number | null; attributions: unknown[] }): boolean {
  return a.credibility != null || a.attributions.length > 0
}

/** The rows a stored value counts for; a row that is not an assessment counts for nothing. */
function gradedRow(row: unknown): { articleId: string; graded: boolean } | null {
  const a = row as { articleId?: unknown; credibility?: number | null; attributions?: unknown } | undefined
  if (!a || typeof a.articleId !== 'string') return null
  const attributions = Array.isArray(a.attributions) ? (a.attributions as unknown[]) : []
  return { articleId: a.articleId, graded: isGraded({ credibility: a.credibility ?? null, attributions }) }
}

function sentenceRows(row: unknown): number {
  const seqs = (row as { seqs?: ArrayLike<number> } | undefined)?.seqs
  return seqs?.length ?? 0
}

/** Every article's counts worked out from its rows: what the upgrade stores, and the check of it. */
export function countAll(
  tables: readonly { articleId: string; seqs: ArrayLike<number> }[],
  assessments: readonly { articleId: string; credibility: number | null; attributions: unknown[] }[]
): ArticleCounts[] {
  const counts = new Map<string, ArticleCounts>()
  const of = (articleId: string) => {
    let c = counts.get(articleId)
    if (!c) counts.set(articleId, (c = { articleId, sentences: 0, graded: 0 }))
    return c
  }
  for (const table of tables) of(table.articleId).sentences = sentenceRows(table)
  for (const a of assessments) if (gradedRow(a)?.graded) of(a.articleId).graded++
  return [...counts.values()].filter((c) => c.sentences > 0 || c.graded > 0)
}

/** A change to counts: sentences set to a number, graded moved by a difference. */
export interface Adjustment {
  sentences?: number
  graded: number
}

type Adjustments = Map<string, Adjustment>

function adjustment(changes: Adjustments, articleId: string): Adjustment {
  let change = changes.get(articleId)
  if (!change) changes.set(articleId, (change = { graded: 0 }))
  return change
}

/**
 * Rows a writer has just read in its transaction and is about to replace, so the counts need not
 * read them again: a grade reads its row anyway (for the audit trail). Each is used once, by the
 * next write of its key in that transaction; a write with any key not told reads them all.
 */
const toldRows = new WeakMap<object, Map<string, unknown>>()

/**
 * Tells the counts what `table` holds at `key` in the write transaction `trans` (Dexie's
 * `Transaction.idbtrans`), `undefined` for no row; the writer must write that key next.
 */
export function tellStoredRow(trans: object, table: string, key: string, row: unknown): void {
  let rows = toldRows.get(trans)
  if (!rows) toldRows.set(trans, (rows = new Map()))
  rows.set(`${table}\u0000${key}`, row)
}

/** The rows told for every key of a put or add, each taken once; undefined if any is not told. */
function takeToldRows(table: DBCoreTable, req: DBCoreMutateRequest, keys: unknown[]): unknown[] | undefined {
  const rows = toldRows.get(req.trans)
  if (!rows || (req.type !== 'put' && req.type !== 'add')) return undefined
  const names = keys.map((key) => `${table.name}\u0000${String(key)}`)
  if (!names.every((name) => rows.has(name))) return undefined
  const before = names.map((name) => rows.get(name))
  for (const name of names) rows.delete(name)
  return before
}

/** The primary keys a mutation touches, and (when asked) the rows it finds there beforehand. */
function touched(
  table: DBCoreTable,
  req: DBCoreMutateRequest,
  withValues: boolean
): Promise<{ keys: unknown[]; before: unknown[] }> {
  const { trans } = req
  if (req.type === 'deleteRange') {
    const query = { index: table.schema.primaryKey, range: req.range }
    return table
      .query({ trans, query, values: withValues })
      .then(({ result }) =>
        withValues
          ? { keys: result.map((row: unknown) => table.schema.primaryKey.extractKey?.(row)), before: result }
          : { keys: result, before: [] }
      )
  }
  const keys =
    req.type === 'delete'
      ? req.keys
      : (req.keys ?? req.values.map((v: unknown) => table.schema.primaryKey.extractKey?.(v)))
  if (!withValues) return Promise.resolve({ keys, before: [] })
  const told = takeToldRows(table, req, keys)
  if (told) return Promise.resolve({ keys, before: told })
  return table.getMany({ trans, keys }).then((before) => ({ keys, before }))
}

/** True when operation `i` of the request was written (bulk writes may fail row by row). */
function written(res: DBCoreMutateResponse, i: number): boolean {
  return res.numFailures === 0 || !(i in res.failures)
}

/** Sentence tables are replaced whole: the count is the new table's length, or none once deleted. */
function countSentences(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest) {
  return touched(table, req, false).then(({ keys }) => {
    const ids = keys.filter((key): key is string => typeof key === 'string')
    return Promise.all([table.mutate(req), readCounts(core, req.trans, ids)]).then(([res, stored]) => {
      const changes: Adjustments = new Map()
      keys.forEach((key, i) => {
        if (!written(res, i) || typeof key !== 'string') return
        const after = req.type === 'add' || req.type === 'put' ? req.values[i] : undefined
        adjustment(changes, key).sentences = sentenceRows(after)
      })
      return store(core, req.trans, changes, stored).then(() => res)
    })
  })
}

/**
 * How writing assessment rows (each as it was and as it is, `undefined` for none) moves each
 * article's graded count: only a row that turns graded or ungraded moves it.
 */
export function gradedMoves(
  rows: readonly (readonly [before: unknown, after: unknown])[]
): Map<string, number> {
  const moves = new Map<string, number>()
  const move = (articleId: string, by: number) => moves.set(articleId, (moves.get(articleId) ?? 0) + by)
  for (const [before, after] of rows) {
    const was = gradedRow(before)
    const is = gradedRow(after)
    if (was?.graded) move(was.articleId, -1)
    if (is?.graded) move(is.articleId, 1)
  }
  return moves
}

/** The articles whose graded count a write of these rows may move: a superset of gradedMoves's. */
function mayMove(rows: readonly (readonly [before: unknown, after: unknown])[]): Set<string> {
  const ids = new Set<string>()
  for (const [before, after] of rows) {
    const was = gradedRow(before)
    const is = gradedRow(after)
    if (was?.graded && is?.graded && was.articleId === is.articleId) continue
    if (was?.graded) ids.add(was.articleId)
    if (is?.graded) ids.add(is.articleId)
  }
  return ids
}

function countGrades(core: DBCore, table: DBCoreTable, req: DBCoreMutateRequest) {
  return touched(table, req, true).then(({ keys, before }) => {
    const rows = (done: (i: number) => boolean) =>
      keys.flatMap((_key, i) =>
        done(i)
          ? [[before[i], req.type === 'add' || req.type === 'put' ? req.values[i] : undefined] as const]
          : []
      )
    // Every article a row may move, whichever rows the write refuses (a refused row moves nothing).
    const ids = [...mayMove(rows(() => true))]
    return Promise.all([table.mutate(req), readCounts(core, req.trans, ids)]).then(([res, stored]) => {
      const changes: Adjustments = new Map()
      for (const [articleId, by] of gradedMoves(rows((i) => written(res, i))))
        adjustment(changes, articleId).graded += by
      return store(core, req.trans, changes, stored).then(() => res)
    })
  })
}

/**
 * The counts rows of `ids`, read in the same wave as the write that may change them (the write
 * does not touch them), so storing the new counts waits for one round trip, not two.
 */
function readCounts(
  core: DBCore,
  trans: DBCoreTransaction,
  ids: string[]
): Promise<Map<string, ArticleCounts>> {
  if (ids.length === 0) return Promise.resolve(new Map())
  return core
    .table(COUNTS_TABLE)
    .getMany({ trans, keys: ids })
    .then((rows: (ArticleCounts | undefined)[]) => {
      const stored = new Map<string, ArticleCounts>()
      rows.forEach((row, i) => row && stored.set(ids[i], row))
      return stored
    })
}

/**
 * An article's counts row after `change`, from the row stored (`undefined` for none): the row to
 * store, 'delete' when it counts nothing any more, or `undefined` when nothing is to be written.
 */
export function countsAfter(
  articleId: string,
  stored: ArticleCounts | undefined,
  change: Adjustment
): ArticleCounts | 'delete' | undefined {
  const was = stored ?? { articleId, sentences: 0, graded: 0 }
  const next = {
    articleId,
    sentences: change.sentences ?? was.sentences,
    graded: Math.max(0, was.graded + change.graded)
  }
  if (next.sentences === 0 && next.graded === 0) return stored ? 'delete' : undefined
  return next.sentences !== was.sentences || next.graded !== was.graded ? next : undefined
}

/**
 * Writes the changed counts in the same transaction, from the rows `stored` before the write (read
 * by readCounts for every article the changes name); an article with none keeps no row.
 */
function store(
  core: DBCore,
  trans: DBCoreTransaction,
  changes: Adjustments,
  stored: ReadonlyMap<string, ArticleCounts>
): Promise<void> {
  const ids = [...changes].filter(([, c]) => c.sentences !== undefined || c.graded !== 0).map(([id]) => id)
  if (ids.length === 0) return Promise.resolve()
  const counts = core.table(COUNTS_TABLE)
  const put: ArticleCounts[] = []
  const gone: string[] = []
  for (const articleId of ids) {
    const next = countsAfter(articleId, stored.get(articleId), changes.get(articleId)!)
    if (next === 'delete') gone.push(articleId)
    else if (next) put.push(next)
  }
  const writes: Promise<unknown>[] = []
  if (put.length) writes.push(counts.mutate({ type: 'put', trans, values: put }))
  if (gone.length) writes.push(counts.mutate({ type: 'delete', trans, keys: gone }))
  return Promise.all(writes).then(() => undefined)
}

const COUNTED = new Set(['sentences', 'assessments'])

/**
 * Keeps the counts table in step with `sentences` and `assessments`: every read-write transaction
 * over either also takes the counts table, and every write to either updates it there. Before the
 * table exists (an upgrade to an earlier version) it does nothing; version 6 fills the table.
 */
export const articleCountsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ArticleCounts',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === COUNTS_TABLE)) return {}
    return {
      transaction(stores, mode, options) {
        const counted = mode === 'readwrite' && stores.some((s) => COUNTED.has(s))
        const scope = counted && !stores.includes(COUNTS_TABLE) ? [...stores, COUNTS_TABLE] : stores
        return down.transaction(scope, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (name === 'sentences') return { ...table, mutate: (req) => countSentences(down, table, req) }
        if (name === 'assessments') return { ...table, mutate: (req) => countGrades(down, table, req) }
        return table
      }
    }
  }
}
