// The registry view's search, filters and order, as one pure function of the sources and their use.
import { RELIABILITY_GRADES, type Reliability, type Source, type SourceKind } from '../model'
import { matchesName } from './fold'

export type RegistrySort = 'name' | 'reliability' | 'use'
/** A reliability grade, or `ungraded` for a source not graded yet. */
export type ReliabilityFilter = Reliability | 'ungraded'
export type UseFilter = 'used' | 'unused'

export interface RegistryQuery {
  /** Part of a name or other name, compared without case or diacritics. */
  search?: string
  kind?: SourceKind | null
  reliability?: ReliabilityFilter | null
  use?: UseFilter | null
  sort?: RegistrySort
}

/**
 * The sources that match, in the order asked for: by name (A–Z); by reliability (A first, not
 * graded last); by use (most cited first). Ties fall back to the name, so the order is stable.
 */
export function queryRegistry<S extends Source>(
  sources: Iterable<S>,
  uses: ReadonlyMap<string, number>,
  query: RegistryQuery
): S[] {
  const use = (s: Source) => uses.get(s.id) ?? 0
  const matching = [...sources].filter(
    (s) =>
      matchesName(s, query.search ?? '') &&
      (!query.kind || s.kind === query.kind) &&
      (!query.reliability ||
        (query.reliability === 'ungraded' ? s.reliability === null : s.reliability === query.reliability)) &&
      (!query.use || (query.use === 'used') === use(s) > 0)
  )
  const byName = (a: Source, b: Source) => a.name.localeCompare(b.name)
  const rank = (s: Source) =>
    s.reliability === null ? RELIABILITY_GRADES.length : RELIABILITY_GRADES.indexOf(s.reliability)
  const order: Record<RegistrySort, (a: Source, b: Source) => number> = {
    name: byName,
    reliability: (a, b) => rank(a) - rank(b) || byName(a, b),
    use: (a, b) => use(b) - use(a) || byName(a, b)
  }
  return matching.sort(order[query.sort ?? 'name'])
}
