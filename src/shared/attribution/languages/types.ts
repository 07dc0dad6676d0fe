// The shape of a per-language table of attribution cues and source words. Adding a language means
// adding one such table and registering it in ./index.ts; the pattern rules stay the same.
import type { SourceKind } from '../../model'

/** How a cue word attributes: what the source did, and where its source is found. */
export interface Cue {
  /** `speech`: said, told, wrote… `report`: reported (a relay by an outlet). `claim`: confirmed, claimed, announced… `document`: published by… */
  sense: 'speech' | 'report' | 'claim' | 'document'
  /** Names its source only as an agent: "published by X"; "X published" says nothing of a sentence's source. */
  agentOnly?: boolean
  /** `finite` takes a subject before it ("X said") or, inverted, after it ("said X"); `participle` borrows the clause's subject ("…, stating that"); `preposition` names the source after it ("according to X"). */
  form: 'finite' | 'participle' | 'preposition'
  /** The word after the cue that completes it ("according" + "to"). */
  then?: string
  /** The phrase after the cue is where the words went, not who spoke ("told CNN"). */
  channelAfter?: boolean
  /** Also a noun: capitalised inside a sentence, as in a headline ("Conflicting Reports on Kursk"), it is the noun. */
  noun?: boolean
}

/** Word lists (lower case) that let the rules find who a sentence is attributed to. */
export interface AttributionLanguage {
  readonly cues: ReadonlyMap<string, Cue>
  /** Words that may stand between a subject and its cue: "X also said", "X has told". */
  readonly adverbs: ReadonlySet<string>
  /** Words right before a cue that undo it: "declined to say", "did not confirm". */
  readonly negators: ReadonlySet<string>
  /** Forms of "to be" that make a cue passive: "is said to", "was reported by". */
  readonly passive: ReadonlySet<string>
  /** The word that names the agent of a passive cue ("reported by X"). */
  readonly agent: string
  /** Personal pronouns as subjects: "he said" borrows the source of an earlier sentence. */
  readonly pronouns: ReadonlySet<string>
  /** Words that open a noun phrase: "a", "the", "two", "several". */
  readonly determiners: ReadonlySet<string>
  /** Of these, the ones that leave a source unnamed: "a", "two", "several" (not "the"). */
  readonly indefinite: ReadonlySet<string>
  /** Lower-case words inside a proper name: "Institute for the Study of War". */
  readonly joiners: ReadonlySet<string>
  /** Words that join two sources in a list: "officials and intelligence reports". */
  readonly coordinators: ReadonlySet<string>
  /** Capitalised words that never belong to a name: "While", "However", "Monday". */
  readonly stopWords: ReadonlySet<string>
  /** Words that open a subordinate clause: its attribution ranks after the main clause's. */
  readonly subordinators: ReadonlySet<string>
  /** Lower-case nouns that can head a source: official, sources, ministry, military. */
  readonly heads: ReadonlySet<string>
  /** Of the heads, those that leave the source unnamed: official, source, people, diplomat. */
  readonly unnamedHeads: ReadonlySet<string>
  /** Lower-case words that may modify a head: senior, military, state, western. */
  readonly modifiers: ReadonlySet<string>
  /** Roles held by a person, written before a name or after it: spokesperson, adviser, minister. */
  readonly roles: ReadonlySet<string>
  /** Titles and ranks before a name, capitalised or abbreviated: Colonel, Col., President. */
  readonly titles: ReadonlySet<string>
  /** Nouns for a document as a source: report, statement, data. */
  readonly documents: ReadonlySet<string>
  /** Prepositions that attach a document to its author: "a report by X", "data from X". */
  readonly documentBy: ReadonlySet<string>
  /** Prepositions of an affiliation: "a spokesperson for X", "head of X", "an analyst at X". */
  readonly affiliationBy: ReadonlySet<string>
  /** Words that start a trailing modifier of an unnamed source: "familiar with", "close to". */
  readonly postModifiers: ReadonlySet<string>
  /** Words (lower case) that say what kind of source a phrase names. */
  readonly kindWords: ReadonlyMap<string, SourceKind>
  /** Social networks and messengers: "wrote on Telegram" makes the post the channel. */
  readonly platforms: ReadonlySet<string>
  /** Phrases naming a channel that is not a source: "in a statement", "reporters". */
  readonly channels: ReadonlySet<string>
  /** Abbreviations that keep their period inside a name: "Col.", "Lt.", "Dr.". */
  readonly abbreviations: ReadonlySet<string>
  /** Country and capital names standing for a government: "Ukraine claims", "Moscow says". */
  readonly states: ReadonlySet<string>
}

/** A table written as space-separated word lists, as in the segmenter's language tables. */
export type AttributionLanguageSource = {
  [
    K in Exclude<keyof AttributionLanguage, 'cues' | 'kindWords'>
  ]: AttributionLanguage[K] extends ReadonlySet<string> ? string : AttributionLanguage[K]
} & {
  cues: Readonly<Record<string, Cue>>
  kindWords: Readonly<Partial<Record<SourceKind, string>>>
}

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/).filter((w) => w.length > 0))
}

function kindMap(lists: Readonly<Partial<Record<SourceKind, string>>>): ReadonlyMap<string, SourceKind> {
  const map = new Map<string, SourceKind>()
  for (const [kind, list] of Object.entries(lists) as [SourceKind, string][]) {
    for (const word of words(list)) map.set(word, kind)
  }
  return map
}

export function defineAttributionLanguage(source: AttributionLanguageSource): AttributionLanguage {
  return {
    cues: new Map(Object.entries(source.cues)),
    adverbs: words(source.adverbs),
    negators: words(source.negators),
    passive: words(source.passive),
    agent: source.agent,
    pronouns: words(source.pronouns),
    determiners: words(source.determiners),
    indefinite: words(source.indefinite),
    joiners: words(source.joiners),
    coordinators: words(source.coordinators),
    stopWords: words(source.stopWords),
    subordinators: words(source.subordinators),
    heads: words(source.heads),
    unnamedHeads: words(source.unnamedHeads),
    modifiers: words(source.modifiers),
    roles: words(source.roles),
    titles: words(source.titles),
    documents: words(source.documents),
    documentBy: words(source.documentBy),
    affiliationBy: words(source.affiliationBy),
    postModifiers: words(source.postModifiers),
    kindWords: kindMap(source.kindWords),
    platforms: words(source.platforms),
    channels: words(source.channels),
    abbreviations: words(source.abbreviations),
    states: words(source.states)
  }
}
