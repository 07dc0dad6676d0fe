// The content hash of a sentence table: SHA-256 of its raw bytes (table-bytes.ts), not of its
// canonical JSON, so a 75,000-sentence table is hashed in milliseconds (natively, in the import
// worker) instead of the second that writing 300,000 numbers as JSON takes. The audit trail binds
// tables by this hash. The JS hash makes this module one the page loads on demand.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { rememberedTableDigest, tableBytes, type TableColumns } from './table-bytes'

/**
 * Hex SHA-256 of `tableBytes(table)`, by the JS hash: synchronous, for checks and for the history
 * entries written inside a transaction (which must not await). A table the import worker hashed
 * is not hashed again (see `rememberTableDigest`).
 */
export function tableDigestHex(table: TableColumns): string {
  return rememberedTableDigest(table) ?? bytesToHex(sha256(tableBytes(table)))
}

/** The same hex by WebCrypto, off the JS hash: what the import worker computes. */
export async function digestTableHex(table: TableColumns): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return tableDigestHex(table)
  const digest = await subtle.digest('SHA-256', tableBytes(table) as Uint8Array<ArrayBuffer>)
  return bytesToHex(new Uint8Array(digest))
}
