// A map that differs from another in a few keys, made without copying the other: a grade changes
// the views of a sentence or two in an article of 76,000, and copying every view after each key
// cost more than all the rest of the grade. Reads look through a short chain of layers; past
// MAX_DEPTH layers the chain is folded into one plain map again, so reads stay short however long
// the analyst grades.

/** Layers a read may look through before the next change folds them into one map. */
export const MAX_DEPTH = 32

class Layered<K, V> implements ReadonlyMap<K, V> {
  readonly size: number

  constructor(
    readonly base: ReadonlyMap<K, V>,
    readonly own: ReadonlyMap<K, V>,
    readonly depth: number
  ) {
    let added = 0
    for (const key of own.keys()) if (!base.has(key)) added++
    this.size = base.size + added
  }

  get(key: K): V | undefined {
    return this.own.has(key) ? this.own.get(key) : this.base.get(key)
  }

  has(key: K): boolean {
    return this.own.has(key) || this.base.has(key)
  }

  /** In a Map's order: the base's keys where they were (with their new values), then new keys. */
  *entries(): MapIterator<[K, V]> {
    for (const [key, value] of this.base) yield [key, this.own.has(key) ? this.own.get(key)! : value]
    for (const entry of this.own) if (!this.base.has(entry[0])) yield entry
  }

  *keys(): MapIterator<K> {
    for (const [key] of this.entries()) yield key
  }

  *values(): MapIterator<V> {
    for (const [, value] of this.entries()) yield value
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.entries()) callback.call(thisArg, value, key, this)
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries()
  }
}

/**
 * `base` with the keys of `changes` set to their values; `base` itself is left as it was. When
 * nothing changes, `base` is returned, so an unchanged map keeps its identity.
 */
export function withChanges<K, V>(base: ReadonlyMap<K, V>, changes: ReadonlyMap<K, V>): ReadonlyMap<K, V> {
  if (changes.size === 0) return base
  const depth = base instanceof Layered ? base.depth + 1 : 1
  if (depth <= MAX_DEPTH) return new Layered(base, new Map(changes), depth)
  const folded = new Map(base)
  for (const [key, value] of changes) folded.set(key, value)
  return folded
}

/**
 * The keys `map` set over `base` when `map` was made from `base` by `withChanges`; `undefined`
 * when it was not, and the caller must compare the two maps whole.
 */
export function keysSetOver<K, V>(map: ReadonlyMap<K, V>, base: ReadonlyMap<K, V>): Iterable<K> | undefined {
  if (map === base) return []
  return map instanceof Layered && map.base === base ? map.own.keys() : undefined
}
