// What the sentence index is built from, read through the database: every article's sentence
// table, watched, so that an import, a split, a merge, an undo, a restore or a deletion reaches the
// index from this one place whichever code made it.
import { liveQuery } from 'dexie'
import type { SentenceTable, SourcemarkDatabase } from './database'

/** Calls `onTables` with every sentence table now, and again after each change to any. Returns a stop. */
export function watchSentenceTables(
  db: SourcemarkDatabase,
  onTables: (tables: SentenceTable[]) => void,
  onError: (error: unknown) => void
): () => void {
  const subscription = liveQuery(() => db.sentences.toArray()).subscribe({ next: onTables, error: onError })
  return () => subscription.unsubscribe()
}

/** The article's text, or undefined when it is no longer in the library. */
export async function articleText(db: SourcemarkDatabase, articleId: string): Promise<string | undefined> {
  return (await db.texts.get(articleId))?.text
}
