// A run of text with no sentence end in it (a 5 MB line of one "sentence", a table flattened into
// one line) cannot be read, graded or shown as one sentence: it is split into parts the reader and
// the grader can handle, each at a safe place, and the import says so.
import type { Segment } from '../model'
import { isSpace } from './chars'

/**
 * The longest a sentence may be, in UTF-16 code units. News sentences run to a few hundred
 * characters; legal or listing sentences to about a thousand. Past 2,000 it is no sentence.
 */
export const MAX_SENTENCE_CHARS = 2_000

/** What splitting did, for the import to report; `runs` is 0 when nothing was split. */
export interface LongRunSplit {
  /** How many segments were longer than the limit. */
  runs: number
  /** The length of the longest of them. */
  longest: number
  /** How many parts they became, together. */
  parts: number
}

/** Parts are cut at whitespace in their last half, so no part is under half the limit but the last. */
const MIN_PART_SHARE = 0.5

let graphemes: Intl.Segmenter | undefined

/**
 * The last grapheme boundary at or before `at` and after `from`: a cut there never separates a
 * surrogate pair, a base from its combining marks, an emoji sequence or a flag's two halves.
 */
function graphemeBoundaryBefore(text: string, from: number, at: number): number {
  graphemes ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })
  // A grapheme cluster is rarely more than a few code units; a window of 64 before and after is
  // enough for any but pathological ones, which then are cut where the window says.
  const windowStart = Math.max(from, at - 64)
  let best = windowStart
  for (const { index } of graphemes.segment(text.slice(windowStart, at + 64))) {
    const boundary = windowStart + index
    if (boundary > at) break
    best = boundary
  }
  return best > from ? best : at
}

/** Splits one over-long segment into parts of at most `max` units, appended to `out`. */
function splitRun(text: string, segment: Segment, max: number, out: Segment[]): number {
  let start = segment.start
  let parts = 0
  while (segment.end - start > max) {
    const limit = start + max
    let cut = limit
    // The last whitespace in the part's second half, if any.
    while (cut > start + max * MIN_PART_SHARE && !isSpace(text.charCodeAt(cut))) cut--
    const whitespace = cut > start + max * MIN_PART_SHARE && isSpace(text.charCodeAt(cut))
    let end = whitespace ? cut : graphemeBoundaryBefore(text, start, limit)
    let next = end
    // Whitespace at the cut belongs to neither part.
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    while (next < segment.end && isSpace(text.charCodeAt(next))) next++
    out.push({ start, end, kind: segment.kind })
    parts++
    start = next
  }
  out.push({ start, end: segment.end, kind: segment.kind })
  return parts + 1
}

/**
 * `segments` with every segment longer than `max` split into parts of at most `max` code units:
 * at the last whitespace in a part's second half, else at a grapheme boundary. The parts keep the
 * segment's kind and the segmentation's invariants (no part empty or edged with whitespace).
 */
export function splitLongRuns(
  text: string,
  segments: readonly Segment[],
  max = MAX_SENTENCE_CHARS
): { segments: Segment[]; split: LongRunSplit } {
  const split: LongRunSplit = { runs: 0, longest: 0, parts: 0 }
  if (!segments.some((s) => s.end - s.start > max)) return { segments: [...segments], split }
  const out: Segment[] = []
  for (const segment of segments) {
    const length = segment.end - segment.start
    if (length <= max) {
      out.push(segment)
      continue
    }
    split.runs++
    split.longest = Math.max(split.longest, length)
    split.parts += splitRun(text, segment, max, out)
  }
  return { segments: out, split }
}

/** The import's words for a split, e.g. "1 line of 4,999,999 characters was split into 2,500 parts". */
export function describeLongRunSplit(
  { runs, longest, parts }: LongRunSplit,
  tense: 'done' | 'ahead' = 'done'
): string | null {
  if (runs === 0) return null
  const n = (value: number) => value.toLocaleString('en')
  // Before the import (the dialog's count) the split is still to come.
  const was = tense === 'ahead' ? 'will be' : 'was'
  const were = tense === 'ahead' ? 'will be' : 'were'
  return runs === 1
    ? `1 line of ${n(longest)} characters without a sentence end ${was} split into ${n(parts)} parts of at most ${n(MAX_SENTENCE_CHARS)} characters.`
    : `${n(runs)} lines without a sentence end (the longest ${n(longest)} characters) ${were} split into ${n(parts)} parts of at most ${n(MAX_SENTENCE_CHARS)} characters.`
}
