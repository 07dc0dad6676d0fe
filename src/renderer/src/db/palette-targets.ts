// What the command palette jumps to besides sentences: the articles (by title and outlet) and, for
// a source, the first sentence that cites it.
import { sentenceId } from '@shared/model'
import type { SourcemarkDatabase } from './database'

export interface PaletteArticle {
  id: string
  title: string
  outlet?: string
}

/** Every article's title and outlet, newest first; no text is read. */
export async function listPaletteArticles(db: SourcemarkDatabase): Promise<PaletteArticle[]> {
  const articles = await db.articles.orderBy('importedAt').reverse().toArray()
  return articles.map(({ id, title, outlet }) => ({ id, title, outlet }))
}

/**
 * The first sentence, in reading order, of the newest article citing the source, or null when no
 * assessment names it.
 */
export async function firstSentenceCiting(db: SourcemarkDatabase, sourceId: string): Promise<string | null> {
  const citing = await db.assessments
    .filter((a) => a.attributions.some((x) => x.sourceId === sourceId))
    .toArray()
  if (citing.length === 0) return null
  const articles = (await db.articles.bulkGet([...new Set(citing.map((a) => a.articleId))])).filter(
    (a) => a !== undefined
  )
  const newest = articles.reduce((a, b) => (b.importedAt > a.importedAt ? b : a))
  const table = await db.sentences.get(newest.id)
  if (!table) return null
  const wanted = new Set(citing.filter((a) => a.articleId === newest.id).map((a) => a.sentenceId))
  for (let i = 0; i < table.seqs.length; i++) {
    const id = sentenceId(newest.id, table.seqs[i])
    if (wanted.has(id)) return id
  }
  return null
}
