// React reads the database only through these live queries; `undefined` means "loading".
import { useLiveQuery } from 'dexie-react-hooks'
import Dexie, { RangeSet, type ObservabilitySet } from 'dexie'
import { useEffect, useMemo, useRef, useState } from 'react'
import type { Article, Assessment, Case, Judgment, Link, Sentence, Source } from '@shared/model'
import { assessmentMap, sameAssessment } from '@shared/model/same-assessment'
import { afterPresented } from '../after-presented'
import { db } from './index'
import type { ExternalSentence } from '@shared/brief/model'
import { getArticle, listArticleSummaries, listArticleTitles } from './articles'
import type { SentenceTable } from './database'
import {
  afterShown,
  importedArticle,
  importedGrades,
  importedTable,
  importedText,
  readBack,
  standsIn,
  type ImportedPart
} from './imported-text'
import { casesOfArticle, listCases } from './cases'
import { judgmentsOfCase } from './judgments'
import { foreignSentenceIds, loadForeignSentences } from './foreign-sentences'
import { linksOfArticle } from './links'
import { sameTable, sentencesOf } from './sentences'
import { gradeCount } from './assessments'

export function useArticleSummaries() {
  return useLiveQuery(() => listArticleSummaries(db), [])
}

/** Titles only, newest first: not re-read when a grade changes an article's counts. */
export function useArticleTitles() {
  return useLiveQuery(() => listArticleTitles(db), [])
}

export function useArticle(articleId: string | null): Article | null | undefined {
  return useLiveRead(articleId, readArticleOrNull, importedArticle, sameArticle, answered('article'))
}

const readArticleOrNull = async (articleId: string | null) =>
  articleId ? ((await readArticle(articleId)) ?? null) : null

/** Says that a part of an article was read: what its import handed over stands in for it no more. */
const answered = (part: ImportedPart) => (articleId: string | null) => readBack(articleId, part)

/**
 * A live read of `key` (an article's record, its sentence table, its links). Until it answers it
 * gives `handed(key)`: for an article an import has just handed over (imported-text.ts), so that
 * its first render waits for no read. A read that finds what is shown (`same`) gives nothing new,
 * so nothing renders again; one that finds a change (an edit, a split) is shown.
 */
