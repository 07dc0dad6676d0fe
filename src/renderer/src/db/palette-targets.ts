// What the command palette jumps to besides sentences and sources: the articles, by title and outlet.
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
