// Finds the cues of a sentence ("said", "according to", "told", "stating that") and, for each, the
// phrase that names its source: before the cue, after it when inverted or passive, or the clause's
// subject for a participle. Produces token ranges; ./describe.ts turns them into suggestions.
import { channelPhraseAt } from './channel'
import type { AttributionLanguage, Cue } from './languages'
import { type Phrase, PhraseFinder, stem } from './phrase'
import type { Tokens } from './tokens'
import type { SuggestionConfidence } from './types'

export interface Found {
  phrase: Phrase
  cue: Phrase
  sense: Cue['sense']
  confidence: SuggestionConfidence
  /** The cue introduces a quotation that follows: "Zelenskyy wrote:". */
  introducesQuote?: boolean
  /** A source named as the author of a document: "a report by X", "according to data from X". */
  document?: boolean
  /** An aside describing the source: ", a spokesperson for Y,". */
  aside?: Phrase
  /** The organisation in "a spokesman for the ministry". */
  affiliation?: Phrase
  /** "(ISW)" after the name. */
  acronym?: number
  /** "told CNN": CNN. */
  channel?: Phrase
  /** The subject is "he", "she", "they" or "it": its name is in an earlier sentence. */
  pronoun?: boolean
}

export function findAttributions(tokens: Tokens, lang: AttributionLanguage): Found[] {
  const list = tokens.list
  const finder = new PhraseFinder(list, lang)
  const found: Found[] = []
  const subjects = new ClauseSubjects(
    finder,
    list.findIndex((t) => t.text === ',' && !t.quoted)
  )
  for (let i = 0; i < list.length; i++) {
    const t = list[i]
    const cue = t.type === 'word' && !t.quoted ? lang.cues.get(t.lower) : undefined
    if (cue === undefined || (cue.noun === true && t.capital && i > 0)) continue
    if (cue.then !== undefined && list[i + 1]?.lower !== cue.then) continue
    const range: Phrase = { from: i, to: cue.then === undefined ? i + 1 : i + 2 }
    if (cue.form === 'preposition') found.push(...sourcesAfter(finder, lang, range, cue))
    else if (cue.form === 'participle') pushIf(found, clauseSubject(finder, subjects, range, cue))
    else pushIf(found, finiteSource(finder, lang, range, cue, tokens.quotedWords))
  }
  return found
}

function pushIf(found: Found[], item: Found | null): void {
  if (item !== null) found.push(item)
}

/** "according to X and Y": every source of the list, each a document if it names one. */
function sourcesAfter(finder: PhraseFinder, lang: AttributionLanguage, cue: Phrase, c: Cue): Found[] {
  const out: Found[] = []
  let at = cue.to
  for (;;) {
    const item = agentAfter(finder, lang, at, cue, c)
    if (item === null) break
    out.push(item)
    let next = Math.max(item.phrase.to, item.acronym === undefined ? 0 : item.acronym + 2)
    if (finder.at(next)?.text === ',') next++
    if (!lang.coordinators.has(finder.at(next)?.lower ?? '')) break
    at = next + 1
  }
  return out
}

/** The source named from `at` on: "the ministry", "a report by the UN", "people familiar with…". */
function agentAfter(
  finder: PhraseFinder,
  lang: AttributionLanguage,
  at: number,
  cue: Phrase,
  c: Cue
): Found | null {
  const phrase = finder.after(at, true)
  if (phrase === null) return null
  const head = finder.at(phrase.to - 1)
  // "a report by the UN", "data from the ministry": the author is the source.
  if (
    head !== undefined &&
    lang.documents.has(stem(head)) &&
    lang.documentBy.has(finder.at(phrase.to)?.lower ?? '')
  ) {
    const author = finder.after(phrase.to + 1)
    if (author !== null) return { ...withExtras(finder, author, cue, c), document: true }
  }
  const end = finder.postModifierEnd(phrase.to)
  return withExtras(finder, { from: phrase.from, to: end }, cue, c)
}

function withExtras(finder: PhraseFinder, phrase: Phrase, cue: Phrase, c: Cue): Found {
  const acronym = finder.acronymAfter(phrase.to) ?? undefined
  return { phrase, cue, sense: c.sense, confidence: 'high', acronym }
}

/**
 * The phrases that may be a clause's subject: at the sentence's start, or after an opening phrase
 * ("Meanwhile, Zelenskyy thanked…"). Found once per sentence, however many participles it has.
 */
class ClauseSubjects {
  private cached: (Phrase | null)[] | undefined

  constructor(
    private readonly finder: PhraseFinder,
    private readonly firstComma: number
  ) {}

  candidates(): (Phrase | null)[] {
    this.cached ??= [
      this.finder.after(0),
      this.firstComma < 0 ? null : this.finder.after(this.firstComma + 1)
    ]
    return this.cached
  }
}

/** "…, stating that": the subject of the clause, followed by its own verb in lower case. */
function clauseSubject(finder: PhraseFinder, subjects: ClauseSubjects, cue: Phrase, c: Cue): Found | null {
  if (finder.at(cue.from - 1)?.text !== ',') return null
  for (const phrase of subjects.candidates()) {
    const next = phrase === null ? undefined : finder.at(phrase.to)
    if (phrase !== null && next?.type === 'word' && !next.capital && phrase.to < cue.from) {
      return { phrase, cue, sense: c.sense, confidence: 'medium' }
    }
  }
  return null
}

