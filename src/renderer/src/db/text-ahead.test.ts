// A text written ahead of its import, while the analyst reads the import form: the import keeps
// that row instead of writing the whole text again in its own transaction, and nothing of it
// outlives a preparation that was let go. Real IndexedDB in Chromium.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PreparedText } from '@shared/segment/prepare'
import { prepareHere } from '../segmenting/prepare-here'
import {
  dropTextAhead,
  dropTextsAhead,
  getArticle,
  importArticle,
  listArticleSummaries,
  writeTextAhead,
  type ArticleDraft
} from './articles'
import { exportBackup, verifyLibrary } from './backup'
import { SourcemarkDatabase } from './database'

const opened: SourcemarkDatabase[] = []

async function freshLibrary(): Promise<SourcemarkDatabase> {
  const db = new SourcemarkDatabase(`text-ahead-${crypto.randomUUID()}`)
  await db.open()
  opened.push(db)
  return db
}

let db: SourcemarkDatabase

beforeEach(async () => {
  db = await freshLibrary()
})

afterEach(async () => {
  for (const library of opened.splice(0)) await library.delete()
})

const report = (place: string): ArticleDraft => ({
  title: `Strikes on ${place}`,
  text: `Drones struck ${place} overnight, the regional governor said. Two people were injured.\n\nSchools stayed closed.`,
  origin: 'paste'
})

const ahead = (prepared: PreparedText) => ({
  articleId: prepared.table.articleId,
  text: prepared.text,
  sha256: prepared.sha256
})

/** The stores `run`'s write requests went to, one name per row added or put. */
async function storesWrittenBy<T>(run: () => Promise<T>): Promise<{ result: T; stores: string[] }> {
  const stores: string[] = []
  const { add, put } = IDBObjectStore.prototype
  IDBObjectStore.prototype.add = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['add']>) {
    stores.push(this.name)
    return add.apply(this, args)
  }
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    stores.push(this.name)
    return put.apply(this, args)
  }
  try {
    return { result: await run(), stores }
  } finally {
    Object.assign(IDBObjectStore.prototype, { add, put })
  }
}

describe('a text written ahead of its import', () => {
  it('is kept by the import as its article’s text, which writes only the small rows', async () => {
    const draft = report('Sumy')
    const prepared = await prepareHere(draft.text, 'en')
    expect(await writeTextAhead(db, ahead(prepared))).toBe(true)
    const { result, stores } = await storesWrittenBy(() =>
      importArticle(db, draft, { prepare: async () => prepared })
    )
    expect(result).toMatchObject({ kind: 'imported', articleId: prepared.table.articleId })
    expect(stores).not.toContain('texts')
    expect(stores).toEqual(expect.arrayContaining(['articles', 'sentences', 'history']))
    expect((await getArticle(db, prepared.table.articleId))?.text).toBe(prepared.text)
    expect(await db.texts.count()).toBe(1)
    expect((await verifyLibrary(db)).records).toBeNull()

    // The same import without it writes the text in its transaction, and stores the same text row.
    const other = await freshLibrary()
    const plain = await storesWrittenBy(() => importArticle(other, draft, { prepare: async () => prepared }))
    expect(plain.stores).toContain('texts')
    expect(await other.texts.toArray()).toEqual(await db.texts.toArray())
  })

  it('is nowhere the library shows, exports, verifies or counts, until its import', async () => {
    await importArticle(db, report('Kharkiv'))
    const before = {
      backup: JSON.parse((await exportBackup(db)).json).articles,
      summaries: await listArticleSummaries(db),
      counts: await db.articleCounts.toArray(),
      verdict: await verifyLibrary(db)
    }
    expect(before.backup).toHaveLength(1)
    expect(before.summaries).toHaveLength(1)
    const prepared = await prepareHere(report('Sumy').text, 'en')
    expect(await writeTextAhead(db, ahead(prepared))).toBe(true)
    expect(await db.texts.count()).toBe(2)
    expect({
      backup: JSON.parse((await exportBackup(db)).json).articles,
      summaries: await listArticleSummaries(db),
      counts: await db.articleCounts.toArray(),
      verdict: await verifyLibrary(db)
    }).toEqual(before)
    expect((await exportBackup(db)).json).not.toContain('Drones struck Sumy')
  })

  it('is not written for a text already in the library, nor over a row already under its id', async () => {
    const draft = report('Kharkiv')
    const prepared = await prepareHere(draft.text, 'en')
    await importArticle(db, draft, { prepare: async () => prepared })
    expect(await writeTextAhead(db, ahead(prepared))).toBe(false)
    expect(await db.texts.toArray()).toEqual([{ articleId: prepared.table.articleId, text: prepared.text }])

    // Another window's text written ahead under the same id is left as it is.
    const next = await prepareHere(report('Odesa').text, 'en')
    await db.texts.add({ articleId: next.table.articleId, text: next.text })
    expect(await writeTextAhead(db, ahead(next))).toBe(false)
    expect(await db.texts.count()).toBe(2)
  })

  it('is dropped when its preparation is let go, unless an import made it its article’s', async () => {
    const kept = await prepareHere(report('Sumy').text, 'en')
    const dropped = await prepareHere(report('Kherson').text, 'en')
    await writeTextAhead(db, ahead(kept))
    await writeTextAhead(db, ahead(dropped))
    await importArticle(db, report('Sumy'), { prepare: async () => kept })
    await dropTextAhead(db, kept.table.articleId)
    await dropTextAhead(db, dropped.table.articleId)
    expect(await db.texts.toArray()).toEqual([{ articleId: kept.table.articleId, text: kept.text }])
  })

  it('left behind by a window that closed first, is dropped when the library next opens, and nothing else is', async () => {
    for (const place of ['Sumy', 'Kharkiv']) await importArticle(db, report(place))
    const before = { texts: await db.texts.toArray(), verdict: await verifyLibrary(db) }
    for (const place of ['Odesa', 'Kherson'])
      await writeTextAhead(db, ahead(await prepareHere(report(place).text, 'en')))
    expect(await db.texts.count()).toBe(4)
    expect(await dropTextsAhead(db)).toBe(2)
    expect(await db.texts.toArray()).toEqual(before.texts)
    expect(await verifyLibrary(db)).toEqual(before.verdict)
    expect(await dropTextsAhead(db)).toBe(0)
  })
})
