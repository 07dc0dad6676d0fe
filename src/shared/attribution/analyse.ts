// One sentence on its own: its tokens, the attributions its own words make, and the pronoun
// subjects ("he said") that need an earlier sentence to be named.
import { findChannel } from './channel'
import { findAttributions } from './cues'
import { Describer } from './describe'
import type { AttributionLanguage } from './languages'
import { type Tokens, tokenize } from './tokens'
import type { AttributionSuggestion } from './types'

const EMPTY: Tokens = { list: [], quotedWords: 0, partialQuote: false, beginsInQuote: false }

export interface Analysis {
  tokens: Tokens
  suggestions: AttributionSuggestion[]
  /** Pronoun subjects, described as if the pronoun were the name. */
  pronouns: AttributionSuggestion[]
}

const RANK = { high: 0, medium: 1, low: 2 } as const

// Quotation marks that can open or close a quotation; ’ is left out, being mostly an apostrophe.
const QUOTE_MARKS = '“”"«»„‘‹›「」'
const prefilters = new WeakMap<AttributionLanguage, RegExp>()

/**
 * One quick test before any tokenising: no cue word and no quotation mark means nothing to
 * suggest. Most sentences of an article are narration, and a bulk pass then costs next to nothing.
 */
function mayAttribute(sentence: string, lang: AttributionLanguage): boolean {
  let test = prefilters.get(lang)
  if (test === undefined) {
    const cues = [...lang.cues.keys()].sort((a, b) => b.length - a.length)
    // ASCII \b is much faster than Unicode lookarounds; only a table with non-ASCII cues needs those.
    const ascii = cues.every((c) => /^[a-z]+$/.test(c))
    const words = cues.join('|')
    test = ascii
      ? new RegExp(`\\b(?:${words})\\b|[${QUOTE_MARKS}]`, 'i')
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words})(?![\\p{L}\\p{N}])|[${QUOTE_MARKS}]`, 'iu')
    prefilters.set(lang, test)
  }
  return test.test(sentence)
}

export function analyse(
  sentence: string,
  lang: AttributionLanguage,
  previous: readonly string[] | undefined
): Analysis {
  if (!mayAttribute(sentence, lang)) return { tokens: EMPTY, suggestions: [], pronouns: [] }
  const tokens = tokenize(sentence, lang)
  const found = findAttributions(tokens, lang)
  if (found.length === 0) return { tokens, suggestions: [], pronouns: [] }
  const describer = new Describer(sentence, tokens, lang, previous)
  const channel = findChannel(tokens.list, lang)
  const suggestions: AttributionSuggestion[] = []
  const pronouns: AttributionSuggestion[] = []
  const seen = new Set<string>()
  for (const item of found) {
    const suggestion = describer.describe(item, channel)
    if (item.pronoun === true) {
      pronouns.push(suggestion)
      continue
    }
    // "X said…, adding that…" names X twice: one suggestion.
    const key = suggestion.name.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    suggestions.push(suggestion)
  }
  // Stable: equal confidence keeps the order of the text.
  suggestions.sort((a, b) => RANK[a.confidence] - RANK[b.confidence])
  return { tokens, suggestions, pronouns }
}
