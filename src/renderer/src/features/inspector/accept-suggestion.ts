// Accepting a suggested source: the registry's entry when the name matches one, else a new
// entry with what the text says of it (kind, affiliation, titles, acronym).
import type { AttributionSuggestion } from '@shared/attribution'
import type { Sentence } from '@shared/model'
import type { SourcemarkDatabase } from '../../db/database'
import { attributeSentence } from '../../db/assessments'

export function acceptSuggestion(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  s: AttributionSuggestion
) {
  const source = s.sourceId
    ? { id: s.sourceId }
    : {
        name: s.name,
        kind: s.anonymous ? ('anonymous' as const) : s.kind,
        affiliation: s.affiliation,
        description: s.description,
        aliases: s.alias ? [s.alias] : []
      }
  return attributeSentence(db, sentence, articleText, source, s.role)
}
