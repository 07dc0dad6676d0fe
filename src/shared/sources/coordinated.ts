// "According to Reuters, AP and AFP" names three sources and "Zelensky and Macron said" two: the
// other names of a list whose one member the attribution cue was found beside.

/** UTF-16 offsets into the sentence, `end` exclusive. */
export interface NameSpan {
  start: number
  end: number
}

/** A capitalised word, with its inner hyphens and apostrophes ("Al-Jazeera", "O’Brien", "U.S."). */
const WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’.-]*`
/** A proper name: capitalised words, joined by the small words names hold ("Institute for the Study of War"). */
const NAME = String.raw`(?:[Tt]he\s+)?${WORD}(?:\s+(?:(?:of|for|the|de|du|al)\s+)*${WORD})*`
/** What joins two members of a list. */
const SEPARATOR = String.raw`(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)`

const FOLLOWING = new RegExp(String.raw`^(${SEPARATOR})(${NAME})`, 'u')
const PRECEDING = new RegExp(String.raw`(${NAME})(${SEPARATOR})$`, 'u')

/** A name with "of", "for"… inside: an "and" after it belongs to the name ("Ministry of Culture and Sport"). */
const HAS_OF_PHRASE = /\s(?:of|for)\s/u

/**
 * The other names of the list the name at `span` belongs to, in reading order (the name at
 * `span` itself excluded). A list counts only when its last member is joined by "and" or "or":
 * "according to Reuters, Russia withdrew" is one source, not a list of two.
 */
export function coordinatedNames(sentence: string, span: NameSpan): NameSpan[] {
  if (span.end <= span.start) return []
  const own = sentence.slice(span.start, span.end)
  const after = following(sentence, span.end)
  const before = after.length > 0 || HAS_OF_PHRASE.test(own) ? [] : preceding(sentence, span.start)
  if (HAS_OF_PHRASE.test(own) && after.length > 0 && after[0].joinedByAnd && after.length === 1) return []
  return [...before.map((m) => m.span), ...after.map((m) => m.span)]
}

interface Member {
  span: NameSpan
  joinedByAnd: boolean
}

function following(sentence: string, from: number): Member[] {
  const out: Member[] = []
  let at = from
  for (;;) {
    const match = FOLLOWING.exec(sentence.slice(at))
    if (!match) break
    const start = at + match[1].length
    const end = start + match[2].length
    out.push({ span: { start, end }, joinedByAnd: /\b(?:and|or)\b/.test(match[1]) })
    at = end
  }
  // The list must close with "and"/"or"; members after a plain comma without one are not sources.
  const last = out.findLastIndex((m) => m.joinedByAnd)
  return out.slice(0, last + 1)
}

function preceding(sentence: string, to: number): Member[] {
  const out: Member[] = []
  let at = to
  for (;;) {
    const match = PRECEDING.exec(sentence.slice(0, at))
    if (!match) break
    const start = at - match[0].length
    const joinedByAnd = /\b(?:and|or)\b/.test(match[2])
    // Reading back from the cue, the first join must be the list's "and": "Zelensky and Macron said".
    if (out.length === 0 && !joinedByAnd) break
    out.unshift({ span: { start, end: start + match[1].length }, joinedByAnd })
    at = start
  }
  return out
}