/** "X said", "X, a spokesperson for Y, said", "said X", "was reported by X", "X told CNN". */
function finiteSource(
  finder: PhraseFinder,
  lang: AttributionLanguage,
  cue: Phrase,
  c: Cue,
  quotedWords: number
): Found | null {
  let j = cue.from
  while (j > 0 && isWord(finder, j - 1) && lang.adverbs.has(finder.at(j - 1)?.lower ?? '')) j--
  const before = finder.at(j - 1)
  if (before !== undefined && lang.negators.has(before.lower)) return null
  const introducesQuote = finder.at(cue.to)?.text === ':'
  const extras = { cue, sense: c.sense, introducesQuote }
  const channel = c.channelAfter
    ? (finder.after(cue.to) ?? channelPhraseAt(finder.tokens, cue.to, lang)?.phrase)
    : undefined
  // "as reported by X", "was confirmed by the ministry": the agent is the source.
  if (finder.at(cue.to)?.lower === lang.agent) {
    const agent = agentAfter(finder, lang, cue.to + 1, cue, c)
    if (agent !== null) return agent
  }
  if (c.agentOnly === true || (before !== undefined && lang.passive.has(before.lower))) return null
  if (before !== undefined && lang.pronouns.has(before.lower) && isWord(finder, j - 1)) {
    return { phrase: { from: j - 1, to: j }, ...extras, channel, confidence: 'medium', pronoun: true }
  }
  const subject = subjectBefore(finder, lang, j)
  if (subject !== null) {
    const subordinate = lang.subordinators.has(finder.at(subject.phrase.from - 1)?.lower ?? '')
    return { ...subject, ...extras, channel, confidence: subordinate ? 'medium' : 'high' }
  }
  // Inverted: "“…,” said Kindratenko." / "…, said John Smith, a spokesman for…". Never sentence-first:
  // "Said Ahmed was elected mayor" names a man.
  const opening = finder.at(cue.from - 1)
  if (opening === undefined || (opening.text !== ',' && opening.type !== 'close')) return null
  const phrase = finder.after(cue.to, true)
  if (phrase === null) return null
  const afterQuote = opening.type === 'close' || quotedWords > 0
  return {
    phrase,
    ...extras,
    aside: asideAfter(finder, phrase.to),
    acronym: finder.acronymAfter(phrase.to) ?? undefined,
    confidence: afterQuote ? 'high' : 'medium'
  }
}

function isWord(finder: PhraseFinder, i: number): boolean {
  const t = finder.at(i)
  return t !== undefined && t.type === 'word' && !t.quoted
}

type Subject = Pick<Found, 'phrase' | 'aside' | 'affiliation' | 'document' | 'acronym'>

/** The subject that ends at `end`, with an aside or affiliation that describes it. */
function subjectBefore(finder: PhraseFinder, lang: AttributionLanguage, end: number): Subject | null {
  const modified = finder.beforeWithPostModifier(end)
  if (modified !== null) return { phrase: modified }
  // "Analysts at the Institute for the Study of War (ISW) assessed"
  if (finder.at(end - 1)?.text === ')' && finder.acronymAfter(end - 3) === end - 2) {
    const named = described(finder, lang, end - 3)
    if (named !== null) return { ...named, acronym: end - 2 }
  }
  const direct = described(finder, lang, end)
  if (direct !== null) return direct
  if (finder.at(end - 1)?.text !== ',' && finder.at(end - 1)?.text !== ')') return null
  const comma = end - 1
  const start = finder.asideStart(comma)
  if (start === null) return null
  const outer = described(finder, lang, start)
  const inner = finder.before(comma)
  const whole = inner !== null && inner.from === start + 1
  // "The head of Y, Kyrylo Budanov, said": the name is inside the commas, the role before them.
  if (whole && finder.at(comma - 1)?.capital === true && outer !== null && endsInRole(finder, lang, outer)) {
    return { phrase: inner, aside: outer.phrase }
  }
  // "X, a spokesperson for Y, said", "Dmytro Kuleba, Ukraine’s foreign minister, said": X is the name.
  if (outer !== null && (finder.opensAside(start + 1) || (whole && !finder.at(comma - 1)?.capital))) {
    return { ...outer, aside: { from: start + 1, to: comma } }
  }
  return null
}

/** "the head of Ukraine’s military intelligence": a role, so what follows in commas is a name. */
function endsInRole(finder: PhraseFinder, lang: AttributionLanguage, subject: Subject): boolean {
  const role = subject.affiliation === undefined ? subject.phrase.to - 1 : subject.affiliation.from - 2
  const t = finder.at(role)
  return t !== undefined && !t.capital && lang.roles.has(stem(t))
}

/** A phrase ending at `end`, widened to "a spokesman for <it>" or marked as "a report by <it>". */
function described(finder: PhraseFinder, lang: AttributionLanguage, end: number): Subject | null {
  const phrase = finder.before(end, true)
  // "Russia’s claims were dismissed": a possessive before the cue makes the cue a noun.
  const last = finder.at(end - 1)
  if (phrase === null || last === undefined || stem(last) !== last.lower) return null
  const link = finder.at(phrase.from - 1)?.lower ?? ''
  const owner = finder.at(phrase.from - 2)
  if (owner !== undefined && lang.documentBy.has(link) && lang.documents.has(stem(owner))) {
    return { phrase, document: true }
  }
  if (owner !== undefined && lang.affiliationBy.has(link) && lang.heads.has(stem(owner))) {
    const holder = finder.before(phrase.from - 1)
    if (holder !== null) return { phrase: { from: holder.from, to: phrase.to }, affiliation: phrase }
  }
  return { phrase }
}

/** ", a spokesman for the Pentagon." after an inverted name. */
function asideAfter(finder: PhraseFinder, to: number): Phrase | undefined {
  if (finder.at(to)?.text !== ',' || !finder.opensAside(to + 1)) return undefined
  let end = to + 1
  while (isWord(finder, end)) end++
  return { from: to + 1, to: end }
}
