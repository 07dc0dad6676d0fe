// Several files picked or dropped at once: one row per file, what each would become if imported,
// and what the import made of it. Pure — the rows are read by batch-read.ts and imported by
// batch-import.ts; nothing here touches the database or the page.
import type { ArticleDraft } from '../../db/articles'
import type { ChosenFile, PickedFile } from '../../platform'
import type { ReadArticle, ReadProgress } from './read-file'

/** The details an analyst may change before import; each row has its own. */
export interface RowDetails {
  title: string
  outlet: string
  author: string
  /** YYYY-MM-DD */
  publishedAt: string
  url: string
}

export const NO_DETAILS: RowDetails = { title: '', outlet: '', author: '', publishedAt: '', url: '' }

/** An article already in the library. */
export interface KnownArticle {
  articleId: string
  title: string
}

/** What reading a file gave. */
export type RowRead =
  | { kind: 'waiting' }
  | { kind: 'reading'; progress?: ReadProgress }
  | {
      kind: 'article'
      article: ReadArticle
      /** The fingerprint the import gives the text: the same text has the same one. */
      sha256: string
      /** Counted by the import's own segmenter, in its worker. */
      sentenceCount: number
      /** The stored article with the same text, if any. */
      known?: KnownArticle
    }
  | { kind: 'invalid-utf8'; message: string }
  | { kind: 'password'; wrong: boolean }
  | { kind: 'backup' }
  | { kind: 'refused'; message: string }

/** What the import made of a row. */
export type RowResult =
  | { kind: 'imported'; articleId: string; sentenceCount: number; note?: string }
  | { kind: 'duplicate'; articleId: string; title: string }
  | { kind: 'failed'; message: string }
  | { kind: 'cancelled' }

export interface BatchRow {
  id: number
  fileName: string
  /** The file's bytes; absent for a file refused before it was read. */
  file?: PickedFile
  read: RowRead
  details: RowDetails
  /** Unticked: left out of the import. */
  included: boolean
  /** Why the file is damaged UTF-8 (its invalid sequences and where), once read as such. */
  damaged?: string
  /** The analyst agreed to import damaged UTF-8 with U+FFFD in its invalid sequences. */
  agreed: boolean
  result?: RowResult
}

/** What a row would become if imported now. */
export type RowOutcome =
  | { kind: 'reading'; progress?: ReadProgress; waiting: boolean }
  | { kind: 'ready' }
  | { kind: 'duplicate'; title: string; articleId?: string; inBatch: boolean; ofRow?: number }
  | { kind: 'needs-agreement'; message: string }
  | { kind: 'needs-password'; wrong: boolean }
  | { kind: 'backup' }
  | { kind: 'refused'; message: string }

/** One row per chosen file, in the order chosen; a file refused before reading is refused on its row. */
export function rowsOf(files: ChosenFile[]): BatchRow[] {
  return files.map((file, id) => ({
    id,
    fileName: file.fileName,
    ...('refusal' in file
      ? { read: { kind: 'refused', message: file.refusal } as const }
      : { file, read: { kind: 'waiting' } as const }),
    details: NO_DETAILS,
    included: true,
    agreed: false
  }))
}

/** A row once read: an article's details are its own, never another row's. */
export function withRead(row: BatchRow, read: RowRead): BatchRow {
  if (read.kind === 'invalid-utf8') return { ...row, read, damaged: read.message, agreed: false }
  if (read.kind !== 'article') return { ...row, read }
  const { article } = read
  return {
    ...row,
    read,
    details: {
      title: article.title ?? '',
      outlet: article.outlet ?? '',
      author: article.author ?? '',
      publishedAt: article.publishedAt ?? '',
      url: article.url ?? ''
    }
  }
}

/**
 * Each row's outcome. A text already in the library is a duplicate of that article; a text that
 * an earlier row of the batch (one not left out) also holds is a duplicate of that row.
 */
