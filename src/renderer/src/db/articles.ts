// Importing and listing articles. An import is one transaction: article, sentences, history.
import Dexie from 'dexie'
import { textSizeRefusal } from '@shared/files/size-limit'
import type { LongRunSplit } from '@shared/segment/long-runs'
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import { rememberTableDigest } from '@shared/segment/table-bytes'
import type { Article, ArticleOriginKind, Judgment, JudgmentEvidence } from '@shared/model'
import type { ArticleRecord, SentenceTable, SourcemarkDatabase } from './database'
import { chainHead, runAction } from './history'
import { linksOfArticle } from './links'

export interface ArticleDraft {
  title: string
  text: string
  origin: ArticleOriginKind
  fileName?: string
  mediaType?: string
  language?: string
  outlet?: string
  author?: string
  publishedAt?: string
  url?: string
}

export type ImportOutcome =
  | {
      kind: 'imported'
      articleId: string
      sentenceCount: number
      /** Runs without a sentence end that were split into parts, to be said with the outcome. */
      split: LongRunSplit
    }
  | { kind: 'duplicate'; articleId: string; title: string }

/**
 * Prepares an article's text for storing: normalised, fingerprinted, segmented, as its table.
 * `onStage` hears the stages it reaches ('normalising', 'segmenting').
 */
export type TextPreparer = (
  text: string,
  language: string,
  onStage?: (stage: ImportStage) => void
) => Promise<PreparedText>

/**
 * On the calling thread with the JS hash, for tests. The segmenter is fetched when first used: the
 * app imports through the worker, so it is no part of the first load, nor are the hashes.
 */
const prepareInline: TextPreparer = async (text, language, onStage) =>
  (await import('./prepare-inline')).prepareInline(text, language, onStage)

export interface ImportOptions {
  /** Where the text is prepared: `prepareOffThread` keeps a long import off the UI thread. */
  prepare?: TextPreparer
  /** Told as each stage of the import starts: reading, normalising, segmenting, saving. */
  onStage?: (stage: ImportStage) => void
  /**
   * Cancels the import: checked before the write and again inside its transaction after the rows
   * are put, so a cancel heard during the write aborts the transaction and nothing is stored.
   */
  signal?: AbortSignal
  /**
   * Told the article's record and its sentence table as the import wrote them, once its
   * transaction has committed: the page shows a new article from these before reading it back.
   */
  onStored?: (rows: ImportedRows) => void
}

/** An imported article's record (its text apart) and sentence table, as its import wrote them. */
export interface ImportedRows {
  article: ArticleRecord
  table: SentenceTable
}

/** The language an article's text is prepared in: the draft's own, or English when it names none. */
export function importLanguage(draft: Pick<ArticleDraft, 'language'>): string {
  return draft.language ?? 'en'
}

/** Thrown for input the analyst must fix; the message names the field and the reason. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ImportError'
  }
}

/**
 * Imports an article in one transaction: article, text, sentence table, history. The text is
 * prepared first (see `TextPreparer`); this thread only checks the details and writes the rows.
 */
