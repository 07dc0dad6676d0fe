// Breaks ICU misses. After "period, space" ICU looks ahead across digits for a lower-case letter, so
// "It rose in 2019. 2020 was worse." stays one sentence, as does "It rose 2%. iPhone sales fell."
// before a camel-case brand; and ICU never ends a sentence at "…", while "..." before a capital does
// end one. Such spots become candidates, judged by the same rules as ICU's own breaks ("No. 3" and
// "p. 55" stay whole). One pass over the whole text: a search per line could run past the line end,
// which on text without periods would be quadratic.
import { isCloser, isDigit, isLineBreak, isOpener, isSpace, startsCamelCase } from './chars'

const PERIOD = 0x2e
const ELLIPSIS = '…'
const UPPER = /[\p{Lu}\p{Lt}]/u

/** After the closers and in-line whitespace that follow position `at`: where a sentence would start. */
function afterGap(text: string, at: number): number {
  let i = at
  while (i < text.length && isCloser(text.charCodeAt(i))) i++
  const gap = i
  while (i < text.length && isSpace(text.charCodeAt(i)) && !isLineBreak(text.charCodeAt(i))) i++
  return i > gap && i < text.length ? i : -1
}

function opensAfterEllipsis(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (isDigit(code) || isOpener(code)) return true
  return UPPER.test(text.charAt(at))
}

/** Offsets (ascending) where a sentence ICU does not report might start. */
export function missedBreaks(text: string): number[] {
  const found: number[] = []
  // Native searches for "." and "…", then a few character tests at each: far cheaper than a regex.
  for (let at = text.indexOf('.'); at >= 0; at = text.indexOf('.', at + 1)) {
    if (text.charCodeAt(at + 1) === PERIOD) continue
    const start = afterGap(text, at + 1)
    if (start > 0 && (isDigit(text.charCodeAt(start)) || startsCamelCase(text, start))) found.push(start)
  }
  const ellipses: number[] = []
  for (let at = text.indexOf(ELLIPSIS); at >= 0; at = text.indexOf(ELLIPSIS, at + 1)) {
    const start = afterGap(text, at + 1)
    if (start > 0 && opensAfterEllipsis(text, start)) ellipses.push(start)
  }
  // "“If the line breaks —” The general stopped": ICU sees no sentence end in a dash.
  const dashes: number[] = []
  for (let at = text.indexOf('—'); at >= 0; at = text.indexOf('—', at + 1)) {
    if (!isCloser(text.charCodeAt(at + 1))) continue
    const start = afterGap(text, at + 1)
    if (start > 0 && UPPER.test(text.charAt(start))) dashes.push(start)
  }
  return mergeSorted(mergeSorted(found, ellipses), dashes)
}

/** The union of two ascending lists, ascending, without duplicates. */
export function mergeSorted(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[]
  const out: number[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = i < a.length ? a[i] : Infinity
    const y = j < b.length ? b[j] : Infinity
    if (x <= y) {
      out.push(x)
      i++
      if (x === y) j++
    } else {
      out.push(y)
      j++
    }
  }
  return out
}
