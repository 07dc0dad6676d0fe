// Whose key signed a backup, as the restore dialog says it: this workspace, a known one, an
// unknown one, or nobody. A workspace is recognised by its key, never by the id a file claims.
import { afterEach, expect, it } from 'vitest'
import { keyFingerprint, newWorkspaceKey, parseBackup, signBackup, type Backup } from '@shared/backup'
import { exportBackup, restoreBackup } from './backup'
import { SourcemarkDatabase } from './database'
import { ensureSample } from './first-run'
import { identifySigner, workspaceIdentity, workspaceKey } from './workspace'

const dbs: SourcemarkDatabase[] = []
const fresh = async () => {
  const db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
  dbs.push(db)
  return db
}
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

async function backupOf(db: SourcemarkDatabase): Promise<Backup> {
  const parsed = parseBackup((await exportBackup(db)).json, 'analyst.json')
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.backup
}

it('keeps one key per workspace, and shows its fingerprint', async () => {
  const db = await fresh()
  const key = await workspaceKey(db)
  expect(await workspaceKey(db)).toEqual(key)
  expect((await workspaceIdentity(db)).fingerprint).toBe(keyFingerprint(key.publicKey))
  expect(keyFingerprint(key.publicKey)).toMatch(/^([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  expect((await workspaceKey(await fresh())).publicKey).not.toBe(key.publicKey)
})

it('says a backup is signed by this workspace, by an unknown one, then by a known one', async () => {
  const analyst = await fresh()
  await ensureSample(analyst)
  const backup = await backupOf(analyst)
  const fingerprint = keyFingerprint(backup.workspace!.publicKey)
  expect(await identifySigner(analyst, backup, 'valid')).toEqual({ kind: 'this', fingerprint })

  const colleague = await fresh()
  expect(await identifySigner(colleague, backup, 'valid')).toEqual({
    kind: 'unknown',
    fingerprint,
    id: backup.workspace!.id
  })
  await restoreBackup(colleague, backup, 'analyst.json')
  expect(await identifySigner(colleague, backup, 'valid')).toMatchObject({
    kind: 'known',
    fingerprint,
    workspace: { id: backup.workspace!.id, fileName: 'analyst.json' }
  })
})

it('never takes a file for this workspace’s because it claims its id', async () => {
  const analyst = await fresh()
  await ensureSample(analyst)
  const own = await workspaceKey(analyst)
  const impostor = signBackup(await backupOf(analyst), newWorkspaceKey(own.id))
  expect(await identifySigner(analyst, impostor, 'valid')).toMatchObject({ kind: 'unknown', id: own.id })
})

it('says an unsigned file is unsigned', async () => {
  const analyst = await fresh()
  const { workspace: _w, signature: _s, ...unsigned } = await backupOf(analyst)
  expect(await identifySigner(analyst, { ...unsigned, version: 1 }, 'unsigned')).toEqual({ kind: 'unsigned' })
})
