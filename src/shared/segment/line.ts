// Segments one line. A newline is a hard break, so every line is split on its own: ICU's candidate
// breaks inside it are confirmed or dropped, breaks ICU misses are added, list items are cut apart.
import type { Segment } from '../model'
import { trimEnd, trimStart } from './chars'
import { confirmBreak } from './boundary'
import { classifyLine } from './kinds'
import type { LanguageRules } from './languages'
import { inlineItemStarts, listMarkerAt } from './list-markers'
import type { QuoteTracker } from './quotes'

const NONE: readonly number[] = []

function push(text: string, out: Segment[], start: number, end: number): void {
  end = trimEnd(text, end, start)
  if (end > start) out.push({ start, end, kind: 'body' })
}

/**
 * Appends the segments of the line text[from, to) (already trimmed) to `out`. `candidates` holds the
 * candidate breaks of the whole text (ICU's and those it misses); [first, last) lie inside this line.
 */
export function segmentLine(
  text: string,
  from: number,
  to: number,
  candidates: readonly number[],
  first: number,
  last: number,
  rules: LanguageRules,
  quotes: QuoteTracker,
  out: Segment[]
): void {
  const marker = listMarkerAt(text, from)
  const listItem = marker !== null && marker.end < to
  const itemStarts = marker !== null && listItem ? inlineItemStarts(text, marker, to) : NONE
  const firstSegment = out.length
  let segStart = from
  let h = 0
  let k = first
  for (;;) {
    const hard = h < itemStarts.length ? itemStarts[h] : Infinity
    const soft = k < last ? candidates[k] : Infinity
    if (hard === Infinity && soft === Infinity) break
    if (hard <= soft) {
      h++
      if (hard > segStart) {
        push(text, out, segStart, hard)
        segStart = hard
      }
      continue
    }
    k++
    const at = trimStart(text, soft, to)
    if (at <= segStart || at >= to) continue
    if (listItem) {
      const itemMarker = listMarkerAt(text, segStart)
      if (itemMarker && itemMarker.end >= at) continue // never leave a marker on its own
    }
    const next = confirmBreak(text, segStart, at, rules)
    if (next < 0) continue
    push(text, out, segStart, next)
    segStart = next
  }
  push(text, out, segStart, to)
  classifyLine(text, out, firstSegment, listItem, quotes)
}
