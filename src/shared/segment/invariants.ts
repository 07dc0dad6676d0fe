// The contract every segmentation must keep (DESIGN.md §2), as a checker: tests use it on random
// text, and stored sentences can be validated with it after a split or merge by the analyst.
import type { Segment } from '../model'
import { isSpace } from './chars'

function onlySpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(text.charCodeAt(i))) return false
  return true
}

/** Why `segments` is not a valid segmentation of `text`, or null when it is. */
export function invariantViolation(text: string, segments: readonly Segment[]): string | null {
  let previousEnd = 0
  for (let i = 0; i < segments.length; i++) {
    const { start, end } = segments[i]
    if (!Number.isInteger(start) || !Number.isInteger(end)) return `segment ${i}: offsets are not integers`
    if (start < previousEnd) return `segment ${i}: starts at ${start}, before the previous end ${previousEnd}`
    if (end <= start) return `segment ${i}: empty [${start}, ${end})`
    if (end > text.length) return `segment ${i}: ends at ${end}, past the text (${text.length})`
    if (isSpace(text.charCodeAt(start))) return `segment ${i}: starts with whitespace`
    if (isSpace(text.charCodeAt(end - 1))) return `segment ${i}: ends with whitespace`
    if (!onlySpace(text, previousEnd, start)) return `segment ${i}: non-whitespace left out before ${start}`
    previousEnd = end
  }
  if (!onlySpace(text, previousEnd, text.length)) return `non-whitespace left out after ${previousEnd}`
  return null
}
