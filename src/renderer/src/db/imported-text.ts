// The article an import has just stored, as the import's worker handed it to the page with its
// answer: its text, and its record and sentence table as written. The reader's first open of that
// article shows it from here instead of reading the same rows back from IndexedDB. An article's
// text never changes after its import, so it stays right for as long as the article is in the
// library; its other rows may change (an edit, a split, a grade, a link), so they stand in for the
// library only until each part's first read of it answers, and the live reads follow from there.
// Only the latest import's is kept.
import type { Article, Assessment } from '@shared/model'
import { afterPresented } from '../after-presented'
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
      /** Read-backs waiting for the reader to show the article (holdReadBack), each with its start. */
      held?: Set<() => void>
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

/**
 * Says that the reader holds `articleId`, just imported, back for a render of its own after the
 * one taking the last article out (use-workspace.ts): the reads that confirm what was handed over
 * wait (afterShown) until it is shown (releaseReadBack), so that neither they nor their answers
 * run in the middle of that render.
 */
export function holdReadBack(articleId: string | null): void {
  if (kept?.articleId === articleId && kept.table !== undefined) kept.held ??= new Set()
}

/**
 * Says that the reader shows `articleId`: the read-backs held for it start, and the announcement
 * of its import, if it waits for this, goes out after this frame (announceOnceShown).
 */
export function releaseReadBack(articleId: string | null): void {
  if (announcing?.articleId === articleId) afterPresented(announcing.send)
  if (kept?.articleId !== articleId || !kept.held) return
  const held = kept.held
  kept.held = undefined
  for (const start of held) start()
}

/**
 * Runs `then` once the reader shows `articleId` when it holds it back (holdReadBack), else at
 * once. The function returned cancels a `then` still waiting.
 */
export function afterShown(articleId: string | null, then: () => void): () => void {
  const held = kept?.articleId === articleId ? kept.held : undefined
  if (!held) {
    then()
    return () => undefined
  }
  held.add(then)
  return () => held.delete(then)
}

/** The latest import's announcement, while it waits for the reader (see announceOnceShown). */
let announcing: { articleId: string; send: () => void } | undefined

/** The latest announcement is sent at the latest this long after its import's answer. */
const ANNOUNCE_AFTER_MS = 2_000

/**
 * Sends what the import of `articleId`, an article the page opens, wrote (`announce`: to this
 * page's live queries and to other windows) once the reader has shown that article, after the
 * frame showing it: the library's list, counts and cases read again after the render of the new
 * article, not in the middle of it, where their reads and renders took turns with its slices. Sent
 * at the latest after ANNOUNCE_AFTER_MS (a reader that moved on before showing it); a newer
 * import sends the one before at once.
 */
export function announceOnceShown(articleId: string, announce: () => void): void {
  announcing?.send()
  let sent = false
  const send = () => {
    if (sent) return
    sent = true
    if (announcing?.send === send) announcing = undefined
    clearTimeout(latest)
    announce()
  }
  announcing = { articleId, send }
  const latest = setTimeout(send, ANNOUNCE_AFTER_MS)
}
