// Backups are signed with the workspace's Ed25519 key: the hash chain shows accidental damage, the
// signature shows deliberate edits, even a chain rewritten with every hash recomputed.
import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { canonicalJson } from '../history'
import { sha256Hex } from '../text/sha256'
import { BACKUP_VERSION, type Backup } from './format'

/** A workspace's signing key, as hex. The secret half never leaves the library it was made in. */
export interface WorkspaceKey {
  id: string
  publicKey: string
  secretKey: string
}

/** A new key pair; `randomSecretKey` draws from the platform's cryptographic random source. */
export function newWorkspaceKey(id: string): WorkspaceKey {
  const secret = ed25519.utils.randomSecretKey()
  return { id, publicKey: bytesToHex(ed25519.getPublicKey(secret)), secretKey: bytesToHex(secret) }
}

/** `1a2b 3c4d …`: the first 16 bytes of the SHA-256 of the public key, in groups of four digits. */
export function keyFingerprint(publicKeyHex: string): string {
  const digest = sha256Hex(publicKeyHex.toLowerCase())
  return digest.slice(0, 32).match(/.{4}/g)!.join(' ')
}

/**
 * What is signed: the SHA-256 of the canonical JSON of the backup without its signature, each
 * article's text standing in by its `origin.sha256`. The texts are still covered — parseBackup
 * refuses a text that does not match its fingerprint before it looks at the signature — and a
 * 5 MB article is not hashed a second time.
 */
function signedDigest(backup: Backup): Uint8Array {
  const { signature: _signature, ...unsigned } = backup
  const articles = unsigned.articles.map(({ text: _text, ...article }) => article)
  return hexToBytes(sha256Hex(canonicalJson({ ...unsigned, articles })))
}

/**
 * The backup as the current version, naming the workspace and signed with its key. `version` 2
 * writes a file as Sourcemark wrote them before cases, for tests that restore one.
 */
export function signBackup(backup: Backup, key: WorkspaceKey, version: 2 | 3 = BACKUP_VERSION): Backup {
  const named: Backup = {
    ...backup,
    version,
    workspace: { id: key.id, publicKey: key.publicKey }
  }
  if (version >= 3) {
    named.cases = backup.cases ?? []
    named.judgments = backup.judgments ?? []
  } else {
    delete named.cases
    delete named.judgments
  }
  delete named.signature
  const signature = bytesToHex(ed25519.sign(signedDigest(named), hexToBytes(key.secretKey)))
  return { ...named, signature }
}

export type SignatureCheck = 'valid' | 'unsigned' | 'invalid'

/**
 * Whether the backup's signature is that of the public key it names, over its whole content. The
 * texts count through their fingerprints: check those first (parseBackup does).
 */
export function checkSignature(backup: Backup): SignatureCheck {
  if (!backup.signature || !backup.workspace) return 'unsigned'
  try {
    const ok = ed25519.verify(
      hexToBytes(backup.signature),
      signedDigest(backup),
      hexToBytes(backup.workspace.publicKey)
    )
    return ok ? 'valid' : 'invalid'
  } catch {
    return 'invalid'
  }
}
