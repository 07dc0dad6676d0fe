// React reads the database only through these live queries; `undefined` means "loading".
import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Assessment, Link, Sentence, Source } from '@shared/model'
import { db } from './index'
import { getArticle, listArticleSummaries } from './articles'
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
export interface ForeignSentence {
  sentence: Sentence
  articleTitle: string
  text: string
  assessment: Assessment | undefined
}

/** The sentences of other articles that the links touch, with their grades: for corroboration. */
export function useForeignSentences(
  articleId: string | null,
  links: Link[] | undefined
): Map<string, ForeignSentence> | undefined {
  const ids = useMemo(() => {
    if (!articleId || !links) return undefined
    const own = `${articleId}:`
    const found = new Set<string>()
    for (const link of links) {
      if (!link.fromSentenceId.startsWith(own)) found.add(link.fromSentenceId)
      if (link.target.kind === 'sentence' && !link.target.sentenceId.startsWith(own))
        found.add(link.target.sentenceId)
    }
    return [...found].sort()
  }, [articleId, links])
  return useLiveQuery(async () => {
    if (!ids) return undefined
    const result = new Map<string, ForeignSentence>()
    const byArticle = new Map<string, string[]>()
    for (const id of ids) {
      const otherId = id.slice(0, id.lastIndexOf(':'))
      byArticle.set(otherId, [...(byArticle.get(otherId) ?? []), id])
    }
    for (const [otherId, sentenceIds] of byArticle) {
      const [article, table] = await Promise.all([getArticle(db, otherId), db.sentences.get(otherId)])
      if (!article || !table) continue
      const wanted = new Set(sentenceIds)
      const assessments = await db.assessments.bulkGet(sentenceIds)
      for (const sentence of expandSentences(table)) {
        if (!wanted.has(sentence.id)) continue
        result.set(sentence.id, {
          sentence,
          articleTitle: article.title,
          text: article.text.slice(sentence.start, sentence.end),
          assessment: assessments[sentenceIds.indexOf(sentence.id)]
        })
      }
    }
    return result
  }, [ids?.join('|')])
}
