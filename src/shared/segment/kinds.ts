// What kind of sentence a segment is. Editors' conventions: a short line without final punctuation
// is a heading — headlines, and also bylines ("By Jane Smith"), datelines and credits standing on
// their own line, since none of them is a claim to grade — unless the line is indented, which makes
// it a list item (list-indent.ts); a segment that opens with a quotation mark, or continues a
// quotation opened earlier on its line, is a quote; the rest is body.
import type { Segment } from '../model'
import { isCloser, isLowercaseAt, isOpeningQuote } from './chars'
import type { QuoteTracker } from './quotes'
import { isIndentedLine } from './list-indent'
import { countWords } from './tokens'

/** Longest line, in words, that still reads as a headline rather than a sentence missing its period. */
const HEADING_MAX_WORDS = 16
const HEADING_MAX_CHARS = 160

function isEndPunctuation(code: number): boolean {
  // . ! ? … : ; ,
  return (
    code === 0x2e ||
    code === 0x21 ||
    code === 0x3f ||
    code === 0x2026 ||
    code === 0x3a ||
    code === 0x3b ||
    code === 0x2c ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  )
}

/** "Is Peace Possible?" is a headline: a short question in title case. */
function isTitleCase(text: string, from: number, to: number): boolean {
  const words = text.slice(from, to).split(/\s+/)
  const long = words.filter((w) => w.length >= 4)
  return long.length >= 2 && long.every((w) => !isLowercaseAt(w, 0))
}

/** Whether the single segment text[from, to), a whole line, is a heading. */
export function isHeadingLine(text: string, from: number, to: number): boolean {
  if (to - from > HEADING_MAX_CHARS || isLowercaseAt(text, from)) return false
  let last = to - 1
  while (last > from && isCloser(text.charCodeAt(last))) last--
  const code = text.charCodeAt(last)
  const question = code === 0x3f || code === 0x21
  if (isEndPunctuation(code) && !question) return false
  const words = countWords(text, from, to)
  if (words > HEADING_MAX_WORDS) return false
  return !question || (words <= 10 && isTitleCase(text, from, to))
}

function startsQuotation(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (!isOpeningQuote(code)) return false
  // An apostrophe before a digit is an elision ("'90s"), not a quotation.
  return !((code === 0x27 || code === 0x2019) && /\d/.test(text.charAt(at + 1)))
}

/** Sets the kind of each segment of one line (segments[first..] all lie on it). */
export function classifyLine(
  text: string,
  segments: Segment[],
  first: number,
  listItem: boolean,
  quotes: QuoteTracker
): void {
  if (listItem) {
    for (let i = first; i < segments.length; i++) segments[i].kind = 'list-item'
    return
  }
  const only = segments.length - first === 1 ? segments[first] : undefined
  if (only && !startsQuotation(text, only.start) && isHeadingLine(text, only.start, only.end)) {
    only.kind = isIndentedLine(text, only.start) ? 'list-item' : 'heading'
    return
  }
  let open = false
  const last = segments.length - 1
  for (let i = first; i <= last; i++) {
    const segment = segments[i]
    segment.kind = open || startsQuotation(text, segment.start) ? 'quote' : 'body'
    if (i < last) open = quotes.openAfter(segment.start, segment.end, open)
  }
}
