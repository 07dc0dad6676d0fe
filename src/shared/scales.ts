// The grading scales of DESIGN.md, with their exact labels: UI and briefs use these verbatim.
import type { Assessment, ConfidenceLevel, Credibility, Likelihood, Reliability, Source } from './model'

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

export { CONFIDENCE_WORDS as CONFIDENCE_LEVELS, LIKELIHOOD_WORDS } from './model'

/** What each confidence level says about the sources and the reasoning (ICD 203). */
export const CONFIDENCE_LABELS: Record<ConfidenceLevel, string> = {
  High: 'High confidence: well-corroborated information from reliable sources, sound reasoning',
  Moderate:
    'Moderate confidence: credible sources and plausible reasoning, not enough to rule out alternatives',
  Low: 'Low confidence: scant, questionable or fragmented information, or sources of doubtful reliability'
}

/** ICD 203's seven estimative terms and the probability each stands for. */
export const LIKELIHOOD_RANGES: Record<Likelihood, string> = {
  'almost no chance': '1–5%',
  'very unlikely': '5–20%',
  unlikely: '20–45%',
  'roughly even chance': '45–55%',
  likely: '55–80%',
  'very likely': '80–95%',
  'almost certain': '95–99%'
}

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
