// React reads the database only through these live queries; `undefined` means "loading".
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useRef } from 'react'
import type { Assessment, Case, Judgment, Link, Sentence, Source } from '@shared/model'
import { assessmentMap } from '@shared/model/same-assessment'
import { db } from './index'
import type { ExternalSentence } from '@shared/brief/model'
import { getArticle, listArticleSummaries, listArticleTitles } from './articles'
import { casesOfArticle, listCases } from './cases'
import { judgmentsOfCase } from './judgments'
import { foreignSentenceIds, loadForeignSentences } from './foreign-sentences'
import { linksOfArticle } from './links'
import { expandSentences } from './sentences'
import { gradeCount } from './assessments'

export function useArticleSummaries() {
  return useLiveQuery(() => listArticleSummaries(db), [])
}

/** Titles only, newest first: not re-read when a grade changes an article's counts. */
export function useArticleTitles() {
  return useLiveQuery(() => listArticleTitles(db), [])
}

export function useArticle(articleId: string | null) {
  return useLiveQuery(
    async () => (articleId ? ((await getArticle(db, articleId)) ?? null) : null),
    [articleId]
  )
}

export function useSentences(articleId: string | null): Sentence[] | undefined {
  const table = useLiveQuery(
    async () => (articleId ? ((await db.sentences.get(articleId)) ?? null) : null),
    [articleId]
  )
  return useMemo(() => (table === undefined ? undefined : table ? expandSentences(table) : []), [table])
}

/** For each map of grades useAssessments made: the grade count when its read began. */
const readAfter = new WeakMap<ReadonlyMap<string, Assessment>, number>()

/**
 * How many of this session's numbered grades (gradeCount) the map holds, each as stored or as a
 * later write left it: its read was queued behind their writes.
 */
export function gradesReadAfter(map: ReadonlyMap<string, Assessment>): number {
  return readAfter.get(map) ?? -1
}

export function useAssessments(articleId: string | null): Map<string, Assessment> | undefined {
  const read = useLiveQuery(async () => {
    const after = gradeCount()
    const rows = articleId ? await db.assessments.where('articleId').equals(articleId).toArray() : []
    return { rows, after }
  }, [articleId])
  // Every write re-reads the rows; unchanged grades keep their objects, so only the changed
  // sentence's view is derived again and only its paragraph renders.
  const previous = useRef<{ articleId: string | null; map: Map<string, Assessment> } | undefined>(undefined)
  return useMemo(() => {
    if (!read) return undefined
    const reuse = previous.current?.articleId === articleId ? previous.current.map : undefined
    const map = assessmentMap(read.rows, reuse)
    readAfter.set(map, read.after)
    previous.current = { articleId, map }
    return map
  }, [read, articleId])
}

export function useSources(): Map<string, Source> | undefined {
  const rows = useLiveQuery(() => db.sources.orderBy('name').toArray(), [])
  return useMemo(() => rows && new Map(rows.map((s) => [s.id, s])), [rows])
}

export function useArticleLinks(articleId: string | null): Link[] | undefined {
  return useLiveQuery(async () => (articleId ? linksOfArticle(db, articleId) : []), [articleId])
}

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
  return useLiveQuery(async () => (ids ? loadForeignSentences(db, ids) : undefined), [ids?.join('|')])
}

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
