// The article an import has just stored, as the import's worker handed it to the page with its
// answer: its text, and its record and sentence table as written. The reader's first open of that
// article shows it from here instead of reading the same rows back from IndexedDB. An article's
// text never changes after its import, so it stays right for as long as the article is in the
// library; its other rows may change (an edit, a split, a grade, a link), so they stand in for the
// library only until each part's first read of it answers, and the live reads follow from there.
// Only the latest import's is kept.
import type { Article, Assessment } from '@shared/model'
import type { ImportedRows } from './articles'
import type { SentenceTable } from './database'

/** The parts of an article its import's rows stand in for until they are first read back. */
export type ImportedPart = 'article' | 'sentences' | 'grades' | 'links'

let kept:
  | {
      articleId: string
      text: string
      article?: Article
      table?: SentenceTable
      /** Its grades: none, as imported. */
      grades: Map<string, Assessment>
      /** The parts read back since: the library's rows are shown from then on. */
      readBack: Set<ImportedPart>
    }
  | undefined

/**
 * Keeps the text the import of `articleId` stored, with the rows it wrote when they were handed
 * over too, in place of the last import's.
 */
export function keepImportedText(articleId: string, text: string, rows?: ImportedRows): void {
  const own = rows?.article.id === articleId && rows.table.articleId === articleId ? rows : undefined
  kept = {
    articleId,
    text,
    article: own && { ...own.article, text },
    table: own?.table,
    grades: new Map(),
    readBack: new Set()
  }
}

/** The text the latest import stored for `articleId`, if that was the article it imported. */
export function importedText(articleId: string | null): string | undefined {
  return kept && kept.articleId === articleId ? kept.text : undefined
}

/** Whether the import's rows still stand in for `part` of `articleId`: handed over, not yet read back. */
export function standsIn(articleId: string | null, part: ImportedPart): boolean {
  return kept?.articleId === articleId && kept.table !== undefined && !kept.readBack.has(part)
}

/**
 * The article, text included, as the latest import wrote it, while it stands in for the library's
 * (standsIn): the same object each time.
 */
export function importedArticle(articleId: string | null): Article | undefined {
  return standsIn(articleId, 'article') ? kept!.article : undefined
}

/** The sentence table the latest import wrote, as `importedArticle`. */
export function importedTable(articleId: string | null): SentenceTable | undefined {
  return standsIn(articleId, 'sentences') ? kept!.table : undefined
}

/** The article's grades as imported, none, as `importedArticle`. */
export function importedGrades(articleId: string | null): Map<string, Assessment> | undefined {
  return standsIn(articleId, 'grades') ? kept!.grades : undefined
}

/** Says that a live read of `part` of `articleId` has answered: the import's rows stand in for it no more. */
export function readBack(articleId: string | null, part: ImportedPart): void {
  if (kept?.articleId === articleId) kept.readBack.add(part)
}
