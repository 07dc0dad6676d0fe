// Checks bytes as UTF-8 the way the WHATWG decoder (TextDecoder) reads them, counting each
// invalid sequence as the one U+FFFD the decoder would put in its place, with where it is, so
// the import dialog can say "3 invalid sequences, first at 2:14" instead of guessing another
// encoding.

/** Where a sequence starts: line and column (in characters) as an editor shows them, from 1. */
export interface TextPosition {
  line: number
  column: number
}

export interface Utf8Check {
  /** Invalid sequences, each of which becomes one U+FFFD when decoded with replacement. */
  invalidCount: number
  /** Where the first few invalid sequences start. */
  firstInvalid: TextPosition[]
  /** Well-formed sequences of two to four bytes: what says a file is meant as UTF-8. */
  multiByteCount: number
}

/** How many positions a report names. */
export const POSITIONS_NAMED = 5

export function checkUtf8(bytes: Uint8Array): Utf8Check {
  let invalidCount = 0
  let multiByteCount = 0
  const firstInvalid: TextPosition[] = []
  let line = 1
  let column = 1
  // The sequence being read: bytes still needed, and the range its next byte must be in.
  let needed = 0
  let lower = 0x80
  let upper = 0xbf
  let start: TextPosition = { line, column }

  const invalid = () => {
    invalidCount++
    if (firstInvalid.length < POSITIONS_NAMED) firstInvalid.push(start)
    column++ // the U+FFFD takes a column
  }

  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!
    if (needed === 0) {
      start = { line, column }
      if (byte <= 0x7f) {
        if (byte === 0x0a) {
          line++
          column = 1
        } else column++
      } else if (byte >= 0xc2 && byte <= 0xdf) needed = 1
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0
        if (byte === 0xed) upper = 0x9f
        needed = 2
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90
        if (byte === 0xf4) upper = 0x8f
        needed = 3
      } else invalid()
      continue
    }
    if (byte < lower || byte > upper) {
      // The sequence so far is one invalid sequence; this byte starts afresh.
      needed = 0
      lower = 0x80
      upper = 0xbf
      invalid()
      i--
      continue
    }
    lower = 0x80
    upper = 0xbf
    if (--needed === 0) {
      multiByteCount++
      column++
    }
  }
  if (needed !== 0) invalid()
  return { invalidCount, firstInvalid, multiByteCount }
}

/**
 * Whether bytes that are not valid UTF-8 were still meant as UTF-8: they hold at least one
 * well-formed multi-byte sequence. Windows-1252 text almost never does (its é, ü, “ are single
 * bytes that cannot form one), so a file with none is read as Windows-1252, as old newsroom
 * exports are; a file with any is UTF-8 with damage, reported, never re-read as another encoding.
 */
export const meantAsUtf8 = (check: Utf8Check) => check.multiByteCount > 0
