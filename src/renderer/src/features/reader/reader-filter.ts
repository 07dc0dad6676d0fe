// What the reader shows at a glance and filters by, decided for one sentence at a time from the
// views the reader already derives: the status bar's counts, the chips and the filters read the
// same status and rating the sentence shows, never a second rule.
import type { AttributionRole, Sentence } from '@shared/model'
import { RELIABILITY_LABELS, UNGRADED_RELIABILITY_HINT } from '@shared/scales'
import type { SentenceView } from './use-workspace'

/** The status bar's counts, each also a filter. */
export const STATUS_FILTERS = ['graded', 'ungraded', 'corroborated', 'contested', 'circular'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = {
  graded: 'Graded',
  ungraded: 'Not graded',
  corroborated: 'Corroborated',
  contested: 'Contested',
  circular: 'Circular'
}

/**
 * Reliability classes, as the rating chips are coloured: the letter of the primary source
 * (`?` a source not graded yet, `-` no source) decides the class.
 */
export const RELIABILITY_CLASSES = ['ab', 'c', 'de', 'unknown'] as const
export type ReliabilityClass = (typeof RELIABILITY_CLASSES)[number]

/** In the scale's own words (DESIGN.md §3), so a class never reads as a new grade. */
export const RELIABILITY_CLASS_LABELS: Record<ReliabilityClass, string> = {
  ab: `A–B: ${RELIABILITY_LABELS.A} or ${RELIABILITY_LABELS.B.toLowerCase()}`,
  c: `C: ${RELIABILITY_LABELS.C}`,
  de: `D–E: ${RELIABILITY_LABELS.D} or ${RELIABILITY_LABELS.E.toLowerCase()}`,
  unknown: `F: ${RELIABILITY_LABELS.F}; ?, -: ${UNGRADED_RELIABILITY_HINT}, or none`
}

/** The class of a rating such as `B2`; null for a sentence with no rating at all. */
export function reliabilityClass(rating: string): ReliabilityClass | null {
  if (!rating) return null
  const letter = rating[0]
  if (letter === 'A' || letter === 'B') return 'ab'
  if (letter === 'C') return 'c'
  if (letter === 'D' || letter === 'E') return 'de'
  return 'unknown'
}

/** How the analyst's roles read beside a source's name. */
export const ROLE_LABELS: Record<AttributionRole, string> = {
  'direct-quote': 'direct quote',
  paraphrase: 'paraphrase',
  reported: 'reported by',
  document: 'document',
  author: 'author'
}

/** Every criterion set must hold (they combine with "and"); null or false: not filtered by it. */
export interface ReaderFilter {
  status: StatusFilter | null
  /** Evidence for at least one key judgment. */
  keyEvidence: boolean
  /** Attributed to this source, in any place of its list. */
  sourceId: string | null
  reliability: ReliabilityClass | null
  tag: string | null
}

export const NO_FILTER: ReaderFilter = {
  status: null,
  keyEvidence: false,
  sourceId: null,
  reliability: null,
  tag: null
}

export function isFiltering(filter: ReaderFilter): boolean {
  return (
    filter.status !== null ||
    filter.keyEvidence ||
    filter.sourceId !== null ||
    filter.reliability !== null ||
    filter.tag !== null
  )
}

/** What a sentence is, for the counts and the filters. */
export interface SentenceFacts {
  kind: Sentence['kind']
  view: Pick<SentenceView, 'rating' | 'status'> | undefined
  sourceIds: readonly string[]
  tags: readonly string[]
  judgmentCount: number
}

/** Not graded: no rating shown. A heading is not graded unless the analyst gave it a grade. */
export function isUngraded(facts: Pick<SentenceFacts, 'kind' | 'view'>): boolean {
  return !facts.view?.rating && facts.kind !== 'heading'
}

export function hasStatus(facts: Pick<SentenceFacts, 'kind' | 'view'>, status: StatusFilter): boolean {
  switch (status) {
    case 'graded':
      return Boolean(facts.view?.rating)
    case 'ungraded':
      return isUngraded(facts)
    default:
      return facts.view?.status === status
  }
}

export function matches(filter: ReaderFilter, facts: SentenceFacts): boolean {
  if (filter.status && !hasStatus(facts, filter.status)) return false
  if (filter.keyEvidence && facts.judgmentCount === 0) return false
  if (filter.sourceId && !facts.sourceIds.includes(filter.sourceId)) return false
  if (filter.reliability && reliabilityClass(facts.view?.rating ?? '') !== filter.reliability) return false
  if (filter.tag && !facts.tags.includes(filter.tag)) return false
  return true
}

export type StatusCounts = Record<StatusFilter, number>

/** The status bar's counts over an article's sentences. */
export function countStatuses(
  sentences: readonly Pick<Sentence, 'id' | 'kind'>[],
  views: ReadonlyMap<string, Pick<SentenceView, 'rating' | 'status'>>
): StatusCounts {
  const counts: StatusCounts = { graded: 0, ungraded: 0, corroborated: 0, contested: 0, circular: 0 }
  for (const sentence of sentences) {
    const facts = { kind: sentence.kind, view: views.get(sentence.id) }
    for (const status of STATUS_FILTERS) if (hasStatus(facts, status)) counts[status]++
  }
  return counts
}

/** The filter in words, as the reader shows it above the text; '' when nothing is filtered. */
export function describeFilter(filter: ReaderFilter, sourceName: (id: string) => string): string {
  return [
    filter.status && STATUS_FILTER_LABELS[filter.status],
    filter.keyEvidence && 'Key evidence',
    filter.sourceId && `Source: ${sourceName(filter.sourceId)}`,
    filter.reliability && RELIABILITY_CLASS_LABELS[filter.reliability],
    filter.tag && `Tag: ${filter.tag}`
  ]
    .filter(Boolean)
    .join(' · ')
}

/**
 * The sentence `delta` steps away among those `visible` says are shown, from `from`; `from`
 * itself when none is left that way.
 */
export function stepVisible(
  count: number,
  from: number,
  delta: 1 | -1,
  visible: (index: number) => boolean
): number {
  for (let i = from + delta; i >= 0 && i < count; i += delta) if (visible(i)) return i
  return from
}
