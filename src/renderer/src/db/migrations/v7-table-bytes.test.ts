// Version 7 opens a library version 6 wrote, whose history entries hash sentence tables by their
// canonical JSON: nothing is rewritten, the old entries still verify the old way, and from then on
// an import, a split and its undo record tables by the hash of their raw bytes, which verify too —
// in the library, in its backup and in a backup version 6 wrote.
import { afterEach, expect, it } from 'vitest'
import Dexie from 'dexie'
import { parseBackup, stateHash } from '@shared/backup'
import { tableDigestHex } from '@shared/segment/table-digest'
import type { HistoryEntry } from '@shared/model'
import v6Backup from './fixtures/v6-backup.json?raw'
import { getArticle, importArticle } from '../articles'
import { exportBackup, restoreBackup, verifyLibrary } from '../backup'
import { splitSentence } from '../corrections'
import { SourcemarkDatabase } from '../database'
import { expandSentences } from '../sentences'
import { undo } from '../undo'
import { fixture } from './fixture-library'
import { readRawLibrary, writeRawLibrary } from './raw-library'

const names: string[] = []
const open: SourcemarkDatabase[] = []
afterEach(async () => {
  for (const db of open.splice(0)) db.close()
  for (const name of names.splice(0)) await Dexie.delete(name)
})

async function openFixture(): Promise<{ name: string; db: SourcemarkDatabase }> {
  const name = `migration-${crypto.randomUUID()}`
  names.push(name)
  await writeRawLibrary(name, fixture('v6-before-table-bytes'))
  const db = new SourcemarkDatabase(name)
  open.push(db)
  await db.open()
  return { name, db }
}

async function freshLibrary(): Promise<SourcemarkDatabase> {
  const name = `restore-${crypto.randomUUID()}`
  names.push(name)
  const db = new SourcemarkDatabase(name)
  open.push(db)
  await db.open()
  return db
}

const TEXT = `Drone debris damages apartment block in Kharkiv

Debris from a downed drone damaged an apartment block in Kharkiv overnight, the regional governor said on Wednesday. Nobody was hurt, he said. Firefighters put out a blaze on the ninth floor within an hour.`

async function verified(db: SourcemarkDatabase): Promise<void> {
  const verdict = await verifyLibrary(db)
  expect(verdict.trail).toMatchObject({ ok: true })
  expect(verdict.records).toBeNull()
}

it('opens a version-6 library untouched, and its trail and records still verify', async () => {
  const before = fixture('v6-before-table-bytes')
  const tables = (before.stores.history.rows as HistoryEntry[]).filter((e) => e.entity === 'sentences')
  // Written by version 6: four table entries (two imports, a split, a merge), none saying how.
  expect(tables).toHaveLength(4)
  expect(tables.every((e) => e.tableHashing === undefined && e.stateHash)).toBe(true)

  const { name, db } = await openFixture()
  expect(db.verno).toBeGreaterThanOrEqual(7)
  await verified(db)
  db.close()
  const after = await readRawLibrary(name)
  for (const [store, raw] of Object.entries(before.stores)) expect(after.stores[store]).toEqual(raw)
})

it('records a new import’s table by the hash of its raw bytes, and the whole trail verifies', async () => {
  const { db } = await openFixture()
  const outcome = await importArticle(db, { title: 'Drone debris in Kharkiv', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('not imported')
  const stored = (await db.sentences.get(outcome.articleId))!
  const entry = (await db.history.toArray()).findLast((e) => e.entity === 'sentences')!
  expect(entry.entityId).toBe(outcome.articleId)
  expect(entry.tableHashing).toBe('bytes')
  expect(entry.stateHash).toBe(tableDigestHex(stored))
  expect(entry.stateHash).not.toBe(stateHash('sentences', stored))
  await verified(db)

  // A split and its undo write both tables of each entry under the new hash.
  const text = (await getArticle(db, outcome.articleId))!.text
  const [, second] = expandSentences(stored)
  await splitSentence(db, outcome.articleId, second.id, text.indexOf(' an apartment'))
  await verified(db)
  expect(await undo(db)).toBe('Split sentence')
  await verified(db)
  expect(await db.sentences.get(outcome.articleId)).toEqual(stored)
})

it('restores the backup of a library holding both kinds of entries, and one version 6 wrote', async () => {
  const { db } = await openFixture()
  await importArticle(db, { title: 'Drone debris in Kharkiv', text: TEXT, origin: 'paste' })
  const parsed = parseBackup((await exportBackup(db)).json, 'both.json')
  if (!parsed.ok) throw new Error(parsed.error)
  expect(parsed.backup.history?.filter((e) => e.tableHashing === 'bytes')).toHaveLength(1)
  const elsewhere = await freshLibrary()
  await restoreBackup(elsewhere, parsed.backup)
  expect(await elsewhere.sentences.count()).toBe(3)
  await verified(elsewhere)

  const old = parseBackup(v6Backup, 'v6.json')
  if (!old.ok) throw new Error(old.error)
  expect(old.signature).toBe('valid')
  const another = await freshLibrary()
  await restoreBackup(another, old.backup)
  expect(await another.sentences.count()).toBe(2)
  await verified(another)
})

it('names a table whose bytes changed behind the trail', async () => {
  const { db } = await openFixture()
  const outcome = await importArticle(db, { title: 'Drone debris in Kharkiv', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('not imported')
  const table = (await db.sentences.get(outcome.articleId))!
  table.ends[1] -= 1
  await db.sentences.put(table)
  const verdict = await verifyLibrary(db)
  expect(verdict.trail.ok).toBe(true)
  expect(verdict.records).toMatch(/sentences \(“Drone debris in Kharkiv”\): does not match the audit trail/)
})
