// ICU's sentence breaks inside a line, computed without ICU where they are certain. ICU applies the
// Unicode sentence rules (UAX #29), which look only at a terminator's neighbourhood: the character
// before it, the closing marks and spaces after it, and up to the next letter. For the characters
// classed below (ASCII, Latin-1 and Cyrillic letters, common quotes, dashes and symbols) those rules
// are short to state, and a call to ICU costs about a microsecond per sentence it returns. Any other
// character next to a terminator, or any character that may itself end a sentence beyond "." "!"
// "?", leaves the line to ICU. plain-breaks.test.ts checks the two agree.
import { isLineBreak } from './chars'

// Sentence_Break classes of UAX #29 that occur in the contexts judged here.
const OTHER = 0
const LOWER = 1
const UPPER = 2
const NUMERIC = 3
const ATERM = 4
const STERM = 5
const CLOSE = 6
const SP = 7
const SCONTINUE = 8
/** A character outside the classed set: ICU decides. */
const UNKNOWN = 9
/** A line break (\n, \r, U+2028, U+2029): ICU breaks after it, and never looks past it. */
const SEP = 10

/** Result of `breakAfter` when ICU must decide. */
const UNSURE = -2
/** Result of `breakAfter` when there is no break inside the line. */
const NONE = -1

const ASCII = new Uint8Array(128).fill(OTHER)
ASCII.fill(UNKNOWN, 0, 0x20) // controls, including the line breaks that never occur inside a line
ASCII[0x7f] = UNKNOWN
ASCII[0x0a] = SEP
ASCII[0x0d] = SEP
for (const code of [0x09, 0x0b, 0x0c, 0x20]) ASCII[code] = SP
ASCII.fill(NUMERIC, 0x30, 0x3a)
ASCII.fill(UPPER, 0x41, 0x5b)
ASCII.fill(LOWER, 0x61, 0x7b)
ASCII[0x2e] = ATERM
ASCII[0x21] = STERM
ASCII[0x3f] = STERM
for (const c of '"\'()[]{}') ASCII[c.charCodeAt(0)] = CLOSE
for (const c of ',-:;') ASCII[c.charCodeAt(0)] = SCONTINUE

const LOWERCASE = /\p{Lowercase}/u
const UPPERCASE = /\p{Uppercase}/u
const OTHER_PUNCTUATION = /\p{Po}/u

function latin1Class(code: number): number {
  if (code === 0xa0) return SP
  if (code === 0xab || code === 0xbb) return CLOSE // « »
  if (code === 0xaa || code === 0xb5 || code === 0xba) return LOWER // ª µ º
  if (code === 0xad) return UNKNOWN // soft hyphen: Format
  if (code < 0xa0) return UNKNOWN // C1 controls, NEL among them
  if (code < 0xc0 || code === 0xd7 || code === 0xf7) return OTHER
  return code < 0xdf ? UPPER : LOWER
}

/** Letters of Latin Extended-A/B and Cyrillic (its combining marks excluded): upper or lower case. */
function letterClass(text: string, at: number): number {
  const ch = text.charAt(at)
  if (LOWERCASE.test(ch)) return LOWER
  return UPPERCASE.test(ch) ? UPPER : UNKNOWN
}

function wideClass(text: string, at: number, code: number): number {
  if (code < 0x100) return latin1Class(code)
  if (code < 0x250 || (code >= 0x400 && code < 0x500 && (code < 0x483 || code > 0x489))) {
    return letterClass(text, at)
  }
  if (code >= 0x2000 && code <= 0x206f) {
    switch (code) {
      case 0x2018: // ‘
      case 0x2019: // ’
      case 0x201a: // ‚
      case 0x201b: // ‛
      case 0x201c: // “
      case 0x201d: // ”
      case 0x201e: // „
      case 0x201f: // ‟
      case 0x2039: // ‹
      case 0x203a: // ›
        return CLOSE
      case 0x2013: // –
      case 0x2014: // —
        return SCONTINUE
      case 0x202f:
      case 0x205f:
        return SP
      case 0x2028:
      case 0x2029:
        return SEP
    }
    if (code <= 0x200a) return SP
    if (code >= 0x2010 && code <= 0x2023) return OTHER // dashes, bars, daggers, bullets
    if (code >= 0x2025 && code <= 0x2027) return OTHER // ‥ … ‧
    if (code >= 0x2030 && code <= 0x2038) return OTHER // per mille, primes
    return UNKNOWN
  }
  if (code >= 0x20a0 && code <= 0x20c0) return OTHER // currency signs
  if (code >= 0x2190 && code <= 0x22ff) return OTHER // arrows, mathematical operators
  if (code >= 0x25a0 && code <= 0x275a) return OTHER // shapes, miscellaneous symbols, dingbats
  return UNKNOWN
}