function useLiveRead<K extends string | null, T>(
  key: K,
  read: (key: K) => Promise<T>,
  handed: (key: K) => NonNullable<T> | undefined,
  same: (found: NonNullable<T>, shown: NonNullable<T>) => boolean,
  onAnswer?: (key: K) => void
): T | undefined {
  const [state, setState] = useState<{ key: K; value: T }>()
  const [failure, setFailure] = useState<unknown>()
  if (failure) throw failure
  /** What was handed over, once a read found it unchanged: shown for this key from then on. */
  const confirmed = useRef<{ key: K; value: T }>(undefined)
  useEffect(() => {
    // What the page shows before the read answers: what was handed over, if anything.
    const first = handed(key)
    let shown: T | undefined = first
    let subscription: { unsubscribe(): void } | undefined
    const subscribe = () => {
      subscription = Dexie.liveQuery(() => read(key)).subscribe({
        next: (found) => {
          onAnswer?.(key)
          if (Object.is(found, shown)) return
          if (shown != null && found != null && same(found, shown)) {
            if (shown === first) confirmed.current = { key, value: first }
            return
          }
          shown = found
          setState({ key, value: found })
        },
        error: (error: unknown) => setFailure(() => error)
      })
    }
    // What was handed over is read back once the page has shown it (after the reader's own render
    // of it, when it holds the article back for one: afterShown): the read and its comparison (a
    // 76,000-sentence table's) wait for nothing shown, and a change made meanwhile is in what that
    // first read finds. Anything else is read at once.
    let cancelPresented: (() => void) | undefined
    let cancelShown: (() => void) | undefined
    if (first === undefined) subscribe()
    else cancelShown = afterShown(key, () => (cancelPresented = afterPresented(subscribe)))
    return () => {
      cancelShown?.()
      cancelPresented?.()
      subscription?.unsubscribe()
      confirmed.current = undefined
    }
    // read, handed, same and onAnswer are module functions: the key alone says what is read.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
  if (state?.key === key) return state.value
  if (confirmed.current?.key === key) return confirmed.current.value
  return handed(key)
}

/**
 * The article with its text. The text of one just imported is the one its import handed over
 * (imported-text.ts): only its key is read here, so that the query still hears of its deletion.
 */
async function readArticle(articleId: string): Promise<Article | undefined> {
  const text = importedText(articleId)
  if (text === undefined) return getArticle(db, articleId)
  const [meta, stored] = await Promise.all([
    db.articles.get(articleId),
    db.texts.where('articleId').equals(articleId).primaryKeys()
  ])
  return meta && stored.length > 0 ? { ...meta, text } : undefined
}

function sameArticle(a: Article, b: Article): boolean {
  const { text: textA, ...metaA } = a
  const { text: textB, ...metaB } = b
  return textA === textB && JSON.stringify(metaA) === JSON.stringify(metaB)
}

export function useSentences(articleId: string | null): Sentence[] | undefined {
  const table = useLiveRead(articleId, readTable, importedTable, sameTable, answered('sentences'))
  return useMemo(() => (table === undefined ? undefined : table ? sentencesOf(table) : []), [table])
}

const readTable = async (articleId: string | null): Promise<SentenceTable | null> =>
  articleId ? ((await db.sentences.get(articleId)) ?? null) : null

/** For each map of grades useAssessments made: the grade count when its read began. */
const readAfter = new WeakMap<ReadonlyMap<string, Assessment>, number>()

/**
 * How many of this session's numbered grades (gradeCount) the map holds, each as stored or as a
 * later write left it: its read was queued behind their writes.
 */
export function gradesReadAfter(map: ReadonlyMap<string, Assessment>): number {
  return readAfter.get(map) ?? -1
}

/**
 * The article's grades by sentence id, kept up to date by reading again only the rows a write
 * touched (Dexie says which, for writes in this window and in others): a grade in an article of
 * 76,000 graded sentences reads one row, not all of them. Unchanged grades keep their objects,
 * so only the changed sentence's view is derived again and only its paragraph renders.
 */
export function useAssessments(articleId: string | null): Map<string, Assessment> | undefined {
  const [read, setRead] = useState<{ articleId: string | null; map: Map<string, Assessment> }>()
  const [failure, setFailure] = useState<unknown>()
  if (failure) throw failure
  /** The grades the import handed over (none), once a read found none: shown from then on. */
  const confirmed = useRef<{ articleId: string | null; map: Map<string, Assessment> }>(undefined)
  useEffect(() => {
    // An article just imported has no grades: shown so until the first read, which keeps that map
    // when it finds none, so nothing renders again.
    const handed = importedGrades(articleId)
    const grades = liveGrades(
      articleId,
      handed,
      (map) => setRead({ articleId, map }),
      setFailure,
      (map) => {
        readBack(articleId, 'grades')
        if (handed && map === handed) confirmed.current = { articleId, map }
      }
    )
    return () => {
      grades.stop()
      confirmed.current = undefined
    }
  }, [articleId])
  if (read?.articleId === articleId) return read.map
  if (confirmed.current?.articleId === articleId) return confirmed.current.map
  return importedGrades(articleId)
}

/** Reads the article's grades, then the rows each write touches, handing on each new map. */
function liveGrades(
  articleId: string | null,
  shown: Map<string, Assessment> | undefined,
  onRead: (map: Map<string, Assessment>) => void,
  onError: (error: unknown) => void,
  onFirstRead: (map: Map<string, Assessment>) => void
): { stop: () => void } {
  let stopped = false
  /** The map shown: one handed over (an import's, none), then each read's. */
  let current = shown
  let answered = false
  /** Rows written since the last read began; `all` for a range (a deletion, a clear, a restore). */
  let touched: Set<string> | 'all' = 'all'
  let reading = false

  const readTouched = async (): Promise<void> => {
    reading = true
    try {
      while (!stopped && (touched === 'all' || touched.size > 0)) {
        const keys = touched
        touched = new Set()
        // Numbered grades up to here are queued before this read (see gradeCount).
        const after = gradeCount()
        const next = await (keys === 'all' || !current
          ? readAll(articleId, current)
          : readRows(articleId, current, keys))
        if (stopped) return
        // A map kept because a read of every row found it unchanged holds every grade up to here too.
        if (next !== current || keys === 'all') readAfter.set(next, after)
        if (next !== current) {
          current = next
          onRead(next)
        }
        if (!answered) {
          answered = true
          onFirstRead(next)
        }
      }
    } catch (error) {
      touched = 'all'
      // A library closed under the reader (deleted, replaced) is read again at its next write.
      if (!stopped && !['DatabaseClosedError', 'AbortError'].includes((error as Error)?.name)) onError(error)
    } finally {
      reading = false
    }
  }

  const onMutated = (parts: ObservabilitySet) => {
    const keys = touchedKeys(parts, db.name, 'assessments')
    if (!keys) return
    if (keys === 'all' || touched === 'all') touched = 'all'
    else for (const key of keys) touched.add(key)
    if (!reading) void readTouched()
  }

  Dexie.on('storagemutated', onMutated)
  void readTouched()
  return {
    stop: () => {
      stopped = true
      Dexie.on('storagemutated').unsubscribe(onMutated)
    }
  }
}

async function readAll(
  articleId: string | null,
  previous: Map<string, Assessment> | undefined
): Promise<Map<string, Assessment>> {
  const rows = articleId ? await db.assessments.where('articleId').equals(articleId).toArray() : []
  // None where none were: the same map, so nothing derived from it is derived again.
  if (rows.length === 0 && previous?.size === 0) return previous
  return assessmentMap(rows, previous)
}

/** `current` with the rows of `keys` read again; `current` itself when none is this article's. */
async function readRows(
  articleId: string | null,
  current: Map<string, Assessment>,
  keys: Set<string>
): Promise<Map<string, Assessment>> {
  const ids = [...keys].filter((id) => articleId !== null && id.startsWith(`${articleId}:`))
  if (ids.length === 0) return current
  const rows = await db.assessments.bulkGet(ids)
  const next = new Map(current)
  ids.forEach((id, i) => {
    const row = rows[i]
    const old = current.get(id)
    if (!row || row.articleId !== articleId) next.delete(id)
    else next.set(id, old && sameAssessment(old, row) ? old : row)
  })
  return next
}

/** The primary keys of `table` that a committed write touched; `all` when it names a range. */
function touchedKeys(
  parts: ObservabilitySet,
  dbName: string,
  table: string
): Set<string> | 'all' | undefined {
  if ((parts as { all?: unknown }).all) return 'all'
  let keys: Set<string> | undefined
  // Rows written, and rows deleted, by primary key.
  for (const part of ['', ':dels']) {
    const tree = parts[`idb://${dbName}/${table}/${part}`]
    if (!tree) continue
    keys ??= new Set()
    for (const range of RangeSet(tree)) {
      if (typeof range.from !== 'string' || range.from !== range.to) return 'all'
      keys.add(range.from)
    }
  }
  return keys
}

export function useSources(): Map<string, Source> | undefined {
  const rows = useLiveQuery(() => db.sources.orderBy('name').toArray(), [])
  return useMemo(() => rows && new Map(rows.map((s) => [s.id, s])), [rows])
}

export function useArticleLinks(articleId: string | null): Link[] | undefined {
  return useLiveRead(articleId, readLinks, importedLinks, bothNone, answered('links'))
}

const readLinks = async (articleId: string | null): Promise<Link[]> =>
  articleId ? linksOfArticle(db, articleId) : []

/** An article just imported has no links yet. */
const importedLinks = (articleId: string | null) => (standsIn(articleId, 'links') ? NO_LINKS : undefined)
const NO_LINKS: Link[] = []

/** Links read again are compared only when there are none: the one case a read keeps them. */
const bothNone = (found: Link[], shown: Link[]) => found.length === 0 && shown.length === 0

/** A sentence of another article that one of this article's links reaches. */
export type ForeignSentence = ExternalSentence

/** The sentences of other articles that the links touch, with their grades: for corroboration. */
export function useForeignSentences(
  articleId: string | null,
  links: Link[] | undefined
): Map<string, ForeignSentence> | undefined {
  const ids = useMemo(
    () => (articleId && links ? foreignSentenceIds(articleId, links) : undefined),
    [articleId, links]
  )
  // Links that reach no other article (most articles' links) need nothing read: the article
  // opened waits for no answer of this query, and its answer renders nothing again.
  return useLiveRead(ids ? ids.join('|') : null, readForeign, noForeign, bothEmpty)
}

const readForeign = async (key: string | null) =>
  key === null ? undefined : key === '' ? NO_FOREIGN : loadForeignSentences(db, key.split('|'))
const noForeign = (key: string | null) => (key === '' ? NO_FOREIGN : undefined)
const bothEmpty = (found: Map<string, ForeignSentence>, shown: Map<string, ForeignSentence>) =>
  found.size === 0 && shown.size === 0
const NO_FOREIGN = new Map<string, ForeignSentence>()

/** Every case, by name. */
export function useCases(): Case[] | undefined {
  return useLiveQuery(() => listCases(db), [])
}

/** The case, or `null` once it is known not to be in the library. */
export function useCase(caseId: string | null): Case | null | undefined {
  return useLiveQuery(async () => (caseId ? ((await db.cases.get(caseId)) ?? null) : null), [caseId])
}

/** A case's key judgments in their order. */
export function useJudgments(caseId: string | null): Judgment[] | undefined {
  return useLiveQuery(async () => (caseId ? judgmentsOfCase(db, caseId) : []), [caseId])
}

/** The cases an article belongs to, by name. */
export function useCasesOfArticle(articleId: string | null): Case[] | undefined {
  return useLiveQuery(async () => (articleId ? casesOfArticle(db, articleId) : []), [articleId])
}

/** Sentences of any article, quoted with their article's title and grading (a judgment's evidence). */
export function useQuotedSentences(ids: readonly string[]): Map<string, ExternalSentence> | undefined {
  const key = [...new Set(ids)].sort().join('|')
  return useLiveQuery(async () => loadForeignSentences(db, key ? key.split('|') : []), [key])
}

/** Every case by name and every key judgment: few enough to read whole, and any may cite this article. */
export function useCasesAndJudgments(): { cases: Case[]; judgments: Judgment[] } | undefined {
  return useLiveQuery(
    () =>
      db.transaction('r', db.cases, db.judgments, async () => ({
        cases: await db.cases.orderBy('name').toArray(),
        judgments: await db.judgments.toArray()
      })),
    []
  )
}
