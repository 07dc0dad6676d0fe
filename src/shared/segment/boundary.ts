// Decides whether a candidate break (from ICU, or one ICU misses) really ends a sentence: ICU breaks
// after every "period, space, capital", so abbreviations, titles, initials and ellipses need repair.
import { isCloser, isDigit, isLowercaseAt, isNumberAhead, isOpener, trimEnd } from './chars'
import { ellipsisBreak } from './ellipsis'
import type { LanguageRules } from './languages'
import { countWords, firstWord, tokenShape, tokenStart, wordAt } from './tokens'

const SUPPRESS = -1
const PERIOD = 0x2e

function isStrongTerminator(code: number): boolean {
  // ? ! ‼ ⁇ ⁈ ⁉ ‽
  return (
    code === 0x3f || code === 0x21 || (code >= 0x203c && code <= 0x203d) || (code >= 0x2047 && code <= 0x2049)
  )
}

/** "“Why?” Smith asked." — a short attribution after a quoted question stays with it. */
function isAttribution(text: string, at: number, rules: LanguageRules): boolean {
  const words = text.slice(at, at + 80).split(/\s+/, 5)
  for (let i = 1; i < words.length; i++) {
    if (rules.speechVerbs.has(wordAt(words[i], 0).toLowerCase())) return true
  }
  return false
}

/** The abbreviation ended the sentence only if a usual sentence opener follows it. */
function endsBeforeOpener(text: string, next: number, rules: LanguageRules): number {
  const code = text.charCodeAt(next)
  if (isDigit(code)) return SUPPRESS
  if (isOpener(code)) return next
  const word = wordAt(text, next)
  if (word === '') return next
  return rules.openers.has(word.toLowerCase()) ? next : SUPPRESS
}

/** An initial ("Jonas E. Smith", "В. В. Путин", "z. B.") rarely ends a sentence. */
function afterInitial(text: string, next: number, rules: LanguageRules): number {
  if (isOpener(text.charCodeAt(next))) return next
  const word = wordAt(text, next)
  if (word.length < 2) return SUPPRESS // another initial, a digit, or a symbol
  return rules.openers.has(word.toLowerCase()) ? next : SUPPRESS
}

/** "At 5 a.m. Mr. Smith went out" continues; "He left at 6 p.m. Mr. Smith stayed" does not. */
function afterClock(
  text: string,
  segStart: number,
  tokenAt: number,
  next: number,
  rules: LanguageRules
): number {
  if (isDigit(text.charCodeAt(next))) return SUPPRESS
  if (rules.clockFollowers.has(wordAt(text, next).toLowerCase())) return SUPPRESS
  const fronted =
    countWords(text, segStart, tokenAt) <= 4 && rules.timePrepositions.has(firstWord(text, segStart, tokenAt))
  return fronted ? SUPPRESS : next
}

/** German "am 3. Oktober", "der 2. Weltkrieg": an ordinal inside the sentence. */
function afterOrdinal(
  text: string,
  segStart: number,
  tokenAt: number,
  token: string,
  next: number,
  rules: LanguageRules
): number {
  const word = wordAt(text, next).toLowerCase()
  if (rules.months.has(word)) return SUPPRESS
  if (token.length > 3 || rules.openers.has(word)) return next
  const before = trimEnd(text, tokenAt, segStart)
  if (before === segStart) return next
  const previous = tokenStart(text, before, segStart)
  const article = rules.openers.has(text.slice(previous, before).toLowerCase())
  return article || isLowercaseAt(text, previous) ? SUPPRESS : next
}

function afterAbbreviation(
  text: string,
  segStart: number,
  tokenAt: number,
  token: string,
  next: number,
  rules: LanguageRules
): number {
  const lower = token.toLowerCase()
  const shape = tokenShape(token)
  if (shape === 'word' && !rules.known.has(lower) && !rules.caseSensitive.has(token)) return next
  if (shape === 'number') return next
  if (shape === 'digits')
    return rules.ordinalDots ? afterOrdinal(text, segStart, tokenAt, token, next, rules) : next
  if (rules.titles.has(lower)) return SUPPRESS
  if (rules.beforeNumber.has(lower) && isNumberAhead(text, next)) return SUPPRESS
  if (rules.enders.has(lower)) return next
  if (rules.clock.has(lower)) return afterClock(text, segStart, tokenAt, next, rules)
  if (shape === 'single-letter') {
    const upper = lower !== token
    if (!upper && rules.abbreviations.has(lower)) return endsBeforeOpener(text, next, rules)
    const joined = joinedWithPrevious(text, segStart, tokenAt, lower)
    if (joined && rules.enders.has(joined)) return next
    if (joined && rules.abbreviations.has(joined)) return endsBeforeOpener(text, next, rules)
    return afterInitial(text, next, rules)
  }
  if (shape === 'dotted' || rules.abbreviations.has(lower) || rules.caseSensitive.has(token)) {
    return endsBeforeOpener(text, next, rules)
  }
  return next
}

/** "т. е." and "z. B." are one abbreviation written as two: join "т" + "е" into "т.е". */
function joinedWithPrevious(text: string, segStart: number, tokenAt: number, lower: string): string | null {
  if (tokenAt - 3 < segStart) return null
  if (text.charCodeAt(tokenAt - 1) !== 0x20 || text.charCodeAt(tokenAt - 2) !== PERIOD) return null
  const start = tokenStart(text, tokenAt - 2, segStart)
  if (tokenAt - 2 - start > 2) return null
  return `${text.slice(start, tokenAt - 2).toLowerCase()}.${lower}`
}

/**
 * Where the next sentence starts if the candidate break at `next` is real, or -1 when the text from
 * `segStart` continues. `next` is the first character after the whitespace that follows the break.
 */
export function confirmBreak(text: string, segStart: number, next: number, rules: LanguageRules): number {
  const end = trimEnd(text, next, segStart)
  if (end <= segStart) return SUPPRESS
  const last = text.charCodeAt(end - 1)
  // Inside a token (a URL's "?", "Jr.'s"): ICU may break there, an editor never would.
  if (end === next && (last === PERIOD || isStrongTerminator(last) || isCloser(last))) return SUPPRESS
  const first = text.charCodeAt(next)
  if (isCloser(first) && !isOpener(first)) return SUPPRESS // a spaced closing mark: "правда? »"
  if (isLowercaseAt(text, next)) return SUPPRESS // "“Why?” she asked", "Yahoo! in", "co. at noon"

  let term = end - 1
  while (term > segStart && isCloser(text.charCodeAt(term))) term--
  const code = text.charCodeAt(term)
  const closed = term < end - 1
  if (isStrongTerminator(code)) return closed && isAttribution(text, next, rules) ? SUPPRESS : next
  if (code === 0x2026) return isOpener(text.charCodeAt(term - 1)) ? SUPPRESS : next // "[…]"
  if (code !== PERIOD) return next
  const ellipsis = ellipsisBreak(text, segStart, term, next)
  if (ellipsis !== undefined) return ellipsis
  if (closed) return next // `great." She` — the period is inside the quotation

  // Most sentences end in a word longer than any abbreviation: look back no further than that.
  const tokenAt = tokenStart(text, term, Math.max(segStart, term - rules.longest - 1))
  if (tokenAt === term || term - tokenAt > rules.longest) return next
  return afterAbbreviation(text, segStart, tokenAt, text.slice(tokenAt, term), next, rules)
}
