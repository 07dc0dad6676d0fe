// How much a supporting item weighs (DESIGN.md §2): only a sourced item graded A–C and 1–3 is
// strong; a claim resting on weak items alone is weakly corroborated, whatever their number.
import type { Assessment, Reliability, Source, SourceId } from '../model'

export type SupportStrength = 'strong' | 'weak'

export interface Weighing {
  strength: SupportStrength
  /** Why the item is weak, for the reader of a warning: `reliability D`, `credibility 5`, … */
  reasons: string[]
}

const STRONG_RELIABILITY: ReadonlySet<Reliability> = new Set(['A', 'B', 'C'])

function reliabilityReasons(
  sourceId: SourceId | undefined,
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): string[] {
  if (sourceId === undefined) return ['no source']
  const reliability = sourcesById?.get(sourceId)?.reliability ?? null
  if (reliability === null) return ['source not graded']
  return STRONG_RELIABILITY.has(reliability) ? [] : [`reliability ${reliability}`]
}

const weighing = (reasons: string[]): Weighing => ({
  strength: reasons.length === 0 ? 'strong' : 'weak',
  reasons
})

/**
 * A supporting sentence: its primary source's reliability (the rating's letter) and its
 * credibility. Not graded yet counts as weak: an unjudged item cannot carry a claim.
 */
export function weighSentence(
  assessment: Assessment | undefined,
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): Weighing {
  const reasons = reliabilityReasons(assessment?.attributions[0]?.sourceId, sourcesById)
  const credibility = assessment?.credibility ?? null
  if (credibility === null) reasons.push('credibility not graded')
  else if (credibility > 3) reasons.push(`credibility ${credibility}`)
  return weighing(reasons)
}

/**
 * An external citation: the model gives it a source but no credibility of its own (a document is
 * cited, not graded sentence by sentence), so its source's reliability alone decides.
 */
export function weighCitation(
  sourceId: SourceId | undefined,
  sourcesById: ReadonlyMap<SourceId, Source> | undefined
): Weighing {
  return weighing(reliabilityReasons(sourceId, sourcesById))
}
