// Names the source of a sentence that does not name it: "he said", or a quotation that runs on
// from an earlier sentence ("Zelenskyy wrote:" → “We deeply appreciate …”). The name comes from the
// nearest earlier sentence that gives one; only as far back as the quotation or the paragraph goes.
import { analyse } from './analyse'
import type { AttributionLanguage } from './languages'
import type { Tokens } from './tokens'
import type { AttributionSuggestion, Span } from './types'

/** How far back "he said" may look for its antecedent. */
const PRONOUN_REACH = 3
/** How many sentences a quotation may run on before its attribution is too far to trust. */
const QUOTE_REACH = 8

/** A sentence that is a quotation, or part of one, and says nothing of who speaks. */
export function isQuotation(tokens: Tokens): boolean {
  if (tokens.partialQuote) return true
  const words = tokens.list.reduce((n, t) => (t.type === 'word' ? n + 1 : n), 0)
  return tokens.quotedWords >= 3 && tokens.quotedWords * 2 >= words
}

/** The earlier suggestion the sentence continues, and how many sentences back it stands. */
function antecedent(
  previous: readonly string[],
  lang: AttributionLanguage,
  quotation: boolean
): { suggestion: AttributionSuggestion; distance: number } | null {
  const reach = quotation ? QUOTE_REACH : PRONOUN_REACH
  for (let k = previous.length - 1, distance = 1; k >= 0 && distance <= reach; k--, distance++) {
    const earlier = analyse(previous[k], lang, previous.slice(Math.max(0, k - 20), k))
    const named = earlier.suggestions[0]
    if (named !== undefined) return { suggestion: named, distance }
    // A quotation continues only through the sentences of the same quotation.
    if (quotation && !isQuotation(earlier.tokens)) return null
  }
  return null
}

/** What the earlier suggestion knew of the source, without the parts that belong to its sentence. */
function carried(from: AttributionSuggestion): Partial<AttributionSuggestion> {
  const out: Partial<AttributionSuggestion> = {}
  if (from.kind !== undefined) out.kind = from.kind
  if (from.anonymous !== undefined) out.anonymous = from.anonymous
  if (from.affiliation !== undefined) out.affiliation = from.affiliation
  if (from.description !== undefined) out.description = from.description
  if (from.alias !== undefined) out.alias = from.alias
  if (from.sourceId !== undefined) out.sourceId = from.sourceId
  return out
}

/** "he said": the pronoun's cue, named after the antecedent. */
export function resolvePronoun(
  pronoun: AttributionSuggestion,
  previous: readonly string[] | undefined,
  lang: AttributionLanguage
): AttributionSuggestion | null {
  const found = previous === undefined ? null : antecedent(previous, lang, false)
  if (found === null) return null
  return {
    ...pronoun,
    ...carried(found.suggestion),
    name: found.suggestion.name,
    confidence: found.distance === 1 ? 'medium' : 'low'
  }
}

/** A quotation with no attribution of its own: the speaker of the quotation it continues. */
export function continueQuotation(
  tokens: Tokens,
  previous: readonly string[] | undefined,
  lang: AttributionLanguage
): AttributionSuggestion | null {
  if (previous === undefined || !isQuotation(tokens)) return null
  const found = antecedent(previous, lang, true)
  if (found === null) return null
  const mark = tokens.list.find((t) => t.type === 'open' || t.type === 'close')
  const cueSpan: Span = mark === undefined ? { start: 0, end: 0 } : { start: mark.start, end: mark.end }
  return {
    name: found.suggestion.name,
    role: 'direct-quote',
    ...carried(found.suggestion),
    nameSpan: { start: 0, end: 0 },
    cueSpan,
    // Every sentence between is part of the same quotation, so the distance costs no confidence.
    confidence: 'medium'
  }
}
