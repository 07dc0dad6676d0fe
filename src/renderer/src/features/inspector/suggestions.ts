// The sources the sentence's own words name ("… said", "according to …"), for the selected sentence.
import { suggestAttribution, type AttributionSuggestion } from '@shared/attribution'
import type { Sentence } from '@shared/model'
import type { Workspace } from '../reader/use-workspace'

/** How far back "he said" and a continued quotation look for their speaker. */
const CONTEXT = 8

export function suggestionsFor(workspace: Workspace, sentence: Sentence): AttributionSuggestion[] {
  if (sentence.kind === 'heading') return []
  const { article, sentences, sources } = workspace
  const text = (s: Sentence) => article.text.slice(s.start, s.end)
  const previous = sentences.slice(Math.max(0, sentence.index - CONTEXT), sentence.index).map(text)
  return suggestAttribution(text(sentence), {
    previous,
    sources: [...sources.values()],
    language: article.language
  })
}

/** The words a role stands for, as the inspector shows them. */
export const ROLE_LABELS: Record<AttributionSuggestion['role'], string> = {
  'direct-quote': 'quoted',
  paraphrase: 'paraphrased',
  reported: 'reported',
  document: 'document',
  author: 'author'
}