export async function importArticle(
  db: SourcemarkDatabase,
  draft: ArticleDraft,
  { prepare = prepareInline, onStage, signal, onStored }: ImportOptions = {}
): Promise<ImportOutcome> {
  signal?.throwIfAborted()
  onStage?.('reading')
  const title = draft.title.trim()
  const what = draft.fileName ? `“${draft.fileName}”` : 'Article text'
  if (!title) throw new ImportError('Title: an article needs a title.')
  checkDetails(draft)
  // A file over the limit is refused by its size before it is read; a pasted text here, by its
  // UTF-8 size (a file's decoded text may be larger than the file, and was accepted by its size).
  const tooLarge = draft.origin === 'paste' ? textSizeRefusal('Article text', draft.text) : null
  if (tooLarge) throw new ImportError(tooLarge)

  const language = importLanguage(draft)
  const { text, sha256, table, tableSha256, split } = await prepare(draft.text, language, onStage)
  if (!text) throw new ImportError(`${what}: there is no text to import.`)
  // Hashed where the table was built, so the history entry below does not hash it again here.
  rememberTableDigest(table, tableSha256)
  const known = await findBySha256(db, sha256)
  if (known) return { kind: 'duplicate', articleId: known.id, title: known.title }

  signal?.throwIfAborted()
  onStage?.('saving')
  const article: Article = {
    id: table.articleId,
    title,
    language,
    text,
    importedAt: new Date().toISOString(),
    origin: { kind: draft.origin, sha256, fileName: draft.fileName, mediaType: draft.mediaType },
    ...optional(
      {
        outlet: draft.outlet?.trim(),
        author: draft.author?.trim(),
        publishedAt: draft.publishedAt?.trim(),
        url: draft.url?.trim()
      },
      ['outlet', 'author', 'publishedAt', 'url']
    )
  }
  const { text: _text, ...meta } = article
  return runAction(db, [db.articles, db.texts, db.sentences], async (record): Promise<ImportOutcome> => {
    // Checked again inside the transaction: another tab may have imported the same text meanwhile.
    // The history's end is read alongside, for the first entry: nothing below writes history first.
    // An article's id is its text's fingerprint (articleIdOf), so a text row already under it is
    // this very text, written ahead of the import (writeTextAhead): it is kept, not written again.
    const head = chainHead(db)
    const [raced, written] = await Promise.all([findBySha256(db, sha256), hasTextRow(db, article.id), head])
    if (raced) return { kind: 'duplicate', articleId: raced.id, title: raced.title }
    // The rows are independent: placed together, they take one round trip, not three. The
    // article's entry goes with them, its state from the row as added (not read back), and the
    // table's entry follows it on the chain's end it made.
    const articleEntry = record(
      { entity: 'article', entityId: article.id, before: null, after: { title, sha256 } },
      head,
      meta
    )
    await Promise.all([
      db.articles.add(meta),
      written ? undefined : db.texts.add({ articleId: article.id, text }),
      db.sentences.add(table),
      articleEntry,
      record({ entity: 'sentences', entityId: article.id, before: null, after: table }, articleEntry)
    ])
    // Thrown inside the transaction, a cancel heard while the rows were put aborts all of them.
    signal?.throwIfAborted()
    return { kind: 'imported', articleId: article.id, sentenceCount: table.seqs.length, split }
  }).then((outcome) => {
    if (outcome.kind === 'imported') onStored?.({ article: meta, table })
    return outcome
  })
}

/** Whether a text row is stored under `articleId`: its key alone is read, never the text. */
async function hasTextRow(db: SourcemarkDatabase, articleId: string): Promise<boolean> {
  return (await db.texts.where('articleId').equals(articleId).primaryKeys()).length > 0
}

/**
 * Writes the text of an import prepared ahead, under the article id its preparation made of it,
 * while the analyst still reads the import form: its import then keeps that row and writes only
 * the small ones, instead of serialising the whole text (5 MB, 10 MB in memory) in its own
 * transaction. Not written when the text is in the library already (the import will say so) or
 * the article exists. Until its import the row belongs to no article: nothing lists, exports,
 * verifies or counts it, and it is dropped with its preparation (dropTextAhead), or when the
 * library next opens (dropTextsAhead). Resolves with whether it was written.
 */
export async function writeTextAhead(
  db: SourcemarkDatabase,
  { articleId, text, sha256 }: { articleId: string; text: string; sha256: string }
): Promise<boolean> {
  const [known, taken] = await Promise.all([findBySha256(db, sha256), db.articles.get(articleId)])
  if (known || taken) return false
  // In a transaction of the texts alone, so the library's lists read on while the text is written;
  // added, never put: a row already there (an article's, corrected since, or another window's text
  // written ahead) is left as it is.
  try {
    await db.texts.add({ articleId, text })
    return true
  } catch (error) {
    if (error instanceof Dexie.ConstraintError) return false
    throw error
  }
}

/** Drops the text written ahead under `articleId`, unless an import has made it its article's. */
export function dropTextAhead(db: SourcemarkDatabase, articleId: string): Promise<void> {
  return db.transaction('rw', [db.articles, db.texts], async () => {
    if (!(await db.articles.get(articleId))) await db.texts.delete(articleId)
  })
}

/**
 * Drops every text row that belongs to no article: texts written ahead of imports that never
 * came (the window closed first). Keys alone are read. Resolves with how many were dropped.
 */
