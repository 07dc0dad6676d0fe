// Reading the words on either side of a candidate break: the token that ends in the period, and the
// word that would open the next sentence.
import { isOpener, isSpace } from './chars'

const WORD = /[\p{L}\p{M}]+/uy

/** The word that starts at `at`, after any opening quotes or brackets; '' when none. */
export function wordAt(text: string, at: number): string {
  while (at < text.length && isOpener(text.charCodeAt(at))) at++
  WORD.lastIndex = at
  const match = WORD.exec(text)
  return match ? match[0] : ''
}

/** Start of the whitespace-delimited token that ends at `end`, opening punctuation skipped. */
export function tokenStart(text: string, end: number, floor: number): number {
  let start = end
  while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--
  while (start < end && isOpener(text.charCodeAt(start))) start++
  return start
}

const DOTTED = /^(?:[\p{L}\p{M}]{1,3}\.)+[\p{L}\p{M}]{1,3}$/u
const SINGLE_LETTER = /^\p{L}\p{M}*$/u

/** What kind of thing stands before a period. */
export type TokenShape = 'single-letter' | 'dotted' | 'number' | 'digits' | 'word'

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** Character tests first: this runs at every candidate break, the regular expressions rarely. */
export function tokenShape(token: string): TokenShape {
  const first = token.charCodeAt(0)
  let digits = isDigitCode(first)
  if (digits || (token.length > 1 && isDigitCode(token.charCodeAt(1)))) {
    for (let i = 1; digits && i < token.length; i++) digits = isDigitCode(token.charCodeAt(i))
    if (digits) return 'digits'
    if (isDigitCode(first) || '$€£¥#+-±'.includes(token[0])) return 'number'
  }
  if (token.length <= 3 && SINGLE_LETTER.test(token)) return 'single-letter'
  if (token.includes('.') && DOTTED.test(token)) return 'dotted'
  return 'word'
}

/** Number of words in text[from, to). */
export function countWords(text: string, from: number, to: number): number {
  let words = 0
  let inWord = false
  for (let i = from; i < to; i++) {
    const space = isSpace(text.charCodeAt(i))
    if (!space && !inWord) words++
    inWord = !space
  }
  return words
}

/** The first whitespace-delimited word of text[from, to), lower case, punctuation trimmed. */
export function firstWord(text: string, from: number, to: number): string {
  let end = from
  while (end < to && !isSpace(text.charCodeAt(end))) end++
  return wordAt(text.slice(from, end), 0).toLowerCase()
}
