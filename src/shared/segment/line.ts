// Segments one line. A newline is a hard break, so every line is split on its own: ICU's candidate
// breaks inside it are confirmed or dropped, breaks ICU misses are added, list items are cut apart.
import type { Segment } from '../model'
import { trimEnd, trimStart } from './chars'
import { confirmBreak } from './boundary'
import { classifyLine } from './kinds'
import type { LanguageRules } from './languages'
import { inlineItemStarts, listMarkerAt } from './list-markers'
import { missedBreaks } from './missed-breaks'

const NONE: readonly number[] = []

function push(text: string, out: Segment[], start: number, end: number): void {
  end = trimEnd(text, end, start)
  if (end > start) out.push({ start, end, kind: 'body' })
}

/**
 * Appends the segments of the line text[from, to) (already trimmed) to `out`. `icu` holds ICU's
 * candidate breaks; those at indexes [icuFrom, icuTo) lie inside this line.
 */
export function segmentLine(
  text: string,
  from: number,
  to: number,
  icu: readonly number[],
  icuFrom: number,
  icuTo: number,
  rules: LanguageRules,
  out: Segment[]
): void {
  const marker = listMarkerAt(text, from)
  const listItem = marker !== null && marker.end < to
  const itemStarts = marker !== null && listItem ? inlineItemStarts(text, marker, to) : NONE
  const extra = missedBreaks(text, from, to)
  const first = out.length
  let segStart = from
  let h = 0
  let e = 0
  let k = icuFrom
  for (;;) {
    const hard = h < itemStarts.length ? itemStarts[h] : Infinity
    const soft = Math.min(k < icuTo ? icu[k] : Infinity, e < extra.length ? extra[e] : Infinity)
    if (hard === Infinity && soft === Infinity) break
    if (hard <= soft) {
      h++
      if (hard > segStart) {
        push(text, out, segStart, hard)
        segStart = hard
      }
      continue
    }
    if (k < icuTo && icu[k] === soft) k++
    if (e < extra.length && extra[e] === soft) e++
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
  classifyLine(text, out, first, listItem)
}
