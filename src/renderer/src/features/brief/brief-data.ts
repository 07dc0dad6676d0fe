// Gathers everything a brief about one article needs, in one read transaction.
import type { BriefInput } from '@shared/brief/markdown'
import { db } from '../../db'
import { getArticle } from '../../db/articles'
import { linksOfArticle } from '../../db/links'
import { foreignSentenceIds, loadForeignSentences } from '../../db/foreign-sentences'
import { expandSentences } from '../../db/sentences'

export interface BriefHeader {
  title: string
  analyst?: string
  handling?: string
  bluf?: string
}

export async function loadBriefInput(articleId: string, header: BriefHeader): Promise<BriefInput> {
  return db.transaction(
    'r',
    [db.articles, db.texts, db.sentences, db.assessments, db.links, db.sources],
    async () => {
      const article = await getArticle(db, articleId)
      const table = await db.sentences.get(articleId)
      if (!article || !table) throw new Error('The article is no longer in the library.')
      const sentences = expandSentences(table)
      const assessments = await db.assessments.where('articleId').equals(articleId).toArray()
      const links = await linksOfArticle(db, articleId)
      const sources = await db.sources.toArray()

      // Links may reach sentences of other articles: quote those too, with their grades.
      const foreign = await loadForeignSentences(db, foreignSentenceIds(articleId, links))
      return {
        ...withoutBlanks(header),
        title: header.title.trim() || article.title,
        generatedAt: new Date().toISOString(),
        articles: [{ article, sentences, assessments, links }],
        sources,
        externalSentences: [...foreign.values()]
      }
    }
  )
}

function withoutBlanks(header: BriefHeader): Partial<BriefHeader> {
  return Object.fromEntries(Object.entries(header).filter(([, v]) => typeof v === 'string' && v.trim()))
}
