// Text as Sourcemark stores it: one normal form for every imported article, and the quote
// selectors that find a sentence again when offsets no longer fit (W3C Web Annotation). Its
// fingerprint is hashed apart (fingerprint.ts, sha256.ts): the first screen needs these, not that.
import type { TextQuoteSelector } from '../model'

/** A range of a text in UTF-16 offsets, `end` exclusive. */
export interface TextRange {
  start: number
  end: number
}

/**
 * The normal form of an article's text: no byte-order mark, Unicode NFC, `\n` line ends, no
 * trailing spaces on a line, at most one blank line in a row, no blank space at either end.
 * Single newlines are kept: a line of the original is a paragraph of the reader.
 * Idempotent: `normaliseText(normaliseText(x)) === normaliseText(x)`.
 */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff

/**
 * A selector for `text.slice(start, end)` with up to `context` UTF-16 units of prefix and suffix.
 * The context never ends in half of a surrogate pair, so an emoji is never cut in two.
 */
export function quoteSelector(text: string, start: number, end: number, context = 32): TextQuoteSelector {
  if (!(start >= 0 && start <= end && end <= text.length)) {
    throw new RangeError(`quoteSelector: range ${start}–${end} lies outside a text of ${text.length} units`)
  }
  let prefixStart = Math.max(0, start - context)
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++
  let suffixEnd = Math.min(text.length, end + context)
  if (suffixEnd > end && suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1)))
    suffixEnd--
  const selector: TextQuoteSelector = { exact: text.slice(start, end) }
  const prefix = text.slice(prefixStart, start)
  const suffix = text.slice(end, suffixEnd)
  if (prefix) selector.prefix = prefix
  if (suffix) selector.suffix = suffix
  return selector
}

/** How many characters `a` and `b` share at their ends. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

/** How many characters `a` and `b` share at their starts. */
function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** Every place the quote occurs: exactly, or else with any run of whitespace standing for another. */
function candidates(text: string, exact: string): TextRange[] {
  const found: TextRange[] = []
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length })
  }
  if (found.length > 0 || !/\s/.test(exact)) return found
  // Re-imports often re-wrap lines; the words are the same, only the white space moved.
  const pattern = exact
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+')
  for (const match of text.matchAll(new RegExp(pattern, 'g'))) {
    found.push({ start: match.index, end: match.index + match[0].length })
  }
  return found
}

/**
 * Finds the quoted words in `text` again. The hint (the stored offsets) wins when the exact words
 * are still there; otherwise every occurrence is scored by how much of the stored prefix and
 * suffix surrounds it. Returns `null` — an orphan — when the words are gone, or when two places
 * fit equally well and no hint tells them apart: an annotation must never point at the wrong words.
 */
export function anchorQuote(text: string, selector: TextQuoteSelector, hint?: TextRange): TextRange | null {
  const { exact } = selector
  if (!exact) return null
  if (hint && hint.start >= 0 && hint.end <= text.length && text.slice(hint.start, hint.end) === exact) {
    return { start: hint.start, end: hint.end }
  }
  const found = candidates(text, exact)
  if (found.length === 0) return null
  if (found.length === 1) return found[0]

  const prefix = selector.prefix ?? ''
  const suffix = selector.suffix ?? ''
  const scored = found.map((range) => ({
    range,
    score:
      commonSuffixLength(prefix, text.slice(Math.max(0, range.start - prefix.length), range.start)) +
      commonPrefixLength(suffix, text.slice(range.end, range.end + suffix.length)),
    distance: hint ? Math.abs(range.start - hint.start) : 0
  }))
  const best = Math.max(...scored.map((c) => c.score))
  let top = scored.filter((c) => c.score === best)
  if (top.length > 1 && hint) {
    const nearest = Math.min(...top.map((c) => c.distance))
    top = top.filter((c) => c.distance === nearest)
  }
  return top.length === 1 ? top[0].range : null
}
