// Sentence tables in their two forms: the database's typed-array row (kinds as indexes into
// SENTENCE_KINDS) and the backup's plain JSON columns (kinds as words).
import { kindCode, SENTENCE_KINDS, sentenceId, type Segment, type SentenceTable } from '../model'
import type { SentenceColumns } from './format'
import type { TableColumns } from '../segment/table-bytes'

/** The library's row of an article's sentences, as the database stores it. */
export type SentenceTableRow = SentenceTable

/** A sentence table as a caller may hold it: typed arrays from the database, or plain numbers. */
export type SentenceTableInput = TableColumns

export function columnsFromTable(table: SentenceTableInput): SentenceColumns {
  return {
    nextSeq: table.nextSeq,
    seqs: Array.from(table.seqs),
    starts: Array.from(table.starts),
    ends: Array.from(table.ends),
    kinds: Array.from(table.kinds, (code, i) => {
      const kind = SENTENCE_KINDS[code]
      if (kind === undefined) {
        throw new RangeError(
          `Sentence table of article ${table.articleId}: kinds[${i}] is ${code}, not a kind`
        )
      }
      return kind
    })
  }
}

export function tableFromColumns(articleId: string, columns: SentenceColumns): SentenceTableRow {
  return {
    articleId,
    nextSeq: columns.nextSeq,
    seqs: Uint32Array.from(columns.seqs),
    starts: Uint32Array.from(columns.starts),
    ends: Uint32Array.from(columns.ends),
    kinds: Uint8Array.from(columns.kinds, kindCode)
  }
}

/** The ranges of the columns, for the segmentation invariants. */
export function segmentsOf(columns: SentenceColumns): Segment[] {
  const out: Segment[] = new Array(columns.starts.length)
  for (let i = 0; i < out.length; i++) {
    out[i] = { start: columns.starts[i], end: columns.ends[i], kind: columns.kinds[i] }
  }
  return out
}

/** The stable ids of an article's sentences, in reading order. */
export function sentenceIdsOf(articleId: string, columns: Pick<SentenceColumns, 'seqs'>): string[] {
  return columns.seqs.map((seq) => sentenceId(articleId, seq))
}
