// Breaks ICU misses. After "period, space" ICU looks ahead across digits for a lower-case letter, so
// "It rose in 2019. 2020 was worse." stays one sentence; and ICU never ends a sentence at "…", while
// "..." before a capital does end one. Such spots become candidates, judged by the same rules as
// ICU's own breaks ("No. 3" and "p. 55" stay whole).
import { isCloser, isDigit, isLetterAt, isLowercaseAt, isOpener, isSpace } from './chars'

const PERIOD = 0x2e
const ELLIPSIS = 0x2026

/** Whether a sentence after an ellipsis could start at `at`: a capital, digit or opening quote. */
function opensAfterEllipsis(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (isDigit(code) || isOpener(code)) return true
  return isLetterAt(text, at) && !isLowercaseAt(text, at)
}

/** Candidate breaks in text[from, to) that ICU does not report. */
export function missedBreaks(text: string, from: number, to: number): number[] {
  const found: number[] = []
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code !== PERIOD && code !== ELLIPSIS) continue
    let j = i + 1
    while (j < to && isCloser(text.charCodeAt(j))) j++
    if (j >= to || !isSpace(text.charCodeAt(j))) continue
    while (j < to && isSpace(text.charCodeAt(j))) j++
    if (j >= to) continue
    if (code === PERIOD ? isDigit(text.charCodeAt(j)) : opensAfterEllipsis(text, j)) found.push(j)
  }
  return found
}
