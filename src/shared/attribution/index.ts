// Suggests each sentence's source from its wording (DESIGN §3): "… said", "according to …",
// "told CNN", "wrote on X", and quotations that run on. The analyst accepts a suggestion with one key.
import { analyse } from './analyse'
import { continueQuotation, resolvePronoun } from './continuation'
import { attributionLanguage } from './languages'
import { matchSource } from './registry'
import type { AttributionContext, AttributionSuggestion } from './types'

export type {
  AttributionContext,
  AttributionSuggestion,
  Channel,
  RegistryEntry,
  Span,
  SuggestionConfidence
} from './types'
export { nameKey } from './registry'

/**
 * The sources the sentence attributes its content to, best first; empty when it attributes nothing
 * ("reportedly" alone names no one). The article's own author or outlet is never suggested.
 */
export function suggestAttribution(
  sentence: string,
  context: AttributionContext = {}
): AttributionSuggestion[] {
  const lang = attributionLanguage(context.language)
  const { tokens, suggestions, pronouns } = analyse(sentence, lang, context.previous)
  let out = suggestions
  if (out.length === 0) {
    const resolved = pronouns
      .map((p) => resolvePronoun(p, context.previous, lang))
      .filter((s): s is AttributionSuggestion => s !== null)
    const continued = resolved.length > 0 ? null : continueQuotation(tokens, context.previous, lang)
    out = continued === null ? resolved.slice(0, 1) : [continued]
  }
  return out.map((s) => {
    const names = s.alias === undefined ? [s.name] : [s.name, s.alias]
    const sourceId = matchSource(names, context.sources, lang, s.kind === undefined || s.kind === 'person')
    return sourceId === undefined ? s : { ...s, sourceId }
  })
}
