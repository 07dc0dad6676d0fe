// Turns a found phrase into a suggestion: splits titles from a person's name ("Ukrainian President" |
// "Volodymyr Zelenskyy"), takes the author out of a document ("Western intelligence reports"),
// drops the article before a proper name, and settles the role and kind.
import type { AttributionRole, SourceKind } from '../model'
import type { FoundChannel } from './channel'
import type { Found } from './cues'
import { kindFromWords, looksPersonal, personInContext } from './kind'
import type { AttributionLanguage } from './languages'
import { type Phrase, stem } from './phrase'
import type { Token, Tokens } from './tokens'
import type { AttributionSuggestion, Span } from './types'

interface Parts {
  name: Phrase
  title?: Phrase
  documentOwner: boolean
  documentOnly: boolean
}

export class Describer {
  constructor(
    private readonly sentence: string,
    private readonly tokens: Tokens,
    private readonly lang: AttributionLanguage,
    private readonly previous: readonly string[] | undefined
  ) {}

  private words(p: Phrase): Token[] {
    return this.tokens.list.slice(p.from, p.to)
  }

  private span(p: Phrase): Span {
    return { start: this.tokens.list[p.from].start, end: this.tokens.list[p.to - 1].end }
  }

  private text(p: Phrase): string {
    const s = this.span(p)
    return this.sentence.slice(s.start, s.end)
  }

  /** Separates a document from its author, and a person's name from the titles before it. */
  private parts(p: Phrase): Parts {
    const list = this.tokens.list
    const head = list[p.to - 1]
    if (this.lang.documents.has(stem(head)) && !head.capital) {
      // "the ministry’s statement" → the ministry; "Western intelligence reports" → Western intelligence.
      let to = p.to - 1
      while (to > p.from && this.lang.documents.has(stem(list[to - 1]))) to--
      const owner = to > p.from && !this.lang.determiners.has(list[to - 1].lower)
      return owner
        ? { name: { from: p.from, to }, documentOwner: true, documentOnly: false }
        : { name: p, documentOwner: false, documentOnly: true }
    }
    let k = p.to - 1
    while (k >= p.from && list[k].capital && !this.isTitle(list[k])) k--
    const rest = this.words({ from: k + 1, to: p.to })
    const canSplit =
      k >= p.from &&
      k < p.to - 1 &&
      !this.lang.determiners.has(list[k].lower) &&
      !this.lang.joiners.has(list[k].lower) &&
      !rest.some((w) => this.lang.kindWords.has(w.lower) && !/^\p{Lu}{2,}$/u.test(w.text))
    if (!canSplit) return { name: p, documentOwner: false, documentOnly: false }
    const from = this.lang.determiners.has(list[p.from].lower) ? p.from + 1 : p.from
    return {
      name: { from: k + 1, to: p.to },
      title: from <= k ? { from, to: k + 1 } : undefined,
      documentOwner: false,
      documentOnly: false
    }
  }

  private isTitle(t: Token): boolean {
    const l = t.lower.replace(/\.$/, '')
    return this.lang.titles.has(l) || this.lang.roles.has(l)
  }

  /** "a spokesperson for Y" → Y; "Kremlin spokesman" → Kremlin. */
  private affiliationIn(p: Phrase | undefined): Phrase | undefined {
    if (p === undefined) return undefined
    const list = this.tokens.list
    for (let i = p.from + 1; i < p.to - 1; i++) {
      if (this.lang.affiliationBy.has(list[i].lower) && this.lang.heads.has(stem(list[i - 1]))) {
        const from = i + 1
        const to = list[p.to - 1].type === 'word' ? p.to : p.to - 1
        return from < to ? { from, to } : undefined
      }
    }
    const last = list[p.to - 1]
    if (p.to - p.from >= 2 && this.isTitle(last)) {
      const before = list[p.to - 2]
      if (before.capital && (this.lang.kindWords.has(stem(before)) || before.lower !== stem(before))) {
        return { from: p.from, to: p.to - 1 }
      }
    }
    return undefined
  }

  /** The noun a phrase is about: "sources" in "two sources familiar with the matter". */
  private headOf(p: Phrase): number {
    for (let i = p.from + 1; i < p.to; i++) {
      if (this.lang.postModifiers.has(this.tokens.list[i].lower)) return i - 1
    }
    return p.to - 1
  }

  /** The name as written, with a sentence-initial capital undone on a common noun ("Officials said"). */
  private nameText(name: Phrase): { text: string; span: Span } {
    const list = this.tokens.list
    const span = this.span(name)
    const last = list[name.to - 1]
    // "the ministry’s statement" names the ministry: the possessive ending is not part of it.
    if (stem(last) !== last.lower) span.end -= 2
    let text = this.sentence.slice(span.start, span.end)
    const first = list[name.from]
    const l = stem(first)
    const common = this.lang.determiners.has(l) || this.lang.heads.has(l) || this.lang.modifiers.has(l)
    if (first.capital && common && (name.from === 0 || this.lang.determiners.has(l))) {
      text = text.charAt(0).toLowerCase() + text.slice(1)
    }
    return { text, span }
  }

