// Decides whether a candidate break (from ICU, or one ICU misses) really ends a sentence: ICU breaks
// after every "period, space, capital", so abbreviations, titles, initials and ellipses need repair.
import {
  isCloser,
  isDigit,
  isLineBreak,
  isLowercaseAt,
  isNumberAhead,
  isOpener,
  isSpace,
  startsCamelCase,
  trimEnd,
  trimStart
} from './chars'
import { ellipsisBreak } from './ellipsis'
import type { LanguageRules } from './languages'
import { countWords, firstWord, tokenShape, tokenStart, wordAt } from './tokens'

const SUPPRESS = -1
const PERIOD = 0x2e
const EM_DASH = 0x2014
const SLASH = 0x2f

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
    const word = wordAt(words[i], 0)
    // "The crowd answered: “…”" introduces the next quotation rather than attributing this one.
    if (rules.speechVerbs.has(word.toLowerCase())) return words[i].charCodeAt(word.length) !== 0x3a
  }
  return false
}

/**
 * "Tesla Inc. (TSLA.O) fell": a short parenthesis with no sentence end in it, then a lower-case word,
 * continues the sentence the abbreviation stands in.
 */
function parenthesisContinues(text: string, open: number): boolean {
  const limit = Math.min(text.length, open + 80)
  let i = open + 1
  for (; i < limit; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x29) break
    if (isLineBreak(code) || code === 0x28) return false
    if (
      (code === PERIOD || isStrongTerminator(code)) &&
      (isSpace(text.charCodeAt(i + 1)) || text.charCodeAt(i + 1) === 0x29)
    )
      return false
  }
  if (i >= limit) return false
  return isLowercaseAt(text, trimStart(text, i + 1, limit))
}

/** The abbreviation ended the sentence only if a usual sentence opener follows it. */
function endsBeforeOpener(text: string, next: number, rules: LanguageRules): number {
  const code = text.charCodeAt(next)
  if (isDigit(code)) return SUPPRESS
  if (code === 0x28) return parenthesisContinues(text, next) ? SUPPRESS : next
  if (isOpener(code)) return next
  const word = wordAt(text, next)
  if (word === '') return next
  return rules.openers.has(word.toLowerCase()) ? next : SUPPRESS
}

/**
 * After an abbreviated place, "Tehran denies" or "Japan was" (a name, then a lower-case word) opens
 * a new sentence; "Army said" (a name the place often heads), "Secretary of State" do not.
 */
function nameThenClause(text: string, next: number, rules: LanguageRules): boolean {
  const word = wordAt(text, next)
  if (word.length < 2 || isLowercaseAt(text, next) || rules.placeFollowers.has(word.toLowerCase()))
    return false
  const after = next + word.length
  if (text.charCodeAt(after) !== 0x20) return false // "Army's", "Secretary-General", "Sen."
  const second = wordAt(text, after + 1)
  return second !== '' && isLowercaseAt(text, after + 1) && !rules.nameJoiners.has(second)
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
  const word = wordAt(text, next)
  if (rules.clockFollowers.has(word.toLowerCase())) return SUPPRESS
  if (rules.zoneWords.has(wordAt(text, trimStart(text, next + word.length, text.length)).toLowerCase()))
    return SUPPRESS // "11 p.m. Kyiv time"
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
    if (tokenAt === segStart) return SUPPRESS // "Q. What happened?", "A. The power went out", "J. Smith"
    const upper = lower !== token
    if (!upper && rules.abbreviations.has(lower)) return endsBeforeOpener(text, next, rules)
    const joined = joinedWithPrevious(text, segStart, tokenAt, lower)
    if (joined && rules.enders.has(joined)) return next
    if (joined && rules.abbreviations.has(joined)) return endsBeforeOpener(text, next, rules)
    return afterInitial(text, next, rules)
  }
  if (shape === 'dotted' || rules.abbreviations.has(lower) || rules.caseSensitive.has(token)) {
    if (!rules.places.has(lower)) return endsBeforeOpener(text, next, rules)
    if (rules.placeFollowers.has(wordAt(text, next).toLowerCase())) return SUPPRESS // "D.C. Police said"
    const start = endsBeforeOpener(text, next, rules)
    return start === SUPPRESS && nameThenClause(text, next, rules) ? next : start
  }
  return next
}

function endsInNumberedSuffix(text: string, segStart: number, term: number, rules: LanguageRules): boolean {
  const word = text.slice(tokenStart(text, term, segStart), term).toLowerCase()
  return rules.numberedSuffixes.some((suffix) => word.length > suffix.length && word.endsWith(suffix))
}

