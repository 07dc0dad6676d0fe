// Character classes the boundary rules share. Whitespace means exactly what String.prototype.trim
// strips, so the invariants ("no leading/trailing whitespace") hold for any caller that checks with trim.

/** True for the UTF-16 code units that JavaScript's `\s` and `trim()` treat as whitespace. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d)
  if (code < 0xa0) return false
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** Hard line breaks: a newline always ends a segment (headlines, bylines, list items). */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029
}

/** Closing punctuation that may follow a sentence terminator: `.”`, `?)`, `!’`, `.»`. */
export function isCloser(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x29: // )
    case 0x5d: // ]
    case 0x7d: // }
    case 0x2019: // ’
    case 0x201d: // ”
    case 0xbb: // »
    case 0x203a: // ›
    case 0x300d: // 」
    case 0x300f: // 』
      return true
    default:
      return false
  }
}

/** Opening punctuation that may precede the first word of a sentence. */
export function isOpener(code: number): boolean {
  switch (code) {
    case 0x22: // "
    case 0x27: // '
    case 0x28: // (
    case 0x5b: // [
    case 0x2018: // ‘
    case 0x201c: // “
    case 0x201e: // „
    case 0x201a: // ‚
    case 0xab: // «
    case 0x2039: // ‹
    case 0x300c: // 「
    case 0x300e: // 『
      return true
    default:
      return false
  }
}

/** Quotation marks that open a direct quotation when they start a segment. */
export function isOpeningQuote(code: number): boolean {
  return isOpener(code) && code !== 0x28 && code !== 0x5b
}

const LOWER = /\p{Ll}/u
const LETTER = /\p{L}/u

/** The code point at `index` as a string (a whole surrogate pair when there is one). */
function charAt(text: string, index: number): string {
  const code = text.codePointAt(index)
  return code === undefined ? '' : String.fromCodePoint(code)
}

export function isLowercaseAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if (code >= 0x61 && code <= 0x7a) return true
  if (code < 0x80) return false
  return LOWER.test(charAt(text, index))
}

/** A sentence may open with a brand written in camel case: "iPhone", "eBay", "mRNA". */
export function startsCamelCase(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (code < 0x61 || code > 0x7a) return false
  for (let i = at + 1; i < at + 3; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) return true
    if (c < 0x61 || c > 0x7a) return false
  }
  return false
}

export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) return true
  if (code < 0x80) return false
  return LETTER.test(charAt(text, index))
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** End of the text before `index` with trailing whitespace removed (never below `floor`). */
export function trimEnd(text: string, index: number, floor: number): number {
  while (index > floor && isSpace(text.charCodeAt(index - 1))) index--
  return index
}

/** First non-whitespace position at or after `index` (never beyond `ceiling`). */
export function trimStart(text: string, index: number, ceiling: number): number {
  while (index < ceiling && isSpace(text.charCodeAt(index))) index++
  return index
}

/** A number ahead, bare or behind a currency sign: `3`, `$3.4`, `€12`, `£1`, `¥500`, `₴20`. */
export function isNumberAhead(text: string, at: number): boolean {
  const code = text.charCodeAt(at)
  if (isDigit(code)) return true
  const isCurrency = code === 0x24 || code === 0xa3 || code === 0xa5 || (code >= 0x20a0 && code <= 0x20cf)
  return isCurrency && isDigit(text.charCodeAt(at + 1))
}
