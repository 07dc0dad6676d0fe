// Hashing and checking the chain: each entry's SHA-256 (in JS, synchronous, so that an entry is
// hashed inside the transaction that writes it). A module of its own, apart from what an entry is
// (index.ts), so that the page loads the hash only when it first writes or checks the trail.
import type { HistoryEntry } from '../model'
import { TABLE_FIELDS, type TableColumns } from '../segment/table-bytes'
import { tableDigestHex } from '../segment/table-digest'
import { sha256Hex } from '../text/sha256'
import { canonicalJson, GENESIS_HASH, type HistoryChange } from './index'

/**
 * Hex SHA-256 of the canonical JSON of
 * `{ action, at, entity, entityId, before, after, prevHash, stateHash, tableHashing }` (`action`,
 * `stateHash` and `tableHashing` only when present, so entries written before each existed still
 * verify). Under `tableHashing: 'bytes'` a sentence table in `before` or `after` counts by the
 * SHA-256 of its raw bytes (and any other field it holds), not by its 300,000 numbers as JSON.
 * `chain` is left out: a restore labels a backup's own entries with the chain they came from, and
 * an entry moved between chains breaks the `prevHash` links of both anyway. Synchronous, so it
 * can run inside a database transaction. Throws when a table cannot be read as one.
 */
export function hashEntry(entry: HistoryChange, prevHash: string): string {
  const { action, at, entity, entityId, stateHash, tableHashing } = entry
  let { before, after } = entry
  if (tableHashing === 'bytes' && entity === 'sentences') {
    before = tableByItsBytes(before)
    after = tableByItsBytes(after)
  }
  return sha256Hex(
    canonicalJson({ action, at, entity, entityId, before, after, prevHash, stateHash, tableHashing })
  )
}

/** A sentence table as a hash covers it: its digest in place of its columns; `null` stays. */
function tableByItsBytes(value: unknown): unknown {
  if (value === null || value === undefined) return value
  if (typeof value !== 'object') throw new TypeError('A sentence table in the trail is not a table')
  const rest: Record<string, unknown> = { ...value }
  for (const field of TABLE_FIELDS) delete rest[field]
  if ('tableBytesSha256' in rest) throw new TypeError('A sentence table in the trail has a stray field')
  return { ...rest, tableBytesSha256: tableDigestHex(value as TableColumns) }
}

/** The entry that follows `previous` (or starts the trail), with its hashes filled in. */
export function chainEntry(
  change: HistoryChange,
  previous: Pick<HistoryEntry, 'hash'> | undefined
): HistoryEntry {
  const prevHash = previous ? previous.hash : GENESIS_HASH
  const entry: HistoryEntry = { ...change, prevHash, hash: hashEntry(change, prevHash) }
  for (const key of ['action', 'chain', 'stateHash', 'tableHashing'] as const) {
    if (entry[key] === undefined) delete entry[key]
  }
  return entry
}

export type ChainBreak = 'prev-hash-mismatch' | 'hash-mismatch'

export type ChainVerdict =
  | { ok: true }
  | {
      ok: false
      /** Index in `entries` of the first entry that does not fit. */
      brokenAt: number
      reason: ChainBreak
      message: string
    }

/**
 * Checks a trail in order: each entry must point at the hash of the one before (the first at
 * `startHash`, the genesis hash unless a later segment is checked) and its own hash must match its
 * content. Reports the first entry that fails.
 */
export function verifyChain(
  entries: readonly HistoryEntry[],
  startHash: string = GENESIS_HASH
): ChainVerdict {
  let expectedPrev = startHash
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i]
    const label = `entry ${i + 1} (${entry.entity} ${entry.entityId} at ${entry.at})`
    if (entry.prevHash !== expectedPrev) {
      return {
        ok: false,
        brokenAt: i,
        reason: 'prev-hash-mismatch',
        message: `The audit trail is broken at ${label}: it does not follow the entry before it — an entry was removed, inserted or reordered.`
      }
    }
    if (!hashMatches(entry)) {
      return {
        ok: false,
        brokenAt: i,
        reason: 'hash-mismatch',
        message: `The audit trail is broken at ${label}: its content no longer matches its hash — it was changed after it was written.`
      }
    }
    expectedPrev = entry.hash
  }
  return { ok: true }
}

/** Whether the entry's hash is that of its content; a table that is not one matches nothing. */
function hashMatches(entry: HistoryEntry): boolean {
  try {
    return hashEntry(entry, entry.prevHash) === entry.hash
  } catch {
    return false
  }
}