/** "т. е." and "z. B." are one abbreviation written as two: join "т" + "е" into "т.е". */
function joinedWithPrevious(text: string, segStart: number, tokenAt: number, lower: string): string | null {
  if (tokenAt - 3 < segStart) return null
  if (text.charCodeAt(tokenAt - 1) !== 0x20 || text.charCodeAt(tokenAt - 2) !== PERIOD) return null
  const start = tokenStart(text, tokenAt - 2, segStart)
  if (tokenAt - 2 - start > 2) return null
  return `${text.slice(start, tokenAt - 2).toLowerCase()}.${lower}`
}

const PICTOGRAPHS =
  /(?:\p{Extended_Pictographic}|\p{Regional_Indicator})(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3|\p{Emoji_Modifier})*/uy

function mayStartPictograph(code: number): boolean {
  return (code >= 0xd83c && code <= 0xd83e) || (code >= 0x2190 && code <= 0x2bff)
}

/** "We did it! 🎉 The team…": emoji after a sentence end belong to it; the next one starts after them. */
function afterPictographs(text: string, next: number): number {
  let at = next
  while (at < text.length && mayStartPictograph(text.charCodeAt(at))) {
    PICTOGRAPHS.lastIndex = at
    if (!PICTOGRAPHS.test(text)) break
    at = PICTOGRAPHS.lastIndex
    while (at < text.length && isSpace(text.charCodeAt(at)) && !isLineBreak(text.charCodeAt(at))) at++
  }
  if (at === next) return next
  return at >= text.length || isLineBreak(text.charCodeAt(at)) ? SUPPRESS : at
}

/**
 * Where the next sentence starts if the candidate break at `next` is real, or -1 when the text from
 * `segStart` continues. `next` is the first character after the whitespace that follows the break.
 */
export function confirmBreak(text: string, segStart: number, next: number, rules: LanguageRules): number {
  const start = judgeBreak(text, segStart, next, rules)
  return start === next && mayStartPictograph(text.charCodeAt(next)) ? afterPictographs(text, next) : start
}

function judgeBreak(text: string, segStart: number, next: number, rules: LanguageRules): number {
  const end = trimEnd(text, next, segStart)
  if (end <= segStart) return SUPPRESS
  const last = text.charCodeAt(end - 1)
  // Inside a token (a URL's "?", "Jr.'s"): ICU may break there, an editor never would.
  if (end === next && (last === PERIOD || isStrongTerminator(last) || isCloser(last))) return SUPPRESS
  const first = text.charCodeAt(next)
  if (isCloser(first) && !isOpener(first)) return SUPPRESS // a spaced closing mark: "правда? »"
  if (first === SLASH) return SUPPRESS // "МОСКВА, 5 марта. /ТАСС/." — an agency credit, not a sentence
  // "“Why?” she asked", "Yahoo! in", "co. at noon"; but "rose 2%. iPhone sales" is a new sentence
  if (isLowercaseAt(text, next) && !startsCamelCase(text, next)) return SUPPRESS

  let term = end - 1
  while (term > segStart && isCloser(text.charCodeAt(term))) term--
  const code = text.charCodeAt(term)
  const closed = term < end - 1
  if (isStrongTerminator(code)) return closed && isAttribution(text, next, rules) ? SUPPRESS : next
  // "“If the line breaks —” The general stopped": an interrupted quotation ends its sentence
  if (code === EM_DASH && closed) return isAttribution(text, next, rules) ? SUPPRESS : next
  if (code === 0x2026) return isOpener(text.charCodeAt(term - 1)) ? SUPPRESS : next // "[…]"
  if (code !== PERIOD) return next
  const ellipsis = ellipsisBreak(text, segStart, term, next)
  if (ellipsis !== undefined) return ellipsis
  if (closed) return next // `great." She` — the period is inside the quotation

  if (text.charCodeAt(term - 1) === SLASH && text.charCodeAt(tokenStart(text, term, segStart)) === SLASH) {
    return SUPPRESS // "/ТАСС/. Президент": the dateline runs into the first sentence
  }
  if (rules.numberedSuffixes.length > 0 && isDigit(text.charCodeAt(next))) {
    if (endsInNumberedSuffix(text, segStart, term, rules)) return SUPPRESS // "Goethestr. 12"
  }
  // Most sentences end in a word longer than any abbreviation: look back no further than that.
  const tokenAt = tokenStart(text, term, Math.max(segStart, term - rules.longest - 1))
  if (tokenAt === term || term - tokenAt > rules.longest) return next
  return afterAbbreviation(text, segStart, tokenAt, text.slice(tokenAt, term), next, rules)
}
