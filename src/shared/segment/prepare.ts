// What an import computes before it writes anything: the normalised text, its fingerprint, its
// sentence table and the table's content hash. Pure, so the same steps run in the import worker,
// inline, and in tests.
import type { SentenceTable } from '../model'
import { normaliseText } from '../text'
import { articleIdOf } from '../text/fingerprint'
import { segmentSentences } from './index'
import { splitLongRuns, type LongRunSplit } from './long-runs'
import { sentenceTableOf } from './table'

/** The stages an import reports, in order: the last is the database write. */
export const IMPORT_STAGES = ['reading', 'normalising', 'segmenting', 'saving'] as const
export type ImportStage = (typeof IMPORT_STAGES)[number]

/** An article's text ready to store: `table.articleId` is the id the fingerprint gives. */
export interface PreparedText {
  /** The normalised text (`normaliseText`); empty when the input held no text. */
  text: string
  /** Hex SHA-256 of `text`. */
  sha256: string
  table: SentenceTable
  /** Hex SHA-256 of the table's raw bytes (`tableBytes`): how the audit trail binds it. */
  tableSha256: string
  /** Runs without a sentence end longer than a sentence can be, split into parts (`long-runs.ts`). */
  split: LongRunSplit
}

export interface PrepareOptions {
  /** Hex SHA-256 of a text: WebCrypto where there is one; both give the same hex. */
  hash: (text: string) => string | Promise<string>
  /** Hex SHA-256 of a table's raw bytes: `digestTableHex` (WebCrypto) or `tableDigestHex`. */
  hashTable: (table: SentenceTable) => string | Promise<string>
  /** Told as each stage starts. */
  onStage?: (stage: 'normalising' | 'segmenting') => void
}

/** Normalises, fingerprints and segments `raw`; an empty text gets an empty table. */
export async function prepareArticleText(
  raw: string,
  language: string,
  { hash, hashTable, onStage }: PrepareOptions
): Promise<PreparedText> {
  onStage?.('normalising')
  const text = normaliseText(raw)
  const sha256 = await hash(text)
  onStage?.('segmenting')
  const { segments, split } = splitLongRuns(text, text ? segmentSentences(text, { language }) : [])
  const table = sentenceTableOf(articleIdOf(sha256), segments)
  return { text, sha256, table, tableSha256: await hashTable(table), split }
}
