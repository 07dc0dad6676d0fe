// Breaks ICU misses. After "period, space" ICU looks ahead across digits for a lower-case letter, so
// "It rose in 2019. 2020 was worse." stays one sentence; and ICU never ends a sentence at "…", while
// "..." before a capital does end one. Such spots become candidates, judged by the same rules as
// ICU's own breaks ("No. 3" and "p. 55" stay whole). One regular-expression pass over the whole
// text: a search per line could run past the line end, which on text without periods is quadratic.

const SPACE_IN_LINE = '[^\\S\\n\\r\\u2028\\u2029]+'
const CLOSERS = '[)\\]}"\'’”»›]*'
const MISSED = new RegExp(
  `\\.${CLOSERS}${SPACE_IN_LINE}(?=\\d)|…${CLOSERS}${SPACE_IN_LINE}(?=[\\d"'“‘«(\\[]|\\p{Lu}|\\p{Lt})`,
  'gu'
)

/** Offsets (ascending) where a sentence ICU does not report might start. */
export function missedBreaks(text: string): number[] {
  const found: number[] = []
  MISSED.lastIndex = 0
  for (let match = MISSED.exec(text); match; match = MISSED.exec(text)) {
    found.push(match.index + match[0].length)
  }
  return found
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