  describe(found: Found, channel: FoundChannel | null): AttributionSuggestion {
    const list = this.tokens.list
    const parts = this.parts(found.phrase)
    let name = parts.name
    // "the Institute for the Study of War" → "Institute for the Study of War"; "the Russian military" keeps it.
    if (list[name.from].lower === 'the' && list[name.to - 1].capital && name.to - name.from > 1) {
      name = { from: name.from + 1, to: name.to }
    }
    const { text: nameText, span: nameSpan } = this.nameText(name)
    // "a spokesman for the ministry" is about the spokesman.
    const headAt = found.affiliation === undefined ? this.headOf(name) : found.affiliation.from - 2
    const words = this.words({ from: name.from, to: headAt + 1 })
    const head = list[headAt]
    const anonymous = (!head.capital || headAt === 0) && this.lang.unnamedHeads.has(stem(head))
    const aside = found.aside
    const affiliation = found.affiliation ?? this.affiliationIn(aside) ?? this.affiliationIn(parts.title)
    const described = [parts.title, aside].filter((p): p is Phrase => p !== undefined)
    const description =
      described.length === 0 ? undefined : described.map((p) => this.cleanAside(p)).join(', ')
    const channelPhrase = found.channel ?? channel?.phrase
    const channelKind = found.channel !== undefined ? this.channelKind(found.channel) : channel?.kind
    const acronym = found.acronym === undefined ? undefined : list[found.acronym]
    const kind = this.kind(words, parts, anonymous, aside, affiliation, channelKind, acronym)
    const document = found.document === true || parts.documentOwner || parts.documentOnly
    return {
      name: nameText,
      role: this.role(found, document, anonymous),
      ...(kind === undefined ? {} : { kind }),
      ...(anonymous ? { anonymous } : {}),
      ...(affiliation === undefined ? {} : { affiliation: this.text(affiliation) }),
      ...(description === undefined ? {} : { description }),
      ...(found.acronym === undefined ? {} : { alias: list[found.acronym].text }),
      ...(channelPhrase === undefined
        ? {}
        : {
            channel: {
              name: this.text(channelPhrase),
              ...(channelKind === undefined ? {} : { kind: channelKind }),
              span: this.span(channelPhrase)
            }
          }),
      nameSpan,
      cueSpan: this.span(found.cue),
      confidence: parts.documentOnly && found.confidence === 'high' ? 'medium' : found.confidence
    }
  }

  /** "told CNN" → media; "told reporters", "told a news conference" → no kind: they are not outlets. */
  private channelKind(p: Phrase): SourceKind | undefined {
    if (this.lang.channels.has(stem(this.tokens.list[p.to - 1]))) return undefined
    return kindFromWords(this.words(p), this.lang)
  }

  /** "a spokesperson for Y" → "spokesperson for Y": the article belongs to the sentence, not the description. */
  private cleanAside(p: Phrase): string {
    const first = this.tokens.list[p.from]
    const from = first.lower === 'a' || first.lower === 'an' || first.lower === 'the' ? p.from + 1 : p.from
    return from < p.to ? this.text({ from, to: p.to }) : this.text(p)
  }

  private opensWithRole(p: Phrase): boolean {
    const list = this.tokens.list
    const first = this.lang.determiners.has(list[p.from].lower) ? p.from + 1 : p.from
    return first < p.to && this.isTitle(list[first])
  }

  private role(found: Found, document: boolean, anonymous: boolean): AttributionRole {
    if (document || found.sense === 'document') return 'document'
    const quotes = this.tokens.quotedWords >= 3 || found.introducesQuote === true
    if (quotes && found.sense !== 'report') return 'direct-quote'
    // An unnamed source reaches the reader only through the outlet's report of it.
    if (found.sense === 'report' || anonymous) return 'reported'
    return 'paraphrase'
  }

  private kind(
    words: readonly Token[],
    parts: Parts,
    anonymous: boolean,
    aside: Phrase | undefined,
    affiliation: Phrase | undefined,
    channelKind: SourceKind | undefined,
    acronym: Token | undefined
  ): SourceKind | undefined {
    if (parts.documentOnly) return 'document'
    const fromWords =
      kindFromWords(words, this.lang) ??
      (acronym === undefined ? undefined : kindFromWords([acronym], this.lang))
    if (anonymous) {
      const own = kindFromWords(words.slice(0, -1), this.lang)
      const theirs = affiliation === undefined ? undefined : kindFromWords(this.words(affiliation), this.lang)
      return own ?? theirs ?? (fromWords === 'media' ? 'media' : 'anonymous')
    }
    // "Ukrainian President …" ends in a title; ", a spokesperson for …" opens with a role.
    const titled =
      (parts.title !== undefined && this.isTitle(this.tokens.list[parts.title.to - 1])) ||
      (aside !== undefined && this.opensWithRole(aside))
    const personal = looksPersonal(words, this.lang)
    if (parts.title !== undefined && (titled || personal)) return 'person'
    if (fromWords !== undefined) return fromWords
    if (words.every((w) => this.lang.states.has(stem(w)) || w.lower === 'north' || w.lower === 'south')) {
      return 'government'
    }
    const head = words[words.length - 1]
    if (personal || titled || (!head.capital && this.lang.roles.has(stem(head)))) return 'person'
    if (words.length === 1 && personInContext(words[0], this.previous, this.lang)) return 'person'
    if (channelKind === 'social-media') return 'social-media'
    return undefined
  }
}
