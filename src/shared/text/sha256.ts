// The SHA-256 of a text in JS (@noble/hashes), in a module of its own: the history chain and the
// backup checks need it, the first screen does not, so the page fetches it on demand.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * Hex SHA-256 of the UTF-8 bytes of `text`. Synchronous on purpose: history entries are hashed
 * inside IndexedDB transactions, which commit early if they await anything but the database.
 */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text)))
}
