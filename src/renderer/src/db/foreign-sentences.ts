// Sentences of other articles that an article's evidence links reach: the reader needs their
// grades for corroboration, the brief quotes them. Found and loaded in one place for both.
import type { ExternalSentence } from '@shared/brief/model'
import type { Link } from '@shared/model'
import { getArticle } from './articles'
import type { SourcemarkDatabase } from './database'
import { expandSentences } from './sentences'

/** The ids, sorted, of sentences outside `articleId` that its links come from or point to. */
export function foreignSentenceIds(articleId: string, links: readonly Link[]): string[] {
  const own = `${articleId}:`
  const found = new Set<string>()
  for (const link of links) {
    if (!link.fromSentenceId.startsWith(own)) found.add(link.fromSentenceId)
    if (link.target.kind === 'sentence' && !link.target.sentenceId.startsWith(own)) {
      found.add(link.target.sentenceId)
    }
  }
  return [...found].sort()
}

/** Those sentences with their article's title, their words and their grade; gone ones are left out. */
export async function loadForeignSentences(
  db: SourcemarkDatabase,
  ids: readonly string[]
): Promise<Map<string, ExternalSentence>> {
  const byArticle = new Map<string, string[]>()
  for (const id of ids) {
    const articleId = id.slice(0, id.lastIndexOf(':'))
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), id])
  }
  const result = new Map<string, ExternalSentence>()
  for (const [articleId, sentenceIds] of byArticle) {
    const [article, table] = await Promise.all([getArticle(db, articleId), db.sentences.get(articleId)])
    if (!article || !table) continue
    const assessments = await db.assessments.bulkGet(sentenceIds)
    const wanted = new Map(sentenceIds.map((id, i) => [id, assessments[i]]))
    for (const sentence of expandSentences(table)) {
      if (!wanted.has(sentence.id)) continue
      result.set(sentence.id, {
        sentence,
        articleTitle: article.title,
        text: article.text.slice(sentence.start, sentence.end),
        assessment: wanted.get(sentence.id)
      })
    }
  }
  return result
}
