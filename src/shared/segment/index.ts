// Sentence segmentation, the product's core unit: an article's text becomes ordered, non-overlapping
// ranges, each one sentence, heading, quotation or list item, over the exact input string.
import type { Segment } from '../model'
import { trimEnd, trimStart } from './chars'
import { sentenceBreaks } from './icu-breaks'
import { languageRules } from './languages'
import { segmentLine } from './line'
import { mergeSorted, missedBreaks } from './missed-breaks'
import { QuoteTracker } from './quotes'

const OTHER_LINE_BREAK = /[\r\u2028\u2029]/g

function endOfLine(text: string, from: number): number {
  const at = text.indexOf('\n', from)
  return at < 0 ? text.length : at
}

/** The next line break other than \n (\r, U+2028, U+2029) at or after `from`, else the text length. */
function nextOtherBreak(text: string, from: number): number {
  OTHER_LINE_BREAK.lastIndex = from
  return OTHER_LINE_BREAK.exec(text)?.index ?? text.length
}

export interface SegmentOptions {
  /** BCP 47 language tag of the text (`en`, `de`, `uk`, `ru`…); English rules when absent or unknown. */
  language?: string
}

/**
 * Splits `text` into sentences. Offsets are UTF-16 indexes into `text` itself (no normalisation):
 * ordered, non-overlapping, never empty, never starting or ending with whitespace, with only
 * whitespace between two segments and every other character inside one.
 */
export function segmentSentences(text: string, options: SegmentOptions = {}): Segment[] {
  const rules = languageRules(options.language)
  const candidates = mergeSorted(sentenceBreaks(text, options.language), missedBreaks(text))
  const quotes = new QuoteTracker(text)
  const out: Segment[] = []
  const length = text.length
  let k = 0
  let lineStart = 0
  // Lines mostly end with \n alone, which indexOf finds without the cost of a regex match. Each
  // search runs again only once the break it found has been passed: text with \r but no \n, or
  // the reverse, stays linear.
  let newline = endOfLine(text, 0)
  let other = nextOtherBreak(text, 0)
  while (lineStart < length) {
    if (newline < lineStart) newline = endOfLine(text, lineStart)
    if (other < lineStart) other = nextOtherBreak(text, lineStart)
    const lineEnd = Math.min(newline, other)
    const from = trimStart(text, lineStart, lineEnd)
    const to = trimEnd(text, lineEnd, from)
    if (from < to) {
      while (k < candidates.length && candidates[k] <= from) k++
      let end = k
      while (end < candidates.length && candidates[end] < to) end++
      segmentLine(text, from, to, candidates, k, end, rules, quotes, out)
      k = end
    }
    lineStart = lineEnd + 1
  }
  return out
}

export type { Segment, SentenceKind } from '../model'
export { languageRules } from './languages'
export type { LanguageRules } from './languages'