export function dropTextsAhead(db: SourcemarkDatabase): Promise<number> {
  return db.transaction('rw', [db.articles, db.texts], async () => {
    const [texts, articles] = await Promise.all([
      db.texts.toCollection().primaryKeys(),
      db.articles.toCollection().primaryKeys()
    ])
    const known = new Set(articles)
    const orphans = texts.filter((id) => !known.has(id))
    await db.texts.bulkDelete(orphans)
    return orphans.length
  })
}

/** The stored article whose normalised text has this fingerprint: how an import knows a duplicate. */
export function findBySha256(db: SourcemarkDatabase, sha256: string): Promise<ArticleRecord | undefined> {
  return db.articles.where('origin.sha256').equals(sha256).first()
}

/** The article's record, without its text; undefined when it is no longer in the library. */
export function getArticleRecord(db: SourcemarkDatabase, id: string): Promise<ArticleRecord | undefined> {
  return db.articles.get(id)
}

/** The article imported last; undefined when the library holds none. */
export function newestArticle(db: SourcemarkDatabase): Promise<ArticleRecord | undefined> {
  return db.articles.orderBy('importedAt').last()
}

/** The article with its text: the two live in separate tables so that listing stays light. */
export async function getArticle(db: SourcemarkDatabase, id: string): Promise<Article | undefined> {
  const [meta, text] = await Promise.all([getArticleRecord(db, id), db.texts.get(id)])
  return meta && text ? { ...meta, text: text.text } : undefined
}

/**
 * The details must mean what they say: a title, a web address, a calendar date, a language tag.
 * The one rule for an import and for an edit after it; each message names the field.
 */
export function checkDetails(
  draft: Partial<Pick<ArticleDraft, 'title' | 'url' | 'publishedAt' | 'language'>>
): void {
  if (draft.title !== undefined && !draft.title.trim())
    throw new ImportError('Title: an article needs a title.')
  const language = draft.language?.trim()
  if (language !== undefined && !/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(language)) {
    throw new ImportError(`Language: “${language}” is not a language tag (e.g. en, uk, de-AT).`)
  }
  const url = draft.url?.trim()
  if (url) {
    let parsed: URL | null = null
    try {
      parsed = new URL(url)
    } catch {
      // reported below
    }
    if (!parsed || !['http:', 'https:'].includes(parsed.protocol)) {
      throw new ImportError(`URL: “${url}” is not a web address (http:// or https://).`)
    }
  }
  const date = draft.publishedAt?.trim()
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date)))) {
    throw new ImportError(`Published: “${date}” is not a date (YYYY-MM-DD).`)
  }
}

function optional<T extends object, K extends keyof T>(value: T, keys: K[]): Partial<Pick<T, K>> {
  const out: Partial<Pick<T, K>> = {}
  for (const key of keys) if (value[key] !== undefined && value[key] !== '') out[key] = value[key]
  return out
}

export interface ArticleSummary {
  id: string
  title: string
  importedAt: string
  sentenceCount: number
  gradedCount: number
}

/**
 * The library list: newest first, with each article's sentence and graded counts. The counts come
 * from one small row per article (article-counts.ts), never from its sentences or grades.
 */
export async function listArticleSummaries(db: SourcemarkDatabase): Promise<ArticleSummary[]> {
  return db.transaction('r', [db.articles, db.articleCounts], async () => {
    const [articles, counts] = await Promise.all([newestFirst(db), db.articleCounts.toArray()])
    const countsOf = new Map(counts.map((c) => [c.articleId, c]))
    return articles.map((a) => ({
      id: a.id,
      title: a.title,
      importedAt: a.importedAt,
      sentenceCount: countsOf.get(a.id)?.sentences ?? 0,
      gradedCount: countsOf.get(a.id)?.graded ?? 0
    }))
  })
}

/** Every article's title, newest first: for pickers, which need no counts. */
export async function listArticleTitles(db: SourcemarkDatabase): Promise<{ id: string; title: string }[]> {
  return (await newestFirst(db)).map((a) => ({ id: a.id, title: a.title }))
}

function newestFirst(db: SourcemarkDatabase): Promise<ArticleRecord[]> {
  return db.articles.orderBy('importedAt').reverse().toArray()
}

