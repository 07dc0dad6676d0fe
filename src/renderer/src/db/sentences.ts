// Converts between the stand-off sentence table and the Sentence objects the UI works with.
import {
  kindCode,
  SENTENCE_KINDS,
  sentenceId,
  type Segment,
  type Sentence,
  type SentenceKind
} from '@shared/model'
import { sentenceTableOf } from '@shared/segment/table'
import type { SentenceTable } from './database'

/** The table of a newly imported article (the one rule is in @shared/segment/table). */
export function sentenceTableFor(articleId: string, segments: readonly Segment[]): SentenceTable {
  return sentenceTableOf(articleId, segments)
}

export function expandSentences(table: SentenceTable): Sentence[] {
  const { articleId } = table
  return Array.from(table.seqs, (seq, index) => ({
    id: sentenceId(articleId, seq),
    articleId,
    index,
    start: table.starts[index],
    end: table.ends[index],
    kind: SENTENCE_KINDS[table.kinds[index]]
  }))
}

/** Each table's sentences, made once: a render of a new article begun again makes none anew. */
const expanded = new WeakMap<SentenceTable, Sentence[]>()

/** The sentences of `table` (expandSentences), the same array for the same table each time. */
export function sentencesOf(table: SentenceTable): Sentence[] {
  let sentences = expanded.get(table)
  if (!sentences) expanded.set(table, (sentences = expandSentences(table)))
  return sentences
}

/**
 * Makes the sentences of `table` when the page is idle, for a render to come to find them made:
 * the table of a text prepared ahead of its import, made while the analyst reads the import form.
 */
export function sentencesWhenIdle(table: SentenceTable): void {
  const make = () => void sentencesOf(table)
  if (typeof requestIdleCallback === 'function') requestIdleCallback(make, { timeout: 1000 })
  else setTimeout(make, 0)
}

/** Whether two tables hold the same rows: the same article, next sequence number and columns. */
export function sameTable(a: SentenceTable, b: SentenceTable): boolean {
  if (a === b) return true
  return (
    a.articleId === b.articleId &&
    a.nextSeq === b.nextSeq &&
    sameBytes(a.seqs, b.seqs) &&
    sameBytes(a.starts, b.starts) &&
    sameBytes(a.ends, b.ends) &&
    sameBytes(a.kinds, b.kinds)
  )
}

/**
 * Whether two columns hold the same bytes. Compared by IndexedDB as binary keys, in native code:
 * a loop over a 76,000-row table's columns, run once as a new article opens, takes milliseconds.
 */
function sameBytes(x: ArrayBufferView, y: ArrayBufferView): boolean {
  return x.byteLength === y.byteLength && (x.byteLength === 0 || indexedDB.cmp(x, y) === 0)
}

/** Row `index` of a table, as the sentence it is. */
export function sentenceAt(table: SentenceTable, index: number): Sentence {
  return {
    id: sentenceId(table.articleId, table.seqs[index]),
    articleId: table.articleId,
    index,
    start: table.starts[index],
    end: table.ends[index],
    kind: SENTENCE_KINDS[table.kinds[index]]
  }
}

/** A new table with `row` inserted at `index` (or, with `row` null, row `index` removed). */
export function withRow(
  table: SentenceTable,
  index: number,
  row: { seq: number; start: number; end: number; kind: SentenceKind } | null
): SentenceTable {
  const splice = <T extends Uint32Array | Uint8Array>(column: T, value: number): T => {
    const out = new (column.constructor as new (n: number) => T)(column.length + (row ? 1 : -1))
    out.set(column.subarray(0, index))
    if (row) {
      out[index] = value
      out.set(column.subarray(index), index + 1)
    } else {
      out.set(column.subarray(index + 1), index)
    }
    return out
  }
  return {
    ...table,
    seqs: splice(table.seqs, row?.seq ?? 0),
    starts: splice(table.starts, row?.start ?? 0),
    ends: splice(table.ends, row?.end ?? 0),
    kinds: splice(table.kinds, row ? kindCode(row.kind) : 0)
  }
}
