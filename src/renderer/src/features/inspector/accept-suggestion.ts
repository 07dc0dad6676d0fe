// Accepting suggested sources: the registry's entry when the name matches one, else a new entry
// with what the text says of it (kind, affiliation, titles, acronym). Several are one action.
import type { Sentence } from '@shared/model'
import type { SourceSuggestion } from '@shared/sources/suggest'
import type { SourcemarkDatabase } from '../../db/database'
import { addSources } from '../../db/attributions'

export function acceptSuggestions(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  suggestions: readonly SourceSuggestion[]
) {
  return addSources(
    db,
    sentence,
    articleText,
    suggestions.map((s) => ({
      role: s.role,
      source: s.sourceId
        ? { id: s.sourceId }
        : {
            name: s.name,
            kind: s.kind,
            affiliation: s.affiliation,
            description: s.description,
            aliases: s.alias ? [s.alias] : []
          }
    }))
  )
}
