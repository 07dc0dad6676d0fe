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
}

export interface CorroborationEvidence {
  applicable: boolean
  contradicts: Evidence[]
  /** Supports from a sourced item with no source in common with this sentence. */
  independent: Evidence[]
  /** Supports from a sourced item that shares a source with this sentence. */
  circular: Evidence[]
  /** Supports whose other side has no attributed source: they cannot show independence. */
  unsourced: Evidence[]
}

export type CorroborationWarningCode =
  'credibility-1-without-independent-support' | 'circular-reporting' | 'override-without-reason'

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
function sameOrigin(
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
    unsourced: []
  }
  if (!result.applicable) return result
  const ownSources = uniq((assessment?.attributions ?? []).map((a) => a.sourceId))

  for (const link of input.links) {
    if (link.relation !== 'supports' && link.relation !== 'contradicts') continue
    const target = link.target
    const isFrom = link.fromSentenceId === sentence.id
    const isTo = target.kind === 'sentence' && target.sentenceId === sentence.id
    // A link of a sentence to itself shows nothing; a link that does not touch it is not its own.
    if (isFrom === isTo) continue

    let otherSentenceId: SentenceId | undefined
    let sourceIds: SourceId[]
    if (isTo) {
      otherSentenceId = link.fromSentenceId
    } else if (target.kind === 'sentence') {
      otherSentenceId = target.sentenceId
    }
    if (otherSentenceId !== undefined) {
      const other = assessmentsBySentenceId.get(otherSentenceId)
      sourceIds = uniq((other?.attributions ?? []).map((a) => a.sourceId))
    } else {
      sourceIds = target.kind === 'external' && target.sourceId ? [target.sourceId] : []
    }
    const sharedSourceIds = sourceIds.filter((id) =>
      ownSources.some((own) => sameOrigin(own, id, sourcesById))
    )
    const evidence: Evidence = { link, relation: link.relation, otherSentenceId, sourceIds, sharedSourceIds }

    if (link.relation === 'contradicts') result.contradicts.push(evidence)
    else if (sourceIds.length === 0) result.unsourced.push(evidence)
    else if (sharedSourceIds.length === 0) result.independent.push(evidence)
    else result.circular.push(evidence)
  }
  return result
}

/**
 * The status the evidence shows. Precedence: not-applicable (headings, context), then contested —
 * a contradiction must be seen even when independent sources also support the claim — then
 * corroborated, then circular (support exists, but every sourced item shares a source with this
 * sentence), then uncorroborated. Unsourced support alone leaves a claim uncorroborated.
 */
export function deriveCorroboration(input: CorroborationInput): CorroborationStatus {
  return statusOf(corroborationEvidence(input))
}

function statusOf(evidence: CorroborationEvidence): CorroborationStatus {
  if (!evidence.applicable) return 'not-applicable'
  if (evidence.contradicts.length > 0) return 'contested'
  if (evidence.independent.length > 0) return 'corroborated'
  if (evidence.circular.length > 0) return 'circular'
  return 'uncorroborated'
}

export interface EffectiveCorroboration {
  /** What the brief shows: the analyst's override when there is one, else the derived status. */
  status: CorroborationStatus
  derived: CorroborationStatus
  override?: CorroborationOverride
}

export function effectiveCorroboration(input: CorroborationInput): EffectiveCorroboration {
  const derived = deriveCorroboration(input)
  const override = input.assessment?.corroborationOverride
  return override ? { status: override.status, derived, override } : { status: derived, derived }
}

function sourceNames(
  ids: readonly SourceId[],
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): string {
  return ids.map((id) => sourcesById?.get(id)?.name ?? id).join(', ')
}

/** What the analyst should look at before trusting this sentence's corroboration. */
export function corroborationWarnings(input: CorroborationInput): CorroborationWarning[] {
  const evidence = corroborationEvidence(input)
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