export { isGraded } from './article-counts'

/**
 * Deletes an article with everything hung on it: its sentences, assessments and the links from or
 * to its sentences; it leaves every case it was in, and key judgments lose the evidence its
 * sentences gave them. One undoable action: undo puts every row back as it was.
 */
export async function deleteArticle(db: SourcemarkDatabase, articleId: string): Promise<void> {
  await runAction(
    db,
    [db.articles, db.texts, db.sentences, db.assessments, db.links, db.cases, db.judgments],
    async (record) => {
      const article = await db.articles.get(articleId)
      if (!article) throw new Error('The article is no longer in the library.')
      for (const before of await db.cases.where('articleIds').equals(articleId).toArray()) {
        const after = { ...before, articleIds: before.articleIds.filter((id) => id !== articleId) }
        await db.cases.put(after)
        await record({ entity: 'case', entityId: before.id, before, after })
      }
      const prefix = `${articleId}:`
      const inArticle = (id: string | undefined) => id !== undefined && id.startsWith(prefix)
      const cited = (e: JudgmentEvidence) => e.target.kind === 'sentence' && inArticle(e.target.sentenceId)
      for (const before of await db.judgments
        .filter((j) => inArticle(j.startedFrom) || j.evidence.some(cited))
        .toArray()) {
        const { startedFrom, ...rest } = before
        const after: Judgment = {
          ...rest,
          evidence: before.evidence.filter((e) => !cited(e)),
          ...(startedFrom !== undefined && !inArticle(startedFrom) ? { startedFrom } : {})
        }
        await db.judgments.put(after)
        await record({ entity: 'judgment', entityId: before.id, before, after })
      }
      const links = await linksOfArticle(db, articleId)
      for (const link of links) {
        await db.links.delete(link.id)
        await record({ entity: 'link', entityId: link.id, before: link, after: null })
      }
      for (const assessment of await db.assessments.where('articleId').equals(articleId).toArray()) {
        await db.assessments.delete(assessment.sentenceId)
        await record({
          entity: 'assessment',
          entityId: assessment.sentenceId,
          before: assessment,
          after: null
        })
      }
      const sentences = await db.sentences.get(articleId)
      await db.sentences.delete(articleId)
      await record({ entity: 'sentences', entityId: articleId, before: sentences ?? null, after: null })
      const text = await db.texts.get(articleId)
      await db.texts.delete(articleId)
      await record({ entity: 'text', entityId: articleId, before: text ?? null, after: null })
      await db.articles.delete(articleId)
      await record({ entity: 'article', entityId: articleId, before: article, after: null })
    },
    'Delete article'
  )
}

const DETAIL_KEYS = ['title', 'language', 'outlet', 'author', 'publishedAt', 'url'] as const

/** What the analyst may correct after import: everything but the text and where it came from. */
export type ArticleDetails = Pick<Article, 'title' | 'language'> &
  Partial<Pick<Article, 'outlet' | 'author' | 'publishedAt' | 'url'>>

/**
 * Corrects an article's details (title, outlet, author, date, address, language) as one undoable
 * action recorded in the history. Checked like an import; a refused edit writes nothing.
 */
export async function updateArticleDetails(
  db: SourcemarkDatabase,
  articleId: string,
  details: ArticleDetails
): Promise<ArticleRecord> {
  checkDetails(details)
  return runAction(
    db,
    [db.articles],
    async (record) => {
      const before = await db.articles.get(articleId)
      if (!before) throw new Error('The article is no longer in the library.')
      const { outlet: _o, author: _a, publishedAt: _p, url: _u, ...kept } = before
      const after: ArticleRecord = {
        ...kept,
        title: details.title.trim(),
        language: details.language.trim(),
        ...optional(
          {
            outlet: details.outlet?.trim(),
            author: details.author?.trim(),
            publishedAt: details.publishedAt?.trim(),
            url: details.url?.trim()
          },
          ['outlet', 'author', 'publishedAt', 'url']
        )
      }
      if (DETAIL_KEYS.every((key) => after[key] === before[key])) return before
      await db.articles.put(after)
      await record({ entity: 'article', entityId: articleId, before, after })
      return after
    },
    'Edit article details'
  )
}
