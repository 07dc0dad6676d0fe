// React reads the database only through these live queries; `undefined` means "loading".
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Assessment, Link, Sentence, Source } from '@shared/model'
import { db } from './index'
import type { ExternalSentence } from '@shared/brief/model'
import { getArticle, listArticleSummaries } from './articles'
import { foreignSentenceIds, loadForeignSentences } from './foreign-sentences'
import { linksOfArticle } from './links'
import { expandSentences } from './sentences'

export function useArticleSummaries() {
  return useLiveQuery(() => listArticleSummaries(db), [])
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

export function useAssessments(articleId: string | null): Map<string, Assessment> | undefined {
  const rows = useLiveQuery(
    async () => (articleId ? db.assessments.where('articleId').equals(articleId).toArray() : []),
    [articleId]
  )
  return useMemo(() => rows && new Map(rows.map((a) => [a.sentenceId, a])), [rows])
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

// Key judgments as the reader and inspector see them.
import type { Case, Judgment } from '@shared/model'

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
