// The domain model of DESIGN.md §2: plain types shared by every process. No Dexie, no DOM.

/** An ISO 8601 date-time string, e.g. `2026-11-26T15:30:00.000Z`. */
export type ISODateTime = string
/** A calendar date, `YYYY-MM-DD`. */
export type ISODate = string

export type ArticleId = string
/** `${articleId}:${seq}` — stable across splits and merges of its neighbours. */
export type SentenceId = string
export type SourceId = string
export type LinkId = string
export type CaseId = string
export type JudgmentId = string

export type ArticleOriginKind = 'sample' | 'paste' | 'file'

export interface ArticleOrigin {
  kind: ArticleOriginKind
  fileName?: string
  mediaType?: string
  /** Hex SHA-256 of the normalised text: how the same text imported twice is recognised. */
  sha256: string
}

export interface Article {
  id: ArticleId
  title: string
  outlet?: string
  author?: string
  publishedAt?: ISODate
  url?: string
  /** BCP 47 language tag of the text, e.g. `en`. */
  language: string
  /** Normalised full text (NFC, `\n` line ends). Never changes after import. */
  text: string
  importedAt: ISODateTime
  origin: ArticleOrigin
}

export const SENTENCE_KINDS = ['heading', 'body', 'quote', 'list-item'] as const
export type SentenceKind = (typeof SENTENCE_KINDS)[number]

/** A range of an article's text: UTF-16 offsets, `end` exclusive. */
export interface Segment {
  start: number
  end: number
  kind: SentenceKind
}

export interface Sentence extends Segment {
  id: SentenceId
  articleId: ArticleId
  /** 0-based position in reading order. */
  index: number
}

/** W3C Web Annotation TextQuoteSelector: finds the words again if offsets no longer fit. */
export interface TextQuoteSelector {
  exact: string
  prefix?: string
  suffix?: string
}

export const SOURCE_KINDS = [
  'person',
  'organisation',
  'government',
  'military',
  'media',
  'intelligence',
  'social-media',
  'document',
  'anonymous',
  'other'
] as const
export type SourceKind = (typeof SOURCE_KINDS)[number]

export const RELIABILITY_GRADES = ['A', 'B', 'C', 'D', 'E', 'F'] as const
export type Reliability = (typeof RELIABILITY_GRADES)[number]

export const CREDIBILITY_GRADES = [1, 2, 3, 4, 5, 6] as const
export type Credibility = (typeof CREDIBILITY_GRADES)[number]

export interface Source {
  id: SourceId
  name: string
  aliases: string[]
  kind: SourceKind
  affiliation?: string
  description?: string
  /** `null` until the analyst grades the source: a new name has no track record to judge. */
  reliability: Reliability | null
  reliabilityNote?: string
}

export const ATTRIBUTION_ROLES = ['direct-quote', 'paraphrase', 'reported', 'document', 'author'] as const
export type AttributionRole = (typeof ATTRIBUTION_ROLES)[number]

export interface Attribution {
  sourceId: SourceId
  role: AttributionRole
}

export const CLAIM_TYPES = ['fact', 'claim', 'opinion', 'prediction', 'context'] as const
export type ClaimType = (typeof CLAIM_TYPES)[number]

export const CORROBORATION_STATUSES = [
  'uncorroborated',
  'corroborated',
  'contested',
  'circular',
  'not-applicable'
] as const
export type CorroborationStatus = (typeof CORROBORATION_STATUSES)[number]

/** The analyst's override of the derived status; the reason goes into the brief. */
export interface CorroborationOverride {
  status: CorroborationStatus
  reason: string
}

/** One per sentence, created when the analyst first grades it. */
export interface Assessment {
  sentenceId: SentenceId
  articleId: ArticleId
  /** The first attribution is the primary source: its reliability is the rating's letter. */
  attributions: Attribution[]
  credibility: Credibility | null
  claimType: ClaimType
  corroborationOverride?: CorroborationOverride
  note: string
  tags: string[]
  /** Where the sentence stood when graded, to re-anchor it if the article is re-imported. */
  target: TextQuoteSelector
  updatedAt: ISODateTime
}

export const LINK_RELATIONS = ['supports', 'contradicts', 'context'] as const
export type LinkRelation = (typeof LINK_RELATIONS)[number]

export type LinkTarget =
  | { kind: 'sentence'; sentenceId: SentenceId }
  | { kind: 'external'; citation: string; url?: string; sourceId?: SourceId; accessedOn?: ISODate }

