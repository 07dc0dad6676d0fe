// How the registry compares names when the analyst searches: "kyiv independent" finds
// "The Kyiv Independent", "zelenskyy" finds "Zelenskyy" and "Žilinskas" is found by "zilinskas".
import type { Source } from '../model'

/** Lower case, diacritics removed, inner spaces collapsed: the form two names are compared in. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim().replace(/\s+/g, ' ')
}

/** Whether `query` is part of the source's name or of one of its other names; an empty query matches all. */
export function matchesName(source: Pick<Source, 'name' | 'aliases'>, query: string): boolean {
  const needle = foldName(query)
  if (!needle) return true
  return [source.name, ...source.aliases].some((n) => foldName(n).includes(needle))
}

/** The source the registry knows by exactly this name or other name, folded; undefined when none. */
export function findByName<S extends Pick<Source, 'name' | 'aliases'>>(
  sources: Iterable<S>,
  name: string
): S | undefined {
  const wanted = foldName(name)
  if (!wanted) return undefined
  for (const s of sources) if ([s.name, ...s.aliases].some((n) => foldName(n) === wanted)) return s
  return undefined
}
