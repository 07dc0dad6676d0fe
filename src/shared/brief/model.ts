// The brief as data: every sentence with its text, rating, resolved sources, corroboration and
// evidence, so each output format (Markdown, the print view) only decides how it looks.
import {
  corroborationOf,
  linksBySentence,
  uniqueLinks,
  type CorroborationWarning,
  type EffectiveCorroboration,
  type Evidence,
  type SupportStrength,
  weighCitation,
  weighSentence
} from '../corroboration'
import type {
  Article,
  Assessment,
  AttributionRole,
  CorroborationStatus,
  ISODate,
  ISODateTime,
  Judgment,
  JudgmentEvidence,
  Link,
  Sentence,
  SentenceId,
  Source,
  SourceId
} from '../model'
import { LIKELIHOOD_RANGES, rating } from '../scales'

export interface BriefArticle {
  article: Article
  sentences: Sentence[]
  assessments: Assessment[]
  /** Every link that touches this article's sentences: from them, and from elsewhere to them. */
  links: Link[]
}

/** A sentence of an article outside the brief that a link points at, so it can be quoted. */
export interface ExternalSentence {
  sentence: Sentence
  articleTitle: string
  text: string
  /** Its grading: without it, the sentence has no known source and cannot show independence. */
  assessment?: Assessment
}

export interface BriefInput {
  title: string
  generatedAt: ISODateTime
  analyst?: string
  /** Handling line, e.g. `UNCLASSIFIED // FOR TRAINING`: printed at the top and the bottom. */
  handling?: string
  /** Bottom line up front. */
  bluf?: string
  articles: BriefArticle[]
  /** The source registry: at least every source referenced. */
  sources: Source[]
  /** Sentences of other articles that links or judgments point to, to quote them. */
  externalSentences?: ExternalSentence[]
  /** Who the brief is for, e.g. `Desk editors`. */
  audience?: string
  /** The date the brief speaks for (`YYYY-MM-DD`), when it is not the day it is generated. */
  date?: ISODate
  /** The case briefed, when the brief is of a case rather than of one article. */
  caseName?: string
  /** The case's key judgments, in their order. */
  judgments?: Judgment[]
}

/**
 * How the brief groups claims: the shown status, with derived `corroborated` split by the weight
 * of its support (weakly corroborated is a grouping of the brief, not a stored status).
 */
export type ClaimStatus = Exclude<CorroborationStatus, 'not-applicable'> | 'weakly-corroborated'
export const CLAIM_STATUSES: readonly ClaimStatus[] = [
  'corroborated',
  'weakly-corroborated',
  'contested',
  'circular',
  'uncorroborated'
]

/** A source as the brief cites it: one footnote, however often it is used. */
export interface BriefSource {
  id: SourceId
  /** Footnote label, `s1`, `s2`, … in order of first use. */
  footnote: string
  /** Undefined when the registry does not hold the id. */
  source?: Source
  /** Sentences of the brief's articles attributed to this source. */
  sentenceCount: number
  /** Links whose outside end (another article, an external citation) cites this source. */
  evidenceCount: number
}

export interface BriefAttribution {
  role: AttributionRole
  source: BriefSource
}

/** The other end of a supporting or contradicting link. */
export interface BriefEvidenceSide {
  sentenceId?: SentenceId
  /** The quoted sentence, when it is known. */
  text?: string
  /** Title of the other sentence's article, when it is not one of the brief's. */
  articleTitle?: string
  rating: string
  attributions: BriefAttribution[]
  external?: BriefCitation
}

/** An external citation, footnoted once however often it is cited. */
export interface BriefCitation {
  /** Footnote label, `c1`, `c2`, … in order of first use. */
  footnote: string
  citation: string
  url?: string
  accessedOn?: ISODate
  source?: BriefSource
}

