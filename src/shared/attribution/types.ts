// The suggestion the inspector offers for a sentence: who the text says its source is, and how.
import type { AttributionRole, Source, SourceKind } from '../model'

/** UTF-16 offsets into the sentence, `end` exclusive. An empty span means "not in this sentence". */
export interface Span {
  start: number
  end: number
}

export type SuggestionConfidence = 'high' | 'medium' | 'low'

/** Where the words went on their way to the article: "told CNN", "wrote on Telegram", "in a statement". */
export interface Channel {
  name: string
  kind?: SourceKind
  span: Span
}

export interface AttributionSuggestion {
  /** The source as the text names it, cleaned: "Oleksandr Kindratenko", "Ukraine’s Special Operations Forces", "CNN", "the Russian military". */
  name: string
  /** direct-quote: the sentence quotes the source (or opens the quotation); paraphrase: "said that"; reported: "according to", "X reported", an unnamed source; document: "a report by", "the statement said". */
  role: AttributionRole
  /** A guess at the kind of source, for a new registry entry. */
  kind?: SourceKind
  /** The source is not named: "a Ukrainian military official", "people familiar with the matter". */
  anonymous?: boolean
  /** Whom the source speaks for, as the text says: "Ukraine’s Special Operations Forces". */
  affiliation?: string
  /** Titles and descriptions the text gives the source: "Colonel, spokesperson for …", "Ukrainian presidential adviser". */
  description?: string
  /** Another name the text gives the source, such as an acronym in parentheses: "ISW". */
  alias?: string
  channel?: Channel
  /** The words naming the source, for highlighting; empty when the name comes from an earlier sentence. */
  nameSpan: Span
  /** The cue: "said", "according to", "told", or the quotation mark of a continued quotation. */
  cueSpan: Span
  confidence: SuggestionConfidence
  /** Id of the registry source whose name or alias matches, if exactly one does. */
  sourceId?: string
}

export type RegistryEntry = Pick<Source, 'id' | 'name' | 'aliases'>

export interface AttributionContext {
  /** Earlier sentences of the article in reading order, the nearest last: for "he said" and continued quotations. */
  previous?: readonly string[]
  sources?: readonly RegistryEntry[]
  /** BCP 47 tag of the article's language; English when absent. */
  language?: string
}
