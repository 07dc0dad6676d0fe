// The sources a sentence names, ready for the registry: every member of a list ("according to A,
// B and C"), names without their article, and a guess at each new source's kind.
import type { AttributionSuggestion, RegistryEntry } from '../attribution'
import { coordinatedNames, type NameSpan } from './coordinated'
import { findByName, foldName } from './fold'
import { cleanSourceName, guessSourceKind } from './names'

export interface SourceSuggestion extends AttributionSuggestion {
  /** The kind was guessed from the words, not known: the inspector says so. */
  kindGuessed: boolean
}

/**
 * The analyser's suggestions with the other members of their lists added after each (same role
 * and cue, medium confidence), names cleaned, registry matches found, kinds guessed. A name is
 * suggested once.
 */
export function expandSuggestions(
  sentence: string,
  suggestions: readonly AttributionSuggestion[],
  registry: readonly RegistryEntry[]
): SourceSuggestion[] {
  const out: SourceSuggestion[] = []
  const seen = new Set<string>()
  const add = (s: AttributionSuggestion) => {
    const name = s.sourceId ? s.name : cleanSourceName(articleBefore(sentence, s) + s.name)
    const key = foldName(name)
    if (!key || seen.has(key)) return
    seen.add(key)
    const known = s.sourceId ?? findByName(registry, name)?.id
    if (known) return void out.push({ ...s, name, sourceId: known, kindGuessed: false })
    const guessed = guessSourceKind(name)
    const kind = guessed ?? s.kind ?? (s.anonymous ? 'anonymous' : undefined)
    const unnamed = s.anonymous && kind !== 'anonymous' ? 'Not named in the text' : undefined
    const description = [unnamed, s.description].filter(Boolean).join('; ') || undefined
    out.push({ ...s, name, kind, description, kindGuessed: kind !== undefined })
  }
  // A list member the analyser named itself, whole ("Western intelligence"), is not taken again in part.
  const found = suggestions.map((s) => s.nameSpan).filter((span) => span.end > span.start)
  const overlapsFound = (span: NameSpan) => found.some((f) => span.start < f.end && f.start < span.end)
  for (const s of suggestions) {
    const others = coordinatedNames(sentence, s.nameSpan).filter((span) => !overlapsFound(span))
    const members = [
      ...others.filter((o) => o.start < s.nameSpan.start),
      s.nameSpan,
      ...others.filter((o) => o.start > s.nameSpan.start)
    ]
    for (const span of members) {
      if (span === s.nameSpan) add(s)
      else
        add({
          name: sentence.slice(span.start, span.end),
          role: s.role,
          nameSpan: span,
          cueSpan: s.cueSpan,
          confidence: 'medium'
        })
    }
  }
  return out
}

/**
 * "The " when the sentence wrote it just before the name the analyser found: the analyser leaves
 * it out, and for "The New York Times" or "The Hague" it is part of the name (cleanSourceName decides).
 */
function articleBefore(sentence: string, s: AttributionSuggestion): string {
  if (s.nameSpan.end <= s.nameSpan.start || /^(?:a|an|the)\s/i.test(s.name)) return ''
  return /\bthe\s+$/i.test(sentence.slice(Math.max(0, s.nameSpan.start - 4), s.nameSpan.start)) ? 'The ' : ''
}
