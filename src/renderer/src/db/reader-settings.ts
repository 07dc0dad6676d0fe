// How the analyst likes the reader laid out, kept in settings: a preference, not a record, so it
// is not in the audit trail and undo leaves it alone.
import { useLiveQuery } from 'dexie-react-hooks'
import type { SourcemarkDatabase } from './database'
import { db as library } from './index'

const SOURCE_MARGIN = 'reader:sourceMargin'
const LAST_ARTICLE = 'lastArticleId'

/** The article the reader last opened, as it was remembered (it may have been deleted since). */
export async function lastArticleId(db: SourcemarkDatabase): Promise<string | undefined> {
  const value = (await db.settings.get(LAST_ARTICLE))?.value
  return typeof value === 'string' ? value : undefined
}

/** Remembers the article the reader opened, to open it again at the next start. */
export async function rememberLastArticle(db: SourcemarkDatabase, articleId: string): Promise<void> {
  await db.settings.put({ key: LAST_ARTICLE, value: articleId })
}

/** Whether the reader shows each paragraph's sources in a column beside it. */
export async function sourceMargin(db: SourcemarkDatabase): Promise<boolean> {
  return (await db.settings.get(SOURCE_MARGIN))?.value === true
}

export async function setSourceMargin(db: SourcemarkDatabase, on: boolean): Promise<void> {
  await db.settings.put({ key: SOURCE_MARGIN, value: on })
}

/** The margin setting, live; false while it is read. */
export function useSourceMargin(): boolean {
  return useLiveQuery(() => sourceMargin(library), []) ?? false
}
