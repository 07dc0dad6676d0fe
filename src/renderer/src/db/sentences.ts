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
import type { SentenceTable, SourcemarkDatabase } from './database'

/** The article's stored sentence table; undefined when the article is no longer in the library. */
export function getSentenceTable(
  db: SourcemarkDatabase,
  articleId: string
): Promise<SentenceTable | undefined> {
  return db.sentences.get(articleId)
}

/** The table of a newly imported article (the one rule is in @shared/segment/table). */
export function sentenceTableFor(articleId: string, segments: readonly Segment[]): SentenceTable {
  return sentenceTableOf(articleId, segments)
}

export function expandSentences(table: SentenceTable): Sentence[] {
  return Array.from(table.seqs, (_, index) => sentenceAt(table, index))
}

/** Each table's sentences, made once: a render of a new article begun again makes none anew. */
const expanded = new WeakMap<SentenceTable, Sentence[]>()

/** Sentences made so far while the page was idle, by table (see sentencesWhenIdle). */
const begun = new WeakMap<SentenceTable, Sentence[]>()

/** Makes `table`'s sentences onto those `made` (in order) until there are `until` of them, or all. */
function makeUpTo(table: SentenceTable, made: Sentence[], until: number): void {
  const end = Math.min(until, table.seqs.length)
  for (let index = made.length; index < end; index++) made.push(sentenceAt(table, index))
}

/** The sentences of `table` (expandSentences), the same array for the same table each time. */
export function sentencesOf(table: SentenceTable): Sentence[] {
  let sentences = expanded.get(table)
  if (sentences) return sentences
  // Begun while the page was idle: the rest is made now, onto what was made.
  sentences = begun.get(table) ?? []
  begun.delete(table)
  makeUpTo(table, sentences, table.seqs.length)
  expanded.set(table, sentences)
  return sentences
}

/** Sentences made between two looks at the idle deadline: about a millisecond's worth. */
export const IDLE_ROWS = 2_000

/**
 * At most this many IDLE_ROWS in one idle period, however long: a message that comes meanwhile
 * (the import's answer) waits for a few milliseconds of this, not for an idle period's 50.
 */
export const IDLE_CHUNKS = 8

/**
 * Makes the sentences of `table` while the page is idle, for a render to come to find them made:
 * the table of a text prepared ahead of its import, made while the analyst reads the import form.
 * Made IDLE_ROWS at a time while the idle period lasts (IDLE_CHUNKS at most), then in the next
 * one: a 76,000-sentence table made at once held the page for 30-50 ms, a long task of its own
 * on a busy machine. A render that needs them first makes the rest itself.
 */
export function sentencesWhenIdle(
  table: SentenceTable,
  idle: (step: (deadline?: IdleDeadline) => void) => void = whenIdle
): void {
  if (expanded.has(table) || begun.has(table)) return
  const made: Sentence[] = []
  begun.set(table, made)
  const step = (deadline?: IdleDeadline) => {
    // Made by a render meanwhile, which took what was made here.
    if (begun.get(table) !== made) return
    for (let chunk = 0; chunk < IDLE_CHUNKS && made.length < table.seqs.length; chunk++) {
      if (chunk > 0 && (deadline?.timeRemaining() ?? 0) < 1) break
      makeUpTo(table, made, made.length + IDLE_ROWS)
    }
    if (made.length < table.seqs.length) return idle(step)
    begun.delete(table)
    expanded.set(table, made)
  }
  idle(step)
}

function whenIdle(step: (deadline?: IdleDeadline) => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(step, { timeout: 1000 })
  else setTimeout(step, 0)
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