export function outcomesOf(rows: BatchRow[]): Map<number, RowOutcome> {
  const outcomes = new Map<number, RowOutcome>()
  const firstWith = new Map<string, BatchRow>()
  for (const row of rows) {
    const { read } = row
    if (read.kind === 'waiting' || read.kind === 'reading') {
      outcomes.set(row.id, {
        kind: 'reading',
        waiting: read.kind === 'waiting',
        progress: read.kind === 'reading' ? read.progress : undefined
      })
    } else if (read.kind === 'invalid-utf8')
      outcomes.set(row.id, { kind: 'needs-agreement', message: read.message })
    else if (read.kind === 'password') outcomes.set(row.id, { kind: 'needs-password', wrong: read.wrong })
    else if (read.kind === 'backup') outcomes.set(row.id, { kind: 'backup' })
    else if (read.kind === 'refused') outcomes.set(row.id, { kind: 'refused', message: read.message })
    else if (read.known) {
      outcomes.set(row.id, { kind: 'duplicate', inBatch: false, ...read.known })
    } else {
      const earlier = firstWith.get(read.sha256)
      if (earlier) {
        outcomes.set(row.id, {
          kind: 'duplicate',
          inBatch: true,
          ofRow: earlier.id,
          title: earlier.details.title.trim() || earlier.fileName
        })
      } else {
        outcomes.set(row.id, { kind: 'ready' })
        if (row.included) firstWith.set(read.sha256, row)
      }
    }
  }
  return outcomes
}

/** The rows one import writes, in order: every ready row not left out. */
export function rowsToImport(rows: BatchRow[]): BatchRow[] {
  const outcomes = outcomesOf(rows)
  return rows.filter((row) => row.included && outcomes.get(row.id)?.kind === 'ready')
}

/** True while a file of the batch is still waiting to be read or being read. */
export function stillReading(rows: BatchRow[]): boolean {
  return rows.some((row) => row.read.kind === 'waiting' || row.read.kind === 'reading')
}

/** What `importArticle` is given for a read row: its own text and its own details. */
export function draftOf(row: BatchRow): ArticleDraft {
  if (row.read.kind !== 'article') throw new Error(`“${row.fileName}” has no article to import.`)
  const { article } = row.read
  return {
    text: article.text,
    origin: 'file',
    fileName: row.fileName,
    mediaType: article.mediaType,
    language: article.language,
    ...row.details
  }
}

export interface BatchSummary {
  imported: { fileName: string; title: string; articleId: string; sentenceCount: number; note?: string }[]
  /** Files whose text the library already held: nothing was written, the stored article stands. */
  merged: { fileName: string; title: string; articleId: string }[]
  notImported: { fileName: string; reason: string }[]
  leftOut: { fileName: string }[]
}

/** What became of every row, once the import is over (or was cancelled). */
export function summaryOf(rows: BatchRow[]): BatchSummary {
  const summary: BatchSummary = { imported: [], merged: [], notImported: [], leftOut: [] }
  const outcomes = outcomesOf(rows)
  const byId = new Map(rows.map((row) => [row.id, row]))
  for (const row of rows) {
    const { fileName, result } = row
    const outcome = outcomes.get(row.id)!
    const notImported = (reason: string) => summary.notImported.push({ fileName, reason })
    if (!row.included) summary.leftOut.push({ fileName })
    else if (result?.kind === 'imported') {
      summary.imported.push({ fileName, title: row.details.title.trim(), ...result })
    } else if (result?.kind === 'duplicate') summary.merged.push({ fileName, ...result })
    else if (result?.kind === 'failed') notImported(result.message)
    else if (result?.kind === 'cancelled') notImported('the import was cancelled before it.')
    else if (outcome.kind === 'duplicate' && outcome.articleId) {
      summary.merged.push({ fileName, title: outcome.title, articleId: outcome.articleId })
    } else if (outcome.kind === 'duplicate') {
      const first = outcome.ofRow === undefined ? undefined : byId.get(outcome.ofRow)
      const landed = first?.result?.kind === 'imported' || first?.result?.kind === 'duplicate'
      if (first?.result && landed && 'articleId' in first.result) {
        summary.merged.push({
          fileName,
          title: first.details.title.trim() || first.fileName,
          articleId: first.result.articleId
        })
      } else notImported(`the same text as “${first?.fileName ?? outcome.title}”, which was not imported.`)
    } else if (outcome.kind === 'needs-agreement') {
      notImported('its invalid UTF-8 was not agreed to be imported with � in its place.')
    } else if (outcome.kind === 'needs-password')
      notImported('it is a PDF locked with a password, none given.')
    else if (outcome.kind === 'backup') {
      notImported('it is a Sourcemark backup: restore it with Library ▾ → Restore backup….')
    } else if (outcome.kind === 'refused') notImported(outcome.message)
    else if (outcome.kind === 'reading') notImported('it was not read.')
    else notImported('the import stopped before it.')
  }
  return summary
}