export interface BriefEvidence {
  link: Link
  /** `context`: the other end puts this sentence in context, or this one puts the other. */
  relation: 'supports' | 'contradicts' | 'context'
  /**
   * For supports: what the link can show. `claim-unsourced`: the item has a source but the
   * sentence it supports has none, so independence cannot be shown.
   */
  independence: 'independent' | 'circular' | 'unsourced' | 'claim-unsourced' | 'n/a'
  /** What the other end weighs (DESIGN.md §2), with the reasons it is weak. */
  strength: SupportStrength
  weakReasons: string[]
  /** For context: whether this sentence is the link's `from` end (it is put in context). */
  direction?: 'from' | 'to'
  other: BriefEvidenceSide
}

/** A piece of a key judgment's evidence, resolved: the sentence quoted and graded, or the citation. */
export interface BriefJudgmentEvidence {
  evidence: JudgmentEvidence
  relation: 'supports' | 'contradicts'
  other: BriefEvidenceSide
  /** The cited sentence as the brief grades it, when it is one of the brief's articles. */
  sentence?: BriefSentence
  /** The cited sentence's grading (also for sentences of articles outside the brief). */
  assessment?: Assessment
  /** What the item weighs (DESIGN.md §2), with the reasons it is weak. */
  strength: SupportStrength
  weakReasons: string[]
  /** The item has no source attributed: nothing can be shown independent of it. */
  unsourced: boolean
  /** The cited sentence is not in the library any more (its article was deleted). */
  missing: boolean
}

/** A key judgment as the brief presents it. */
export interface BriefJudgment {
  judgment: Judgment
  /** 1-based, in the case's order. */
  number: number
  /** The likelihood's percentage range, e.g. `55–80%`. */
  likelihoodRange?: string
  supports: BriefJudgmentEvidence[]
  contradicts: BriefJudgmentEvidence[]
}

export interface BriefSentence {
  sentence: Sentence
  article: Article
  text: string
  assessment?: Assessment
  /** E.g. `B2`; empty when ungraded. */
  rating: string
  attributions: BriefAttribution[]
  corroboration: EffectiveCorroboration
  warnings: CorroborationWarning[]
  supports: BriefEvidence[]
  contradicts: BriefEvidence[]
  context: BriefEvidence[]
  /** Graded in some way: a source, a credibility, or marked as context. */
  assessed: boolean
}

export interface BriefModel {
  title: string
  generatedAt: ISODateTime
  analyst?: string
  handling?: string
  bluf?: string
  audience?: string
  date?: ISODate
  caseName?: string
  articles: { article: Article; sentences: BriefSentence[] }[]
  /** The analyst's key judgments, in their order, with their evidence resolved. */
  judgments: BriefJudgment[]
  /** Sentences with something to judge, by their shown (effective) status, in reading order. */
  claims: Record<ClaimStatus, BriefSentence[]>
  /** Non-heading sentences not yet assessed. */
  gaps: BriefSentence[]
  /** Every cited source, in order of first use. */
  sources: BriefSource[]
  /** Every external citation, in order of first use. */
  citations: BriefCitation[]
  /** Sentences with a note or a context link, in reading order: nothing the analyst wrote is dropped. */
  notes: BriefSentence[]
}

function isAssessed(assessment: Assessment | undefined): boolean {
  if (!assessment) return false
  return (
    assessment.attributions.length > 0 || assessment.credibility != null || assessment.claimType === 'context'
  )
}

/** No evidence, no attributions: shared by every sentence that has none, and never written to. */
const NONE: never[] = Object.freeze([]) as never[]

/** What a sentence's grade and links show in the brief: its corroboration, warnings and evidence. */
type Judged = Pick<BriefSentence, 'corroboration' | 'warnings' | 'supports' | 'contradicts' | 'context'>

/**
 * What a sentence with no grade and no link shows, which is the same for every such sentence of
 * its kind (a heading, or not): its corroboration and warnings worked out once per kind and brief,
 * no evidence, frozen and shared. Most sentences of a long article are such; each worked out on
 * its own was most of the time a long article's brief took to build.
 */