/** Class of the character at `at`; pictographs (two code units) are `Other`. */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return code < 0x80 ? ASCII[code] : wideClass(text, at, code)
}

/** Emoji and flags (skin tones, U+1F3FB–U+1F3FF, are `Extend`; U+1F650–U+1F67F holds quotes). */
function isPictograph(text: string, at: number): boolean {
  const code = text.codePointAt(at) ?? 0
  return (
    (code >= 0x1f1e6 && code <= 0x1f1ff) ||
    (code >= 0x1f300 && code <= 0x1f3fa) ||
    (code >= 0x1f400 && code <= 0x1f64f) ||
    (code >= 0x1f680 && code <= 0x1faff)
  )
}

/**
 * Where ICU starts a sentence after the terminator at `at` (".", "!" or "?"), NONE when it does not
 * inside the line, UNSURE when a character it would look at is not classed here.
 */
function breakAfter(text: string, at: number): number {
  const length = text.length
  let k = at + 1
  while (k < length && classAt(text, k) === CLOSE) k++ // SB9
  while (k < length && classAt(text, k) === SP) k++ // SB10
  if (k >= length) return NONE
  let next = classAt(text, k)
  if (next === SEP) return NONE // SB11 breaks at the line end
  if (next === UNKNOWN) {
    if (!isPictograph(text, k)) return UNSURE
    next = OTHER
  }
  if (next === ATERM || next === STERM || next === SCONTINUE) return NONE // SB8a
  if (text.charCodeAt(at) !== 0x2e) return k // SB11 after "!" or "?"
  if (k === at + 1) {
    if (next === NUMERIC) return NONE // SB6: "3.5"
    if (next === UPPER) {
      // SB7: "U.S" — an unclassed character before the period may be a letter or a combining mark
      const before = at > 0 ? classAt(text, at - 1) : OTHER
      if (before === UNKNOWN) return UNSURE
      if (before === UPPER || before === LOWER) return NONE
    }
  }
  // SB8: no break when the next letter, past anything but letters and terminators, is lower case
  for (let m = k; m < length; m++) {
    const code = text.charCodeAt(m)
    const sb = code < 0x80 ? ASCII[code] : wideClass(text, m, code)
    if (sb === LOWER) return NONE
    if (sb === UPPER || sb === ATERM || sb === STERM || sb === SEP) break
    if (sb === UNKNOWN) {
      if (!isPictograph(text, m)) return UNSURE
      m++
    }
  }
  return k
}

/**
 * Whether a character beyond ASCII that EVENT stops at may end a sentence (or a paragraph) for ICU:
 * every one that does (in the Unicode versions to date) is NEL or other punctuation.
 */
function mayTerminate(text: string, at: number, code: number): boolean {
  if (code === 0x85) return true // NEL
  return OTHER_PUNCTUATION.test(String.fromCodePoint(text.codePointAt(at) ?? code))
}

// Everything plainLineBreaks must look at: line breaks, ".", "!", "?", and the characters beyond
// ASCII that are not known never to end a sentence. A native search skips the rest. It reads code
// units, so the first halves of emoji (U+D83C–U+D83E) and all second halves are passed over.
const EVENT =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class -- code units on purpose
  /[^\0-\t\v\f\x0e-\x20\x22-\x2d\x2f-\x3e\x40-\x84\x86-\u0588\u2010-\u2023\u2025-\u2027\u202a-\u203b\ud83c-\ud83e\udc00-\udfff]/g

/** For a line left to ICU: its end, encoded as by `plainLineBreaks`. */
function leaveToIcu(text: string, at: number, out: number[], mark: number): number {
  out.length = mark
  let end = at
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++
  return -end - 1
}

/**
 * For the line that starts at `from`: appends the offsets where ICU would start a sentence strictly
 * inside it and returns its end (the offset of its line break, or the text's length); or appends
 * nothing and returns -(end + 1) when ICU must decide.
 */
export function plainLineBreaks(text: string, from: number, out: number[]): number {
  const mark = out.length
  EVENT.lastIndex = from
  while (EVENT.test(text)) {
    const i = EVENT.lastIndex - 1
    const code = text.charCodeAt(i)
    if (code === 0x2e || code === 0x21 || code === 0x3f) {
      const at = breakAfter(text, i)
      if (at === UNSURE) return leaveToIcu(text, i, out, mark)
      if (at > 0) {
        out.push(at)
        EVENT.lastIndex = at
      }
    } else if (isLineBreak(code)) {
      return i
    } else if (mayTerminate(text, i, code)) {
      return leaveToIcu(text, i, out, mark)
    }
  }
  return text.length
}
