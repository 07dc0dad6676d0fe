// Ellipses follow the style-book rules: a spaced ". . ." inside a sentence marks an omission; four
// dots (ellipsis plus period) end a sentence; "word. . . . Next" ends after "word." and the next
// sentence opens with the omission; "[...]" never ends anything.
import { isOpener, isSpace, trimStart } from './chars'

const PERIOD = 0x2e
const SUPPRESS = -1

/**
 * The decision for a break after the period at `term` when it closes an ellipsis: -1 to suppress,
 * the start of the next sentence to keep or move the break, undefined when this is no ellipsis.
 */
export function ellipsisBreak(
  text: string,
  segStart: number,
  term: number,
  next: number
): number | undefined {
  let first = term
  let dots = 1
  let spaced = false
  while (first > segStart) {
    if (text.charCodeAt(first - 1) === PERIOD) {
      first--
    } else if (
      first - 2 >= segStart &&
      text.charCodeAt(first - 1) === 0x20 &&
      text.charCodeAt(first - 2) === PERIOD
    ) {
      spaced = true
      first -= 2
    } else break
    dots++
  }
  if (dots < 3) return undefined
  if (first > segStart && isOpener(text.charCodeAt(first - 1))) return SUPPRESS // "[...]"
  if (!spaced) return next // "that.... She left" and "meant... Then"
  const detached = first === segStart || isSpace(text.charCodeAt(first - 1))
  if (detached) return dots === 3 ? SUPPRESS : next
  // "compounds. . . . The practice": the attached period ends the sentence
  return dots >= 4 ? trimStart(text, first + 1, next) : next
}
