// The audit trail is append-only and hash-chained: each entry's hash covers the entry and the
// previous entry's hash, so editing, removing or reordering past entries breaks the chain. What
// an entry is and how it is written out; the hashing itself is in chain.ts and trail.ts, which the
// page fetches on demand (its first screen writes no history).
import type { HistoryEntry } from '../model'

/** The `prevHash` of the first entry of a trail. */
export const GENESIS_HASH = '0'.repeat(64)

/** What an entry says, before it is chained. */
export type HistoryChange = Pick<
  HistoryEntry,
  'action' | 'at' | 'entity' | 'entityId' | 'before' | 'after' | 'stateHash' | 'chain' | 'tableHashing'
>

/**
 * JSON with object keys in code-unit order at every depth, so equal values always give equal
 * text (the ordering and number format of RFC 8785). Follows `JSON.stringify` for `undefined`
 * (dropped from objects, `null` in arrays), `toJSON` and non-finite numbers (`null`); throws on
 * what JSON would lose silently or cannot write: Map, Set, bigint and cycles.
 */
export function canonicalJson(value: unknown): string {
  return write(value, new Set()) ?? 'null'
}

function write(value: unknown, ancestors: Set<object>): string | undefined {
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    value = (value as { toJSON: () => unknown }).toJSON()
  }
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value)
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : 'null'
    case 'boolean':
      return value ? 'true' : 'false'
    case 'bigint':
      throw new TypeError('canonicalJson: a bigint has no JSON form')
    case 'undefined':
    case 'function':
    case 'symbol':
      return undefined
  }
  if (value === null) return 'null'
  if (value instanceof Map || value instanceof Set) {
    throw new TypeError(`canonicalJson: a ${value instanceof Map ? 'Map' : 'Set'} has no JSON form`)
  }
  // Typed arrays (stand-off sentence tables) are written as the arrays of numbers they hold.
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return `[${Array.from(value as unknown as ArrayLike<number>, (n) => JSON.stringify(n)).join(',')}]`
  }
  const object = value as object
  if (ancestors.has(object)) throw new TypeError('canonicalJson: the value contains a cycle')
  ancestors.add(object)
  let out: string
  if (Array.isArray(object)) {
    out = `[${object.map((item) => write(item, ancestors) ?? 'null').join(',')}]`
  } else {
    const record = object as Record<string, unknown>
    const members: string[] = []
    for (const key of Object.keys(record).sort()) {
      const text = write(record[key], ancestors)
      if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`)
    }
    out = `{${members.join(',')}}`
  }
  ancestors.delete(object)
  return out
}

/** `this library's chain` or `the chain of workspace 1f2e…` */
export function chainName(chain: string | null): string {
  return chain === null ? 'this library’s own chain' : `the chain of workspace ${chain}`
}
