// An article's fingerprint (SHA-256 of its normalised text) and the id made from it, computed where
// the import runs: WebCrypto in a worker or page, the JS hash only where WebCrypto is missing.
import { bytesToHex } from '@noble/hashes/utils.js'
import { sha256Hex } from './sha256'

/**
 * Hex SHA-256 of the UTF-8 bytes of `text`: the same hex as `sha256Hex`, computed natively by
 * WebCrypto (hundreds of milliseconds faster for a 5 MB article). Hosts without `crypto.subtle`
 * (a page that is not a secure context) get the JS hash.
 */
export async function digestSha256Hex(text: string): Promise<string> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) return sha256Hex(text)
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text))
  return bytesToHex(new Uint8Array(digest))
}

/**
 * The same text gets the same id on every machine, so sentence ids, and the Web Annotation ids
 * made from them, survive a backup restored into a library that imported the text itself.
 */
export function articleIdOf(sha256: string): string {
  const h = sha256.slice(0, 32)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
