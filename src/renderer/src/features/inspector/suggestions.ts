// The sources the sentence's own words name ("… said", "according to A, B and C"), for the
// selected sentence: every member of a list, names cleaned, kinds guessed (@shared/sources/suggest).
import { suggestAttribution } from '@shared/attribution'
import type { Sentence } from '@shared/model'
import { expandSuggestions, type SourceSuggestion } from '@shared/sources/suggest'
import type { Workspace } from '../reader/use-workspace'

/** How far back "he said" and a continued quotation look for their speaker. */
const CONTEXT = 8

export function suggestionsFor(workspace: Workspace, sentence: Sentence): SourceSuggestion[] {
  if (sentence.kind === 'heading') return []
  const { article, sentences, sources } = workspace
  const text = (s: Sentence) => article.text.slice(s.start, s.end)
  const previous = sentences.slice(Math.max(0, sentence.index - CONTEXT), sentence.index).map(text)
  const registry = [...sources.values()]
  const own = text(sentence)
  return expandSuggestions(
    own,
    suggestAttribution(own, { previous, sources: registry, language: article.language }),
    registry
  )
}
