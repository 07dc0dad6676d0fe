// Opening the library against real IndexedDB: a library this app cannot read is refused, and
// whatever was stored is still there, unchanged, afterwards.
import { afterEach, expect, it } from 'vitest'
import Dexie from 'dexie'
import { SourcemarkDatabase } from './database'
import { closeOnVersionChange, openLibrary, storedVersion } from './open-library'
import { fixture } from './migrations/fixture-library'
import { readRawLibrary, writeRawLibrary, type RawLibrary } from './migrations/raw-library'

const names: string[] = []
const freshName = () => {
  const name = `open-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** The last version this app declares; tests stay true as versions are added. */
const APP_VERSION = new SourcemarkDatabase('never-opened').verno
/** A version no Sourcemark of this code base has written yet. */
const NEWER = APP_VERSION + 3

/** A library as a later Sourcemark might store it: a newer version, a table this one does not know. */
function newerLibrary(): RawLibrary {
  const raw = fixture('v1-as-landed')
  raw.version = NEWER * 10
  raw.stores.judgments = {
    keyPath: 'id',
    autoIncrement: false,
    indexes: [],
    rows: [{ id: 'j1', text: 'North Korean units have left the Kursk front.' }]
  }
  return raw
}

it('a new library is created at the current version', async () => {
  const name = freshName()
  expect(await storedVersion(name)).toBe(0)
  const db = new SourcemarkDatabase(name)
  expect(await openLibrary(db)).toEqual({ ok: true })
  expect(db.isOpen()).toBe(true)
  expect(db.verno).toBe(APP_VERSION)
  db.close()
  expect(await storedVersion(name)).toBe(APP_VERSION * 10)
})

/** The page's IndexedDB, counting the databases opened through it; `listing: false` hides databases(). */
function countingOpens({ listing = true } = {}): { idb: IDBFactory; opened: string[] } {
  const opened: string[] = []
  const idb = {
    open: (name: string, version?: number) => {
      opened.push(name)
      return indexedDB.open(name, version)
    },
    deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
    cmp: (a: unknown, b: unknown) => indexedDB.cmp(a, b),
    ...(listing ? { databases: () => indexedDB.databases() } : {})
  } as IDBFactory
  return { idb, opened }
}

it('the stored version is read from the list of databases: nothing is opened, and none is made', async () => {
  const absent = freshName()
  const present = freshName()
  await writeRawLibrary(present, fixture('v1-as-landed'))
  const { idb, opened } = countingOpens()
  expect(await storedVersion(absent, idb)).toBe(0)
  expect(await storedVersion(present, idb)).toBe(10)
  expect(opened).toEqual([])
  expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(absent)
})

it('where the browser lists no databases, the version is read by an open that creates none', async () => {
  const absent = freshName()
  const present = freshName()
  await writeRawLibrary(present, fixture('v1-as-landed'))
  const { idb, opened } = countingOpens({ listing: false })
  expect(await storedVersion(absent, idb)).toBe(0)
  expect(await storedVersion(present, idb)).toBe(10)
  expect(opened).toEqual([absent, present])
  expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(absent)
})

it('only a library that does not exist yet is announced as being created', async () => {
  const name = freshName()
  const created: string[] = []
  const creating = () => created.push(name)
  const db = new SourcemarkDatabase(name)
  expect(await openLibrary(db, { creating })).toEqual({ ok: true })
  db.close()
  expect(created).toEqual([name])
  const again = new SourcemarkDatabase(name)
  expect(await openLibrary(again, { creating })).toEqual({ ok: true })
  again.close()
  expect(created).toEqual([name])
})

it('a library saved by a newer Sourcemark is refused and left exactly as it was', async () => {
  const name = freshName()
  await writeRawLibrary(name, newerLibrary())
  const before = await readRawLibrary(name)

  const db = new SourcemarkDatabase(name)
  const opening = await openLibrary(db)
  expect(opening).toEqual({
    ok: false,
    problem: { kind: 'newer', storedVersion: NEWER, appVersion: APP_VERSION }
  })
  expect(db.isOpen()).toBe(false)

  const after = await readRawLibrary(name)
  expect(after.version).toBe(NEWER * 10)
  expect(after).toEqual(before)
  expect(after.stores.judgments.rows).toHaveLength(1)
})

it('an upgrade that fails is reported with its reason and the old library stays in its old shape', async () => {
  const name = freshName()
  const raw = fixture('v1-before-text-table')
  ;(raw.stores.sentences.rows[0] as { kinds: string[] }).kinds[3] = 'footnote'
  await writeRawLibrary(name, raw)
  const before = await readRawLibrary(name)

  const db = new SourcemarkDatabase(name)
  const opening = await openLibrary(db)
  expect(opening.ok).toBe(false)
  if (opening.ok) return
  expect(opening.problem).toMatchObject({ kind: 'upgrade-failed', storedVersion: 1, appVersion: APP_VERSION })
  expect(opening.problem.kind === 'upgrade-failed' && opening.problem.reason).toMatch(
    /sentences.*kinds\[3\] is "footnote", not a kind/
  )
  const after = await readRawLibrary(name)
  expect(after).toEqual(before)
  expect(after.stores.texts).toBeUndefined()
  expect(after.stores.articles.rows.every((a) => typeof (a as { text: unknown }).text === 'string')).toBe(
    true
  )
})

it('a library held open by another window cannot be opened now, and the app says so instead of waiting', async () => {
  const name = freshName()
  const raw = fixture('v1-before-text-table')
  await writeRawLibrary(name, raw)
  // An older window's connection that does not give way to an upgrade.
  const other = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  other.onversionchange = () => {}

  const db = new SourcemarkDatabase(name)
  const opening = await openLibrary(db)
  expect(opening).toEqual({
    ok: false,
    problem: {
      kind: 'cannot-open',
      reason: expect.stringMatching(/another Sourcemark window/),
      heldOpen: true
    }
  })
  expect(db.isOpen()).toBe(false)
  // Still the old layout, as the other window sees it.
  expect(other.version).toBe(10)
  const articles = await new Promise<unknown[]>((resolve) => {
    const request = other.transaction('articles').objectStore('articles').getAll()
    request.onsuccess = () => resolve(request.result)
  })
  expect(articles).toEqual(raw.stores.articles.rows)
  other.close()
  // Once the other window lets go, the library opens and is brought up to date.
  await db.open()
  expect(await db.texts.count()).toBe(2)
  db.close()
})

it('when another window upgrades the open library, the app lets go of it and never reopens it', async () => {
  const name = freshName()
  await writeRawLibrary(name, fixture('v1-as-landed'))
  const db = new SourcemarkDatabase(name)
  expect(await openLibrary(db)).toEqual({ ok: true })
  let told = 0
  closeOnVersionChange(db, () => told++)

  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.open(name, NEWER * 10)
    request.onupgradeneeded = () => request.result.createObjectStore('watchlists', { keyPath: 'id' })
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
  expect(told).toBe(1)
  // Dexie would have reopened the newer library on the next read; now the read is refused.
  await expect(db.sources.count()).rejects.toThrow(/closed/i)
  const after = await readRawLibrary(name)
  expect(after.version).toBe(NEWER * 10)
  expect(after.stores.sources.rows).toHaveLength(4)
})
