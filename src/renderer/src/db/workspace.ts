// The workspace's identity: an id and an Ed25519 key pair, made on first use and kept in the
// library's settings. Backups are signed with it; restores say whose key signed them. The secret
// key is stored unencrypted in the library, so whoever can read the library can sign as it.
import { keyFingerprint, newWorkspaceKey, type Backup, type WorkspaceKey } from '@shared/backup'
import type { SourcemarkDatabase } from './database'

const KEY = 'workspaceKey'
const KNOWN = 'knownWorkspaces'

/** Another workspace whose signed backup was restored here. */
export interface KnownWorkspace {
  id: string
  publicKey: string
  /** The backup file it was first seen in, and when. */
  fileName: string
  seenAt: string
}

/** Who signed a backup, as the restore dialog says it. */
export type Signer =
  | { kind: 'this'; fingerprint: string }
  | { kind: 'known'; fingerprint: string; workspace: KnownWorkspace }
  | { kind: 'unknown'; fingerprint: string; id: string }
  | { kind: 'unsigned' }

/** This workspace's key, made now if the library has none yet. */
export function workspaceKey(db: SourcemarkDatabase): Promise<WorkspaceKey> {
  return db.transaction('rw', db.settings, async () => {
    const stored = (await db.settings.get(KEY))?.value as WorkspaceKey | undefined
    if (stored) return stored
    const key = newWorkspaceKey(crypto.randomUUID())
    await db.settings.put({ key: KEY, value: key })
    return key
  })
}

/** The workspace id, or null while the library has never needed one. */
export function workspaceId(db: SourcemarkDatabase): Promise<string | null> {
  // A Dexie promise, not a native async function: it is read inside the restore's transaction.
  return db.settings.get(KEY).then((row) => (row?.value as WorkspaceKey | undefined)?.id ?? null)
}

/** This workspace's id and key fingerprint, for the analyst to compare with a colleague's. */
export async function workspaceIdentity(
  db: SourcemarkDatabase
): Promise<{ id: string; fingerprint: string }> {
  const key = await workspaceKey(db)
  return { id: key.id, fingerprint: keyFingerprint(key.publicKey) }
}

export async function knownWorkspaces(db: SourcemarkDatabase): Promise<KnownWorkspace[]> {
  return ((await db.settings.get(KNOWN))?.value as KnownWorkspace[] | undefined) ?? []
}

/**
 * Who signed `backup`, whose signature `parseBackup` found valid (or absent). A key is trusted by
 * its public key, never by the workspace id the file claims.
 */
export async function identifySigner(
  db: SourcemarkDatabase,
  backup: Backup,
  signature: 'valid' | 'unsigned'
): Promise<Signer> {
  if (signature === 'unsigned' || !backup.workspace) return { kind: 'unsigned' }
  const { publicKey, id } = backup.workspace
  const fingerprint = keyFingerprint(publicKey)
  if ((await workspaceKey(db)).publicKey === publicKey) return { kind: 'this', fingerprint }
  const known = (await knownWorkspaces(db)).find((w) => w.publicKey === publicKey)
  return known ? { kind: 'known', fingerprint, workspace: known } : { kind: 'unknown', fingerprint, id }
}

/** Remembers the key that signed a restored backup, so its next backup is recognised. */
export function rememberWorkspace(db: SourcemarkDatabase, backup: Backup, fileName: string): Promise<void> {
  const signer = backup.workspace
  if (!signer || !backup.signature) return Promise.resolve()
  return db.transaction('rw', db.settings, async () => {
    const own = (await db.settings.get(KEY))?.value as WorkspaceKey | undefined
    const known = await knownWorkspaces(db)
    if (own?.publicKey === signer.publicKey || known.some((w) => w.publicKey === signer.publicKey)) return
    known.push({ id: signer.id, publicKey: signer.publicKey, fileName, seenAt: new Date().toISOString() })
    await db.settings.put({ key: KNOWN, value: known })
  })
}
