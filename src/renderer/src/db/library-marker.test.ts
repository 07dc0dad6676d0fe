// The marker and the start-up decision against real IndexedDB and the browser's real
// localStorage: a library deleted under the app is noticed, never silently replaced by the sample.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { LibraryMarker } from '@shared/ipc/contract'
import { browserPlatform, LIBRARY_MARKER_KEY } from '../platform/browser'
import { getArticle } from './articles'
import { updateAssessment } from './assessments'
import { SourcemarkDatabase } from './database'
import { ensureSample, openLibrary, startNewLibrary } from './first-run'
import { libraryCounts, recordBackupFile, recordCounts, watchLibrary } from './library-marker'
import { expandSentences } from './sentences'
import { createSource } from './sources'

const store = browserPlatform.libraryMarker
let name: string
const opened: SourcemarkDatabase[] = []
const open = async () => {
  const db = new SourcemarkDatabase(name)
  await db.open()
  opened.push(db)
  return db
}

beforeEach(() => {
  name = `marker-${crypto.randomUUID()}`
  localStorage.removeItem(LIBRARY_MARKER_KEY)
})
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete()
  localStorage.removeItem(LIBRARY_MARKER_KEY)
})

async function gradeTwo(db: SourcemarkDatabase) {
  const id = (await ensureSample(db))!
  const article = (await getArticle(db, id))!
  const sentences = expandSentences((await db.sentences.get(id))!)
  const source = await createSource(db, { name: 'Oleksandr Kindratenko', kind: 'military', reliability: 'B' })
  for (const sentence of sentences.slice(1, 3))
    await updateAssessment(db, sentence, article.text, {
      attributions: [{ sourceId: source.id, role: 'paraphrase' }],
      credibility: 2
    })
}

const until = async (check: () => Promise<boolean>) => {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('start-up with the library marker', () => {
  it('a first run with no marker imports the sample', async () => {
    const db = await open()
    const opening = await openLibrary(db, await store.read())
    expect(opening.kind).toBe('ready')
    expect(await db.articles.count()).toBe(1)
  })

  it('a library deleted under the app is reported with what it held, and nothing is imported', async () => {
    let db = await open()
    await gradeTwo(db)
    const stop = watchLibrary(db, store, { quietMs: 0 })
    await until(async () => (await store.read())?.graded === 2)
    stop()
    expect(JSON.parse(localStorage.getItem(LIBRARY_MARKER_KEY)!)).toMatchObject({ articles: 1, graded: 2 })

    // What Chromium does after a full disk: the database is gone, localStorage is not.
    await db.delete()
    db = await open()
    const opening = await openLibrary(db, await store.read())
    expect(opening).toMatchObject({ kind: 'gone', marker: { articles: 1, graded: 2 } })
    expect(await db.articles.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('a library that is still there opens as usual, whatever the marker says', async () => {
    const db = await open()
    await gradeTwo(db)
    await recordCounts(store, { articles: 5, imported: 4, graded: 40 }, new Date())
    expect(await openLibrary(db, await store.read())).toEqual({ kind: 'ready', sampleId: null })
    expect(await db.articles.count()).toBe(1)
  })

  it('an analyst who deleted every article is not told the library is gone', async () => {
    const db = await open()
    await gradeTwo(db)
    await db.articles.clear()
    await recordCounts(store, await libraryCounts(db), new Date())
    expect((await openLibrary(db, await store.read())).kind).toBe('ready')
  })

  it('starting a new library forgets the lost one and brings the sample', async () => {
    const marker: LibraryMarker = {
      version: 1,
      articles: 4,
      imported: 3,
      graded: 30,
      changedAt: '2026-11-29T10:00:00.000Z'
    }
    await store.write(marker)
    const db = await open()
    expect((await openLibrary(db, await store.read())).kind).toBe('gone')
    const sampleId = await startNewLibrary(db, store)
    expect(sampleId).toBeTruthy()
    expect(await db.articles.count()).toBe(1)
    expect(await store.read()).toMatchObject({ articles: 0, graded: 0 })
    expect((await openLibrary(db, await store.read())).kind).toBe('ready')
  })

  it('remembers the last backup file across later count updates', async () => {
    const at = new Date()
    await recordBackupFile(
      store,
      { articles: 2, imported: 1, graded: 7 },
      'sourcemark-backup-2026-11-30.json',
      at
    )
    await recordCounts(store, { articles: 3, imported: 2, graded: 9 }, at)
    expect(await store.read()).toMatchObject({
      articles: 3,
      graded: 9,
      lastBackup: { fileName: 'sourcemark-backup-2026-11-30.json' }
    })
  })

  it('the untouched sample alone is not work: it comes back as on a first run', async () => {
    let db = await open()
    await ensureSample(db)
    await recordCounts(store, await libraryCounts(db), new Date())
    expect(await store.read()).toMatchObject({ articles: 1, imported: 0, graded: 0 })
    await db.delete()
    db = await open()
    expect((await openLibrary(db, await store.read())).kind).toBe('ready')
    expect(await db.articles.count()).toBe(1)
  })

  it('an imported article, even ungraded, is work the app will not replace silently', async () => {
    const db = await open()
    await recordCounts(store, { articles: 1, imported: 1, graded: 0 }, new Date())
    expect((await openLibrary(db, await store.read())).kind).toBe('gone')
    expect(await db.articles.count()).toBe(0)
  })

  it('a damaged marker reads as none, so the app never invents a lost library', async () => {
    localStorage.setItem(LIBRARY_MARKER_KEY, '{"version":1,"articles":"many"}')
    expect(await store.read()).toBeNull()
    localStorage.setItem(LIBRARY_MARKER_KEY, '{not json')
    expect(await store.read()).toBeNull()
  })
})