function unjudgedOf(
  sourcesById: ReadonlyMap<SourceId, Source>,
  assessmentsBySentenceId: ReadonlyMap<SentenceId, Assessment>
): (sentence: Sentence) => Judged {
  const byKind = new Map<boolean, Judged>()
  return (sentence) => {
    const heading = sentence.kind === 'heading'
    let shown = byKind.get(heading)
    if (!shown) {
      const { effective, warnings } = corroborationOf({
        sentence,
        assessment: undefined,
        links: NONE,
        assessmentsBySentenceId,
        sourcesById
      })
      shown = {
        corroboration: Object.freeze(effective),
        warnings: Object.freeze(warnings) as never[],
        supports: NONE,
        contradicts: NONE,
        context: NONE
      }
      byKind.set(heading, shown)
    }
    return shown
  }
}

const byLinkOrder = (a: BriefEvidence, b: BriefEvidence): number =>
  a.link.createdAt < b.link.createdAt
    ? -1
    : a.link.createdAt > b.link.createdAt
      ? 1
      : a.link.id < b.link.id
        ? -1
        : 1

export function buildBrief(input: BriefInput): BriefModel {
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
  const cited = new Map<SourceId, BriefSource>()
  const cite = (id: SourceId): BriefSource => {
    let entry = cited.get(id)
    if (!entry) {
      entry = {
        id,
        footnote: `s${cited.size + 1}`,
        source: sourcesById.get(id),
        sentenceCount: 0,
        evidenceCount: 0
      }
      cited.set(id, entry)
    }
    return entry
  }

  const citations = new Map<string, BriefCitation>()
  const citeExternal = (target: Extract<Link['target'], { kind: 'external' }>): BriefCitation => {
    const key = JSON.stringify([
      target.citation,
      target.url ?? '',
      target.sourceId ?? '',
      target.accessedOn ?? ''
    ])
    let entry = citations.get(key)
    if (!entry) {
      entry = { footnote: `c${citations.size + 1}`, citation: target.citation }
      if (target.url) entry.url = target.url
      if (target.accessedOn) entry.accessedOn = target.accessedOn
      if (target.sourceId) entry.source = cite(target.sourceId)
      citations.set(key, entry)
    }
    return entry
  }

  const links = new Map<string, Link>()
  const assessmentsBySentenceId = new Map<SentenceId, Assessment>()
  /** The sentences of other articles that links reach, quoted with their article's title. */
  const elsewhere = new Map<SentenceId, { text: string; articleTitle?: string }>()
  for (const ext of input.externalSentences ?? []) {
    elsewhere.set(ext.sentence.id, { text: ext.text, articleTitle: ext.articleTitle })
    if (ext.assessment) assessmentsBySentenceId.set(ext.sentence.id, ext.assessment)
  }
  /** The text of each of the brief's own sentences, by id. */
  const inBrief = new Map<SentenceId, string>()
  const articles = input.articles.map(({ article, sentences, assessments, links: articleLinks }) => {
    for (const a of assessments) assessmentsBySentenceId.set(a.sentenceId, a)
    for (const l of articleLinks) links.set(l.id, l)
    const ordered = [...sentences].sort((a, b) => a.index - b.index)
    for (const s of ordered) inBrief.set(s.id, article.text.slice(s.start, s.end))
    return { article, sentences: ordered }
  })
  // A reverse duplicate stored before links were checked is one link, printed once.
  const touchingById = linksBySentence(uniqueLinks([...links.values()]))

  // First pass: the brief's own attributions, so footnotes follow the reading order.
  const attributionsOf = (assessment: Assessment | undefined, countSentence: boolean): BriefAttribution[] => {
    if (!assessment || assessment.attributions.length === 0) return NONE
    const seen = new Set<SourceId>()
    return assessment.attributions.map(({ sourceId, role }) => {
      const source = cite(sourceId)
      if (countSentence && !seen.has(sourceId)) source.sentenceCount++
      seen.add(sourceId)
      return { role, source }
    })
  }
  const drafts = articles.map(({ article, sentences }) => ({
    article,
    sentences: sentences.map((sentence) => {
      const assessment = assessmentsBySentenceId.get(sentence.id)
      return { sentence, assessment, attributions: attributionsOf(assessment, true) }
    })
  }))

  /** The far end of a link or of a judgment's evidence: `target` is only read for a citation. */
  const side = (target: Link['target'], otherSentenceId: SentenceId | undefined): BriefEvidenceSide => {
    const outside = otherSentenceId === undefined || !inBrief.has(otherSentenceId)
    const countEvidence = (source: BriefSource): void => {
      if (outside) source.evidenceCount++
    }
    if (otherSentenceId !== undefined) {
      const other = assessmentsBySentenceId.get(otherSentenceId)
      const attributions = attributionsOf(other, false)
      for (const id of new Set(attributions.map((a) => a.source.id))) countEvidence(cite(id))
      const found = outside ? elsewhere.get(otherSentenceId) : undefined
      return {
        sentenceId: otherSentenceId,
        text: found ? found.text : inBrief.get(otherSentenceId),
        articleTitle: found?.articleTitle,
        rating: rating(other, sourcesById),
        attributions
      }
    }
    const external = target.kind === 'external' ? target : undefined
    const attributions: BriefAttribution[] = []
    if (external?.sourceId) {
      const source = cite(external.sourceId)
      countEvidence(source)
      attributions.push({ role: 'reported', source })
    }
    return { rating: '', attributions, external: external && citeExternal(external) }
  }
  const brief = (
    e: Evidence,
    relation: 'supports' | 'contradicts',
    independence: BriefEvidence['independence']
  ): BriefEvidence => ({
    link: e.link,
    relation,
    independence,
    strength: e.weighing.strength,
    weakReasons: e.weighing.reasons,
    other: side(e.link.target, e.otherSentenceId)
  })

  /** What a sentence's grade and the links touching it show (see Judged). */
  const judged = (
    sentence: Sentence,
    assessment: Assessment | undefined,
    touching: readonly Link[]
  ): Judged => {
    // One sorting of the links gives the evidence, the shown status and the warnings.
    const { evidence, effective, warnings } = corroborationOf({
      sentence,
      assessment,
      links: touching,
      assessmentsBySentenceId,
      sourcesById
    })
    const supports: BriefEvidence[] = [
      ...evidence.independent.map((e) => brief(e, 'supports', 'independent')),
      ...evidence.circular.map((e) => brief(e, 'supports', 'circular')),
      ...evidence.unsourced.map((e) =>
        brief(
          e,
          'supports',
          evidence.unsourcedClaim && e.sourceIds.length > 0 ? 'claim-unsourced' : 'unsourced'
        )
      )
    ].sort(byLinkOrder)
    const contradicts = evidence.contradicts.map((e) => brief(e, 'contradicts', 'n/a')).sort(byLinkOrder)
    const context = touching
      .filter((link) => link.relation === 'context')
      .flatMap((link): BriefEvidence[] => {
        const isFrom = link.fromSentenceId === sentence.id
        const otherSentenceId = isFrom
          ? link.target.kind === 'sentence'
            ? link.target.sentenceId
            : undefined
          : link.fromSentenceId
        if (otherSentenceId === sentence.id) return []
        const other = side(link.target, otherSentenceId)
        return [
          {
            link,
            relation: 'context',
            independence: 'n/a',
            strength: 'weak',
            weakReasons: [],
            direction: isFrom ? 'from' : 'to',
            other
          }
        ]
      })
      .sort(byLinkOrder)
    return { corroboration: effective, warnings, supports, contradicts, context }
  }
  const unjudged = unjudgedOf(sourcesById, assessmentsBySentenceId)
  const briefArticles = drafts.map(({ article, sentences }) => ({
    article,
    sentences: sentences.map(({ sentence, assessment, attributions }): BriefSentence => {
      const touching = touchingById.get(sentence.id)
      const shown =
        assessment || touching ? judged(sentence, assessment, touching ?? NONE) : unjudged(sentence)
      return {
        sentence,
        article,
        // Cut from the article's text once, when the brief's sentences were listed.
        text: inBrief.get(sentence.id)!,
        assessment,
        rating: rating(assessment, sourcesById),
        attributions,
        corroboration: shown.corroboration,
        warnings: shown.warnings,
        supports: shown.supports,
        contradicts: shown.contradicts,
        context: shown.context,
        assessed: isAssessed(assessment)
      }
    })
  }))

  const all = briefArticles.flatMap((a) => a.sentences)
  /** The brief's sentences by id, for the judgments' evidence: made only when a judgment cites one. */
  let briefSentenceById: Map<SentenceId, BriefSentence> | undefined
  const judgmentEvidence = (evidence: JudgmentEvidence): BriefJudgmentEvidence => {
    const { target } = evidence
    if (target.kind === 'external') {
      const weighing = weighCitation(target.sourceId, sourcesById)
      return {
        evidence,
        relation: evidence.relation,
        other: side(target, undefined),
        strength: weighing.strength,
        weakReasons: weighing.reasons,
        unsourced: target.sourceId === undefined,
        missing: false
      }
    }
    const assessment = assessmentsBySentenceId.get(target.sentenceId)
    const weighing = weighSentence(assessment, sourcesById)
    const item: BriefJudgmentEvidence = {
      evidence,
      relation: evidence.relation,
      other: side(target, target.sentenceId),
      strength: weighing.strength,
      weakReasons: weighing.reasons,
      unsourced: (assessment?.attributions.length ?? 0) === 0,
      missing: !inBrief.has(target.sentenceId) && !elsewhere.has(target.sentenceId)
    }
    briefSentenceById ??= new Map(all.map((s) => [s.sentence.id, s]))
    const inThisBrief = briefSentenceById.get(target.sentenceId)
    if (inThisBrief) item.sentence = inThisBrief
    if (assessment) item.assessment = assessment
    return item
  }
  // An article's brief may hold judgments of several cases: each case's stay together, in the
  // order the input first names the case, each in its own order.
  const caseOrder = new Map<string, number>()
  for (const j of input.judgments ?? []) if (!caseOrder.has(j.caseId)) caseOrder.set(j.caseId, caseOrder.size)
  const judgments = [...(input.judgments ?? [])]
    .sort(
      (a, b) =>
        caseOrder.get(a.caseId)! - caseOrder.get(b.caseId)! ||
        a.position - b.position ||
        a.createdAt.localeCompare(b.createdAt) ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
    .map((judgment, i): BriefJudgment => {
      const resolved = judgment.evidence.map(judgmentEvidence)
      const entry: BriefJudgment = {
        judgment,
        number: i + 1,
        supports: resolved.filter((e) => e.relation === 'supports'),
        contradicts: resolved.filter((e) => e.relation === 'contradicts')
      }
      if (judgment.likelihood) entry.likelihoodRange = LIKELIHOOD_RANGES[judgment.likelihood]
      return entry
    })
  const claims: Record<ClaimStatus, BriefSentence[]> = {
    corroborated: [],
    'weakly-corroborated': [],
    contested: [],
    circular: [],
    uncorroborated: []
  }
  for (const s of all) {
    const status = s.corroboration.status
    const hasEvidence =
      s.supports.length > 0 || s.contradicts.length > 0 || s.assessment?.corroborationOverride
    if (status === 'not-applicable' || !(s.assessed || hasEvidence)) continue
    claims[s.corroboration.weak ? 'weakly-corroborated' : status].push(s)
  }

  return {
    title: input.title,
    generatedAt: input.generatedAt,
    analyst: input.analyst,
    handling: input.handling,
    bluf: input.bluf,
    audience: input.audience,
    date: input.date,
    caseName: input.caseName,
    articles: briefArticles,
    judgments,
    claims,
    gaps: all.filter((s) => s.sentence.kind !== 'heading' && !s.assessed),
    sources: [...cited.values()],
    citations: [...citations.values()],
    notes: all.filter((s) => s.assessment?.note.trim() || s.context.length > 0)
  }
}
