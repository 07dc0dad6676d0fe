// Corroboration is derived from the analyst's evidence links, never typed in (DESIGN.md §2), and
// only an independent source corroborates: two reports of one source are one report.
import type {
  Assessment,
  CorroborationOverride,
  CorroborationStatus,
  Link,
  Sentence,
  SentenceId,
  Source,
  SourceId
} from '../model'
import { uniqueLinks } from './link-pairs'
import { weighCitation, weighSentence, type Weighing } from './strength'

export { citationTarget, citationUrlProblem, type CitationDraft, type ExternalTarget } from './citation'
export { conflictingLink, conflictMessage, linkKey, uniqueLinks } from './link-pairs'
export { weighCitation, weighSentence, type SupportStrength, type Weighing } from './strength'

export interface CorroborationInput {
  sentence: Pick<Sentence, 'id' | 'kind'>
  assessment: Assessment | undefined
  /** Every link that touches this sentence: from it, or (sentence targets) to it. Others are ignored. */
  links: readonly Link[]
  /** Assessments of other sentences, by sentence id (any article). */
  assessmentsBySentenceId: ReadonlyMap<SentenceId, Assessment>
  /**
   * The source registry. When given, independence also looks past ids: a spokesperson and the
   * organisation they speak for (affiliation = name or alias), two people of one affiliation, and
   * two registry entries with one name are one origin.
   */
  sourcesById?: ReadonlyMap<SourceId, Source>
}

/** The other end of a `supports` or `contradicts` link, seen from the sentence being judged. */
export interface Evidence {
  link: Link
  relation: 'supports' | 'contradicts'
  /** The other sentence, or undefined for an external target. */
  otherSentenceId?: SentenceId
  /** Sources of the other side: its sentence's attributions, or the external target's source. */
  sourceIds: SourceId[]
  /** Sources of the other side that are not independent of this sentence's sources. */
  sharedSourceIds: SourceId[]
  /** What the other side weighs: strong only when sourced and graded A–C, 1–3. */
  weighing: Weighing
}

export interface CorroborationEvidence {
  applicable: boolean
  contradicts: Evidence[]
  /** Supports from a sourced item with no source in common with this sentence. */
  independent: Evidence[]
  /** Supports from a sourced item that shares a source with this sentence. */
  circular: Evidence[]
  /** Supports that cannot show independence: the other side, or this sentence, has no source. */
  unsourced: Evidence[]
  /** The sentence itself has no attributed source: nothing can be independent of it. */
  unsourcedClaim: boolean
}

export type CorroborationWarningCode =
  | 'credibility-1-without-independent-support'
  | 'circular-reporting'
  | 'override-without-reason'
  | 'weak-corroboration'
  | 'unsourced-claim'

export interface CorroborationWarning {
  code: CorroborationWarningCode
  message: string
  /** The links the warning is about, when there are any. */
  linkIds: string[]
}

/** Links from `sentenceId`, and links whose target is `sentenceId`. */
export function linksTouching(sentenceId: SentenceId, links: readonly Link[]): Link[] {
  return links.filter(
    (link) =>
      link.fromSentenceId === sentenceId ||
      (link.target.kind === 'sentence' && link.target.sentenceId === sentenceId)
  )
}

/**
 * Every sentence's touching links at once, in one pass over the links: for a long article,
 * calling linksTouching per sentence would be sentences × links.
 */
export function linksBySentence(links: readonly Link[]): Map<SentenceId, Link[]> {
  const index = new Map<SentenceId, Link[]>()
  const add = (id: SentenceId, link: Link) => {
    const list = index.get(id)
    if (list) {
      if (list.at(-1) !== link) list.push(link)
    } else index.set(id, [link])
  }
  for (const link of links) {
    add(link.fromSentenceId, link)
    if (link.target.kind === 'sentence') add(link.target.sentenceId, link)
  }
  return index
}

const originKey = (text: string): string => text.normalize('NFC').trim().toLocaleLowerCase('en')

/** Names under which a source may appear as another source's affiliation, or as its duplicate. */
function originKeys(source: Source | undefined): Set<string> {
  if (!source) return new Set()
  return new Set([source.name, ...source.aliases].map(originKey).filter(Boolean))
}

