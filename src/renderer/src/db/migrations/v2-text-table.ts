// Version 2: brings both layouts that were stored under version 1 to the stand-off layout.
//
// Two layouts were written as Dexie version 1. Before the text table existed, an article row held
// its text and a sentence row held plain arrays with kinds as words; after it, the text lives in
// `texts` and the columns are typed arrays with kinds as codes. Dexie then added the missing
// table on its own to an old library, so one library may mix both: each row is recognised by its
// shape, never by the version number. History entries are left as written: their hashes cover
// the rows as they were then, and rewriting them would break the audit trail.
import type { Transaction } from 'dexie'
import { SENTENCE_KINDS, type SentenceKind, type SentenceTable } from '@shared/model'
import type { ArticleRecord, ArticleText } from '../database'
import { MigrationError } from './migration-error'

export async function upgradeToVersion2(tx: Transaction): Promise<void> {
  const articles = tx.table<Record<string, unknown>, string>('articles')
  const texts = tx.table<ArticleText, string>('texts')
  const sentences = tx.table<SentenceTable, string>('sentences')

  const articleRows = await articles.toArray()
  const stored = new Map((await texts.toArray()).map((t) => [t.articleId, t.text]))
  const movedTexts: ArticleText[] = []
  const lightArticles: ArticleRecord[] = []
  for (const row of articleRows) {
    const { article, text } = splitArticleRow(row, stored.get(row.id as string))
    if (text !== undefined) {
      movedTexts.push({ articleId: article.id, text })
      lightArticles.push(article)
    }
  }
  const tables = (await sentences.toArray()).map((row) =>
    sentenceRowToTable(row as unknown as Record<string, unknown>)
  )

  await texts.bulkPut(movedTexts)
  await articles.bulkPut(lightArticles)
  await sentences.bulkPut(tables)
}

/**
 * An article row as the current layout stores it, and the text to move into `texts` when the row
 * held it (undefined when the row is already light and its text is in `texts`).
 */
export function splitArticleRow(
  row: Record<string, unknown>,
  storedText: string | undefined
): { article: ArticleRecord; text: string | undefined } {
  const id = row.id
  if (typeof id !== 'string' || !id) throw new MigrationError('articles', id, 'the article has no id')
  const { text, ...rest } = row
  const article = rest as unknown as ArticleRecord
  if (text === undefined) {
    if (storedText === undefined) throw new MigrationError('articles', id, 'the article’s text is missing')
    return { article, text: undefined }
  }
  if (typeof text !== 'string') throw new MigrationError('articles', id, 'the article’s text is not text')
  if (storedText !== undefined && storedText !== text) {
    throw new MigrationError(
      'articles',
      id,
      'the article holds a text that differs from the one stored for it'
    )
  }
  return { article, text }
}

/** A sentence row of either layout as the typed-array table; throws for any other shape. */
export function sentenceRowToTable(row: Record<string, unknown>): SentenceTable {
  const articleId = row.articleId
  if (typeof articleId !== 'string' || !articleId) {
    throw new MigrationError('sentences', articleId, 'the sentence table names no article')
  }
  const fail = (reason: string): never => {
    throw new MigrationError('sentences', articleId, reason)
  }
  if (!Number.isInteger(row.nextSeq) || (row.nextSeq as number) < 0) fail('nextSeq is not a whole number')
  const seqs = uint32Column(row.seqs, 'seqs', fail)
  const starts = uint32Column(row.starts, 'starts', fail)
  const ends = uint32Column(row.ends, 'ends', fail)
  const kinds = kindColumn(row.kinds, fail)
  const n = seqs.length
  if (starts.length !== n || ends.length !== n || kinds.length !== n) {
    fail('its columns have different lengths')
  }
  return { articleId, nextSeq: row.nextSeq as number, seqs, starts, ends, kinds }
}

function uint32Column(value: unknown, name: string, fail: (reason: string) => never): Uint32Array {
  if (value instanceof Uint32Array) return value
  if (!Array.isArray(value)) return fail(`${name} is neither a list of numbers nor a Uint32Array`)
  value.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 0 || n > 0xffffffff)
      fail(`${name}[${i}] is ${JSON.stringify(n)}, not a position`)
  })
  return Uint32Array.from(value as number[])
}

function kindColumn(value: unknown, fail: (reason: string) => never): Uint8Array {
  if (value instanceof Uint8Array) {
    value.forEach((code, i) => {
      if (code >= SENTENCE_KINDS.length) fail(`kinds[${i}] is ${code}, not a kind`)
    })
    return value
  }
  if (!Array.isArray(value)) return fail('kinds is neither a list of kinds nor a Uint8Array')
  return Uint8Array.from(value, (kind: unknown, i) => {
    const code = typeof kind === 'string' ? SENTENCE_KINDS.indexOf(kind as SentenceKind) : -1
    if (code < 0) fail(`kinds[${i}] is ${JSON.stringify(kind)}, not a kind`)
    return code
  })
}