/** Evidence: the `from` sentence is supported, contradicted or put in context by the target. */
export interface Link {
  id: LinkId
  fromSentenceId: SentenceId
  /** Article of the `from` sentence, so an article's links are one indexed read. */
  articleId: ArticleId
  relation: LinkRelation
  target: LinkTarget
  note: string
  createdAt: ISODateTime
}

/** The head of a case's brief, kept with the case as the analyst types it. */
export interface CaseHeader {
  /** The brief's title; empty until the analyst gives one (the case's name is used then). */
  title: string
  analyst: string
  /** Handling line, e.g. `UNCLASSIFIED // FOR TRAINING`. */
  handling: string
  /** Bottom line up front. */
  bluf: string
  /** Who the brief is written for, e.g. `Desk editors`. */
  audience: string
  /** The date the brief speaks for (`YYYY-MM-DD`); empty for the day it is exported. */
  date: ISODate | ''
}

/**
 * A case: a named set of articles briefed together, so corroboration across outlets can be
 * judged as one. An article may belong to any number of cases.
 */
export interface Case {
  id: CaseId
  name: string
  /** In the order the brief lists them. */
  articleIds: ArticleId[]
  header: CaseHeader
  createdAt: ISODateTime
  updatedAt: ISODateTime
}

export const LIKELIHOOD_WORDS = [
  'almost no chance',
  'very unlikely',
  'unlikely',
  'roughly even chance',
  'likely',
  'very likely',
  'almost certain'
] as const
/** One of ICD 203's seven estimative terms (their ranges are in scales.ts). */
export type Likelihood = (typeof LIKELIHOOD_WORDS)[number]

export const CONFIDENCE_WORDS = ['High', 'Moderate', 'Low'] as const
/** Analytic confidence in the sources and reasoning behind a judgment (ICD 203), not likelihood. */
export type ConfidenceLevel = (typeof CONFIDENCE_WORDS)[number]

/** A piece of a judgment's evidence: a sentence of any article, or an external citation. */
export interface JudgmentEvidence {
  relation: 'supports' | 'contradicts'
  target: LinkTarget
  note: string
}

/** A key judgment: the analyst's own statement, with its likelihood, confidence and evidence. */
export interface Judgment {
  id: JudgmentId
  caseId: CaseId
  /** 0-based order within the case's key judgments. */
  position: number
  /** The analyst's sentence, in their own words. */
  text: string
  likelihood: Likelihood | null
  confidence: ConfidenceLevel | null
  /** Why the confidence is what it is: the sources and the reasoning. */
  confidenceReason: string
  evidence: JudgmentEvidence[]
  /** What the judgment takes for granted. */
  assumptions: string
  /** Other explanations of the same evidence. */
  alternatives: string
  /**
   * Still the words of the article it was started from (or kept from a sentence marked as key
   * judgment before judgments existed): the analyst should put it in their own words.
   */
  needsRewording: boolean
  /** The sentence the judgment was started from, if any. */
  startedFrom?: SentenceId
  createdAt: ISODateTime
  updatedAt: ISODateTime
}

/** `trail`: an entry about the trail itself (another workspace's chain joined at a restore). */
export type HistoryEntity =
  'article' | 'text' | 'sentences' | 'source' | 'assessment' | 'link' | 'case' | 'judgment' | 'trail'

/** Append-only audit trail; each entry's hash covers the previous one's, so edits show. */
export interface HistoryEntry {
  id?: number
  /** Entries written by one analyst action (one transaction) share it; undo works by action. */
  action?: string
  at: ISODateTime
  entity: HistoryEntity
  entityId: string
  before: unknown
  after: unknown
  hash: string
  prevHash: string
  /**
   * The workspace whose chain the entry belongs to; absent for the library's own chain. Not
   * covered by `hash`: moving an entry to another chain breaks the `prevHash` links of both.
   */
  chain?: string
  /**
   * Hex SHA-256 of the record as the change left it (`null` if deleted): of its canonical JSON,
   * or for a sentence table under `tableHashing: 'bytes'`, of its raw bytes.
   */
  stateHash?: string
  /**
   * How the entry hashes a sentence table, in `stateHash` and in `hash`: `'bytes'`, the SHA-256 of
   * the table's raw bytes (`tableBytes`). Absent: its canonical JSON, as every entry written before.
   */
  tableHashing?: TableHashing
}

/** The one way of hashing a sentence table other than its canonical JSON (see `tableDigestHex`). */
export type TableHashing = 'bytes'

export function sentenceId(articleId: ArticleId, seq: number): SentenceId {
  return `${articleId}:${seq}`
}

export { kindCode, type SentenceTable } from './sentence-table'