/** True when `a` and `b` cannot count as independent of each other. */
export function sameOrigin(
  a: SourceId,
  b: SourceId,
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): boolean {
  if (a === b) return true
  if (!sourcesById) return false
  const sa = sourcesById.get(a)
  const sb = sourcesById.get(b)
  if (!sa || !sb) return false
  const affA = sa.affiliation ? originKey(sa.affiliation) : ''
  const affB = sb.affiliation ? originKey(sb.affiliation) : ''
  if (affA && affA === affB) return true
  const keysA = originKeys(sa)
  const keysB = originKeys(sb)
  if ((affA && keysB.has(affA)) || (affB && keysA.has(affB))) return true
  for (const key of keysA) if (keysB.has(key)) return true
  return false
}

const uniq = <T>(items: Iterable<T>): T[] => [...new Set(items)]

/** Every supporting and contradicting item of a sentence, sorted into what they can show. */
export function corroborationEvidence(input: CorroborationInput): CorroborationEvidence {
  const { sentence, assessment, assessmentsBySentenceId, sourcesById } = input
  const result: CorroborationEvidence = {
    applicable: sentence.kind !== 'heading' && assessment?.claimType !== 'context',
    contradicts: [],
    independent: [],
    circular: [],
    unsourced: [],
    unsourcedClaim: false
  }
  if (!result.applicable) return result
  const ownSources = uniq((assessment?.attributions ?? []).map((a) => a.sourceId))
  result.unsourcedClaim = ownSources.length === 0
  const seenOthers = new Set<string>()

  // A reverse duplicate (A→B and B→A, one relation) is one piece of evidence, counted once.
  for (const link of uniqueLinks(input.links)) {
    if (link.relation !== 'supports' && link.relation !== 'contradicts') continue
    const target = link.target
    const isFrom = link.fromSentenceId === sentence.id
    const isTo = target.kind === 'sentence' && target.sentenceId === sentence.id
    // A link of a sentence to itself shows nothing; a link that does not touch it is not its own.
    if (isFrom === isTo) continue

    let otherSentenceId: SentenceId | undefined
    let sourceIds: SourceId[]
    let weighing: Weighing
    if (isTo) {
      otherSentenceId = link.fromSentenceId
    } else if (target.kind === 'sentence') {
      otherSentenceId = target.sentenceId
    }
    if (otherSentenceId !== undefined) {
      const other = assessmentsBySentenceId.get(otherSentenceId)
      sourceIds = uniq((other?.attributions ?? []).map((a) => a.sourceId))
      weighing = weighSentence(other, sourcesById)
    } else {
      const sourceId = target.kind === 'external' ? target.sourceId : undefined
      sourceIds = sourceId ? [sourceId] : []
      weighing = weighCitation(sourceId, sourcesById)
    }
    const sharedSourceIds = sourceIds.filter((id) =>
      ownSources.some((own) => sameOrigin(own, id, sourcesById))
    )
    const evidence: Evidence = {
      link,
      relation: link.relation,
      otherSentenceId,
      sourceIds,
      sharedSourceIds,
      weighing
    }
    // Links of both kinds to one sentence (old data) are kept: the contradiction must show.
    const otherKey = `${link.relation}\u0000${otherSentenceId ?? link.id}`
    if (seenOthers.has(otherKey)) continue
    seenOthers.add(otherKey)

    if (link.relation === 'contradicts') result.contradicts.push(evidence)
    else if (sourceIds.length === 0 || result.unsourcedClaim) result.unsourced.push(evidence)
    else if (sharedSourceIds.length === 0) result.independent.push(evidence)
    else result.circular.push(evidence)
  }
  return result
}

/**
 * The status the evidence shows. Precedence: not-applicable (headings, context), then contested —
 * a contradiction must be seen even when independent sources also support the claim — then
 * corroborated, then circular (support exists, but every sourced item shares a source with this
 * sentence), then uncorroborated. Unsourced support alone leaves a claim uncorroborated, and a
 * sentence without a source is never corroborated: nothing can be shown independent of it.
 */
export function deriveCorroboration(input: CorroborationInput): CorroborationStatus {
  return statusOf(corroborationEvidence(input))
}

function statusOf(evidence: CorroborationEvidence): CorroborationStatus {
  if (!evidence.applicable) return 'not-applicable'
  if (evidence.contradicts.length > 0) return 'contested'
  if (evidence.unsourcedClaim) return 'uncorroborated'
  if (evidence.independent.length > 0) return 'corroborated'
  if (evidence.circular.length > 0) return 'circular'
  return 'uncorroborated'
}

