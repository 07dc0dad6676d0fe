// Segments as the stand-off sentence table the database stores: one rule for every import path.
import { kindCode, type Segment, type SentenceTable } from '../model'

/**
 * The table of a newly imported article: sequence numbers 0…n-1 in text order, kinds as codes.
 * Every column is an array of its own, exactly n long, so it can be transferred between threads
 * and is stored without a larger buffer behind it.
 */
export function sentenceTableOf(articleId: string, segments: readonly Segment[]): SentenceTable {
  const n = segments.length
  const table: SentenceTable = {
    articleId,
    nextSeq: n,
    seqs: new Uint32Array(n),
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    kinds: new Uint8Array(n)
  }
  for (let i = 0; i < n; i++) {
    const s = segments[i]
    table.seqs[i] = i
    table.starts[i] = s.start
    table.ends[i] = s.end
    table.kinds[i] = kindCode(s.kind)
  }
  return table
}

/** The buffers behind a table's columns, to transfer rather than copy it to another thread. */
export function tableBuffers(table: SentenceTable): ArrayBuffer[] {
  return [table.seqs.buffer, table.starts.buffer, table.ends.buffer, table.kinds.buffer] as ArrayBuffer[]
}
