// The grading scales of DESIGN.md, with their exact labels: UI and briefs use these verbatim.
import type { Credibility, Reliability, Assessment, Source } from './model'

export const RELIABILITY_LABELS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged'
}

export const CREDIBILITY_LABELS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged'
}

export const CONFIDENCE_LEVELS = ['High', 'Moderate', 'Low'] as const
export type Confidence = (typeof CONFIDENCE_LEVELS)[number]

export const LIKELIHOOD_TERMS = [
  { term: 'almost no chance', range: '1–5%' },
  { term: 'very unlikely', range: '5–20%' },
  { term: 'unlikely', range: '20–45%' },
  { term: 'roughly even chance', range: '45–55%' },
  { term: 'likely', range: '55–80%' },
  { term: 'very likely', range: '80–95%' },
  { term: 'almost certain', range: '95–99%' }
] as const

/** The rating's letter while the primary source is in the registry but not graded yet, e.g. `?2`. */
export const UNGRADED_RELIABILITY = '?'
/** What an ungraded source's `?` means, wherever the rating is shown (tooltips, exports). */
export const UNGRADED_RELIABILITY_HINT = 'source not graded yet'

/**
 * A sentence's rating, e.g. `B2`: the primary source's reliability, then the credibility.
 * A missing half reads `-` (`B-`, `-2`); a primary source not graded yet reads `?` (`?2`), so a
 * rating never shows a letter the analyst did not give; an ungraded sentence has the empty rating.
 */
export function rating(
  assessment: Pick<Assessment, 'attributions' | 'credibility'> | undefined,
  sourcesById: ReadonlyMap<string, Pick<Source, 'reliability'>>
): string {
  if (!assessment) return ''
  const primary = assessment.attributions[0]
  const source = primary ? sourcesById.get(primary.sourceId) : undefined
  const letter = source ? (source.reliability ?? UNGRADED_RELIABILITY) : undefined
  if (!letter && assessment.credibility == null) return ''
  return `${letter ?? '-'}${assessment.credibility ?? '-'}`
}

/** The tooltip a rating needs, if any: `?2` says its source is not graded yet. */
export function ratingHint(rating: string): string | undefined {
  return rating.startsWith(UNGRADED_RELIABILITY) ? UNGRADED_RELIABILITY_HINT : undefined
}
