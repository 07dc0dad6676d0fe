// Splits a sentence into words and marks, with offsets, and tells which words lie inside a
// quotation: cue words there are the speaker's, not the reporter's ("“I said no,” Smith said").
import type { AttributionLanguage } from './languages'

export type TokenType = 'word' | 'mark' | 'open' | 'close'

export interface Token {
  text: string
  lower: string
  start: number
  end: number
  type: TokenType
  /** Starts with a capital letter or digit: part of a name, or the first word of a sentence. */
  capital: boolean
  /** Inside quotation marks, or inside a quotation the sentence opens or closes without the other mark. */
  quoted: boolean
}

export interface Tokens {
  list: Token[]
  /** Words inside quotation marks, counted: a few are scare quotes, more are the source's words. */
  quotedWords: number
  /** The sentence ends inside a quotation it opened, or closes one it did not open. */
  partialQuote: boolean
  /** The sentence opens with a quotation mark or ends inside one: a multi-sentence quotation. */
  beginsInQuote: boolean
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u
const UPPER = /[\p{Lu}\p{Lt}]/u

/** Letters and digits of any script; ASCII without a regex, since this runs for every character. */
function isWordChar(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  if (c >= 0xd800 && c <= 0xdfff) return true
  return LETTER_OR_DIGIT.test(text[at])
}

function isCapital(text: string, at: number): boolean {
  const c = text.charCodeAt(at)
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  return UPPER.test(text[at])
}

const JOINS_WORDS = new Set(["'", '’', '-', '‐'])

/**
 * The end of the word starting at `at`: initialisms with inner periods (U.S., U.N.), words with
 * inner apostrophes or hyphens (Ukraine’s, long-range). One forward scan: linear in the sentence.
 */
function wordEnd(text: string, at: number): number {
  let i = at + 1
  if (text[i] === '.' && isWordChar(text, i + 1) && text[i + 2] === '.') {
    while (text[i] === '.' && isWordChar(text, i + 1) && !isWordChar(text, i + 2)) i += 2
    return text[i] === '.' ? i + 1 : i
  }
  for (;;) {
    while (i < text.length && isWordChar(text, i)) i++
    if (JOINS_WORDS.has(text[i]) && isWordChar(text, i + 1)) i++
    else return i
  }
}

const OPENERS = new Set(['“', '«', '„', '‘', '‹', '「'])
const CLOSERS = new Set(['”', '»', '’', '›', '」'])

function quoteType(sentence: string, text: string, start: number, open: string | undefined): TokenType {
  if (text === '"') {
    const before = start > 0 ? sentence[start - 1] : ' '
    return open === '"' || (open === undefined && !/[\s([{—–-]/.test(before)) ? 'close' : 'open'
  }
  // German „…“ closes with the mark English opens with.
  if (text === '“' && open === '„') return 'close'
  if (text === '’') return open === '‘' ? 'close' : 'mark'
  if (text === '‘') return /[\p{L}\p{N}]/u.test(sentence[start + 1] ?? '') ? 'open' : 'mark'
  if (OPENERS.has(text)) return 'open'
  if (CLOSERS.has(text)) return 'close'
  return 'mark'
}

export function tokenize(sentence: string, lang: AttributionLanguage): Tokens {
  const list: Token[] = []
  let open: string | undefined
  let openedAt = -1
  let unmatchedClose = -1
  let quotedWords = 0
  // One lower-casing for the sentence, sliced per word; per word only where a character's lower
  // case has another length (İ), so offsets would not line up.
  const lowered = sentence.toLowerCase()
  const sameLength = lowered.length === sentence.length
  for (let end = 0; end < sentence.length;) {
    const start = end
    const code = sentence.charCodeAt(start)
    if (code <= 32 || code === 160 || (code > 127 && /\s/.test(sentence[start]))) {
      end++
      continue
    }
    const isWord = isWordChar(sentence, start)
    end = isWord ? wordEnd(sentence, start) : start + 1
    const text = sentence.slice(start, end)
    const type: TokenType = isWord ? 'word' : quoteType(sentence, text, start, open)
    const previous = list[list.length - 1]
    // "Col." and initials ("John F. Kennedy") keep their period, so the name runs on past it.
    if (
      text === '.' &&
      previous?.type === 'word' &&
      previous.end === start &&
      (lang.abbreviations.has(previous.lower) || /^\p{Lu}$/u.test(previous.text))
    ) {
      // `lower` stays without the period, as the word tables are written.
      previous.text += '.'
      previous.end += 1
      continue
    }
    if (type === 'open') {
      open = text
      openedAt = list.length
    } else if (type === 'close') {
      if (open === undefined) unmatchedClose = list.length
      open = undefined
      openedAt = -1
    }
    const quoted = open !== undefined && type !== 'open'
    if (quoted && isWord) quotedWords++
    const capital = isWord && isCapital(text, 0)
    const lower = !isWord ? text : sameLength ? lowered.slice(start, end) : text.toLowerCase()
    list.push({ text, lower, start, end, type, capital, quoted })
  }
  // A sentence that closes a quotation it did not open began inside it.
  for (let i = 0; i < unmatchedClose; i++) {
    list[i].quoted = true
    if (list[i].type === 'word') quotedWords++
  }
  const partialQuote = unmatchedClose >= 0 || openedAt >= 0
  return {
    list,
    quotedWords,
    partialQuote,
    beginsInQuote: unmatchedClose >= 0 || (list[0]?.type === 'open' && openedAt === 0)
  }
}
