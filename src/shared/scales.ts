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

/**
 * A sentence's rating, e.g. `B2`: the primary source's reliability, then the credibility.
 * A missing half reads `-` (`B-`, `-2`); an ungraded sentence has the empty rating.
 */
export function rating(
  assessment: Pick<Assessment, 'attributions' | 'credibility'> | undefined,
  sourcesById: ReadonlyMap<string, Pick<Source, 'reliability'>>
): string {
  if (!assessment) return ''
  const primary = assessment.attributions[0]
  const reliability = primary ? sourcesById.get(primary.sourceId)?.reliability : undefined
  if (!reliability && assessment.credibility == null) return ''
  return `${reliability ?? '-'}${assessment.credibility ?? '-'}`
}
