// Matches a suggested name against the analyst's registry of sources, forgiving what news copy
// varies: case, diacritics, a leading "the", titles and ranks ("Col.", "President"), a possessive
// ’s, and a surname alone ("Kindratenko" for "Col. Oleksandr Kindratenko").
import type { AttributionLanguage } from './languages'
import type { RegistryEntry } from './types'

interface RegistryIndex {
  /** Normalised name or alias → ids of the sources that carry it. */
  byKey: Map<string, Set<string>>
  /** Last word of a multi-word name → ids: how a surname alone finds its person. */
  bySurname: Map<string, Set<string>>
}

/** The words of a name as compared: no diacritics, lower case, no titles, no leading article. */
export function nameKey(name: string, lang: AttributionLanguage): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
  let from = 0
  if (words[from] === 'the' && words.length > 1) from++
  while (from < words.length - 1 && lang.titles.has(words[from])) from++
  return words.slice(from).join(' ')
}

function add(map: Map<string, Set<string>>, key: string, id: string): void {
  if (key.length === 0) return
  const ids = map.get(key)
  if (ids === undefined) map.set(key, new Set([id]))
  else ids.add(id)
}

// The registry handed in is the same array for every sentence of a pass: index it once.
const indexes = new WeakMap<readonly RegistryEntry[], RegistryIndex>()

function indexOf(sources: readonly RegistryEntry[], lang: AttributionLanguage): RegistryIndex {
  const cached = indexes.get(sources)
  if (cached !== undefined) return cached
  const index: RegistryIndex = { byKey: new Map(), bySurname: new Map() }
  for (const source of sources) {
    for (const name of [source.name, ...source.aliases]) {
      const key = nameKey(name, lang)
      add(index.byKey, key, source.id)
      const space = key.lastIndexOf(' ')
      if (space > 0) add(index.bySurname, key.slice(space + 1), source.id)
    }
  }
  indexes.set(sources, index)
  return index
}

function only(ids: Set<string> | undefined): string | undefined {
  if (ids === undefined || ids.size !== 1) return undefined
  return ids.values().next().value
}

/**
 * The id of the one registry source any of `names` designates, or undefined (none, or ambiguous).
 * Surnames are compared only for what may be a person: "Forces" must not find "Special Operations Forces".
 */
export function matchSource(
  names: readonly string[],
  sources: readonly RegistryEntry[] | undefined,
  lang: AttributionLanguage,
  mayBePerson: boolean
): string | undefined {
  if (sources === undefined || sources.length === 0) return undefined
  const index = indexOf(sources, lang)
  const keys = names.map((n) => nameKey(n, lang)).filter((k) => k.length > 0)
  for (const key of keys) {
    const id = only(index.byKey.get(key))
    if (id !== undefined) return id
  }
  if (!mayBePerson) return undefined
  for (const key of keys) {
    const space = key.lastIndexOf(' ')
    // A surname alone finds the one person of that surname; a full name finds a registry entry
    // written as a surname alone.
    const id = space < 0 ? only(index.bySurname.get(key)) : only(index.byKey.get(key.slice(space + 1)))
    if (id !== undefined) return id
  }
  return undefined
}
