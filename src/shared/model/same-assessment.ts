// Whether a grade read again from the database is the one already held, field by field and
// without serialising: a long article holds tens of thousands of grades, read again after each
// write, and only the grades that did not change may keep their objects.
import type { Assessment } from './index'

const sameList = <T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean =>
  a.length === b.length && a.every((x, i) => same(x, b[i]))

export function sameAssessment(a: Assessment, b: Assessment): boolean {
  if (a === b) return true
  return (
    a.updatedAt === b.updatedAt &&
    a.sentenceId === b.sentenceId &&
    a.articleId === b.articleId &&
    a.credibility === b.credibility &&
    a.claimType === b.claimType &&
    a.note === b.note &&
    a.corroborationOverride?.status === b.corroborationOverride?.status &&
    a.corroborationOverride?.reason === b.corroborationOverride?.reason &&
    a.target.exact === b.target.exact &&
    a.target.prefix === b.target.prefix &&
    a.target.suffix === b.target.suffix &&
    sameList(a.tags, b.tags, (x, y) => x === y) &&
    sameList(a.attributions, b.attributions, (x, y) => x.sourceId === y.sourceId && x.role === y.role) &&
    // A field this comparison does not know yet (a newer version's) must not be taken as equal.
    Object.keys(a).length === Object.keys(b).length
  )
}

/**
 * The grades by sentence id, keeping each object of `previous` whose grade is unchanged, so that
 * views and components derived from a grade that did not change see the very same object.
 */
export function assessmentMap(
  rows: readonly Assessment[],
  previous: ReadonlyMap<string, Assessment> | undefined
): Map<string, Assessment> {
  const map = new Map<string, Assessment>()
  for (const row of rows) {
    const old = previous?.get(row.sentenceId)
    map.set(row.sentenceId, old && sameAssessment(old, row) ? old : row)
  }
  return map
}