/**
 * True when the claim is corroborated only by weak items (DESIGN.md §2). A qualifier of
 * `corroborated`, not a status of its own: statuses are the override vocabulary stored in backups
 * and written to every export, while weakness is always derived from the grades of today.
 */
function weaklyCorroborated(evidence: CorroborationEvidence): boolean {
  return (
    statusOf(evidence) === 'corroborated' && evidence.independent.every((e) => e.weighing.strength === 'weak')
  )
}

export interface EffectiveCorroboration {
  /** What the brief shows: the analyst's override when there is one, else the derived status. */
  status: CorroborationStatus
  derived: CorroborationStatus
  override?: CorroborationOverride
  /**
   * Derived `corroborated` whose independent support is all weak. An override stands on the
   * analyst's reason instead, so a shown status set by hand is never marked weak.
   */
  weak: boolean
}

export function effectiveCorroboration(input: CorroborationInput): EffectiveCorroboration {
  return effectiveOf(input, corroborationEvidence(input))
}

function effectiveOf(input: CorroborationInput, evidence: CorroborationEvidence): EffectiveCorroboration {
  const derived = statusOf(evidence)
  const override = input.assessment?.corroborationOverride
  return override
    ? { status: override.status, derived, override, weak: false }
    : { status: derived, derived, weak: weaklyCorroborated(evidence) }
}

function sourceNames(
  ids: readonly SourceId[],
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): string {
  return ids.map((id) => sourcesById?.get(id)?.name ?? id).join(', ')
}

/** What the analyst should look at before trusting this sentence's corroboration. */
export function corroborationWarnings(input: CorroborationInput): CorroborationWarning[] {
  return warningsOf(input, corroborationEvidence(input))
}

function warningsOf(input: CorroborationInput, evidence: CorroborationEvidence): CorroborationWarning[] {
  const warnings: CorroborationWarning[] = []
  if (!evidence.applicable) return warnings

  if (evidence.independent.length === 0 && evidence.circular.length > 0) {
    const shared = uniq(evidence.circular.flatMap((e) => e.sharedSourceIds))
    warnings.push({
      code: 'circular-reporting',
      message:
        `Circular reporting: every source that supports this sentence shares its origin with it ` +
        `(${sourceNames(shared, input.sourcesById)}). Repetition is not corroboration.`,
      linkIds: evidence.circular.map((e) => e.link.id)
    })
  }
  if (input.assessment?.credibility === 1 && evidence.independent.length === 0) {
    warnings.push({
      code: 'credibility-1-without-independent-support',
      message:
        'Credibility 1 (Confirmed by other sources) needs a supporting link from an independent source; ' +
        'this sentence has none.',
      linkIds: [...evidence.circular, ...evidence.unsourced].map((e) => e.link.id)
    })
  }
  const supported = evidence.independent.length + evidence.circular.length + evidence.unsourced.length
  if (evidence.unsourcedClaim && supported > 0 && evidence.contradicts.length === 0) {
    warnings.push({
      code: 'unsourced-claim',
      message:
        'No source is attributed to this sentence, so no support can be shown independent of it: ' +
        'it is not corroborated until its source is named.',
      linkIds: evidence.unsourced.map((e) => e.link.id)
    })
  }
  if (weaklyCorroborated(evidence)) {
    const why = uniq(evidence.independent.flatMap((e) => e.weighing.reasons)).join(', ')
    warnings.push({
      code: 'weak-corroboration',
      message:
        `Weakly corroborated: every independent item that supports this sentence is weak (${why}). ` +
        'Strong support is a source graded A–C with information graded 1–3.',
      linkIds: evidence.independent.map((e) => e.link.id)
    })
  }
  const override = input.assessment?.corroborationOverride
  if (override && !override.reason.trim()) {
    warnings.push({
      code: 'override-without-reason',
      message: `Corroboration is set to ${override.status} by hand without a reason; the brief must say why.`,
      linkIds: []
    })
  }
  return warnings
}

export interface Corroboration {
  evidence: CorroborationEvidence
  effective: EffectiveCorroboration
  warnings: CorroborationWarning[]
}

/**
 * The evidence, the shown status and the warnings of one sentence from one sorting of its links:
 * a brief needs all three for every sentence, and each of the functions above sorts them anew.
 */
export function corroborationOf(input: CorroborationInput): Corroboration {
  const evidence = corroborationEvidence(input)
  return { evidence, effective: effectiveOf(input, evidence), warnings: warningsOf(input, evidence) }
}
