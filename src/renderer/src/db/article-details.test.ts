// Correcting an article's details after import, against real IndexedDB in Chromium.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import {
  getArticle,
  importArticle,
  ImportError,
  listArticleSummaries,
  updateArticleDetails
} from './articles'
import { undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

const REPORT = [
  'Kyiv says Russian strikes hit power grid',
  'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.'
].join('\n')

async function importReport(): Promise<string> {
  const outcome = await importArticle(db, {
    title: 'Strikes on the grid',
    text: REPORT,
    origin: 'paste',
    outlet: 'Kyiv Independnet',
    url: 'https://kyivindependent.com/strikes'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

describe('updateArticleDetails', () => {
  it('saves title, outlet, author, date, address and language, in the list too, and undo restores them', async () => {
    const id = await importReport()
    const imported = await db.articles.get(id)
    await updateArticleDetails(db, id, {
      title: '  Russian strikes hit Ukraine’s power grid ',
      outlet: 'Kyiv Independent',
      author: 'Olena Goncharova',
      publishedAt: '2025-03-11',
      url: '',
      language: 'en-GB'
    })
    const article = await getArticle(db, id)
    expect(article).toMatchObject({
      title: 'Russian strikes hit Ukraine’s power grid',
      outlet: 'Kyiv Independent',
      author: 'Olena Goncharova',
      publishedAt: '2025-03-11',
      language: 'en-GB',
      text: REPORT,
      importedAt: imported!.importedAt,
      origin: imported!.origin
    })
    // An emptied field is gone, not stored as an empty string.
    expect(article).not.toHaveProperty('url')
    expect((await listArticleSummaries(db))[0].title).toBe('Russian strikes hit Ukraine’s power grid')

    const [entry] = await db.history.where({ entity: 'article', entityId: id }).reverse().sortBy('id')
    expect(entry.before).toEqual(imported)
    expect(entry.after).toEqual(await db.articles.get(id))

    expect(await undo(db)).toBe('Edit article details')
    expect(await db.articles.get(id)).toEqual(imported)
  })

  it('refuses a bad date, address, title or language, naming the field, and changes nothing', async () => {
    const id = await importReport()
    const imported = await db.articles.get(id)
    const historyBefore = await db.history.count()
    const base = { title: 'Strikes on the grid', language: 'en' }
    const cases: [object, string][] = [
      [{ publishedAt: '11/03/2025' }, 'Published: “11/03/2025” is not a date (YYYY-MM-DD).'],
      [
        { url: 'javascript:alert(1)' },
        'URL: “javascript:alert(1)” is not a web address (http:// or https://).'
      ],
      [{ title: '   ' }, 'Title: an article needs a title.'],
      [{ language: 'English' }, 'Language: “English” is not a language tag (e.g. en, uk, de-AT).']
    ]
    for (const [patch, message] of cases) {
      const attempt = updateArticleDetails(db, id, { ...base, ...patch })
      await expect(attempt).rejects.toThrow(ImportError)
      await expect(attempt).rejects.toThrow(message)
    }
    expect(await db.articles.get(id)).toEqual(imported)
    expect(await db.history.count()).toBe(historyBefore)
  })

  it('writes nothing and adds no undo step when nothing changed', async () => {
    const id = await importReport()
    const historyBefore = await db.history.count()
    await updateArticleDetails(db, id, {
      title: 'Strikes on the grid',
      language: 'en',
      outlet: 'Kyiv Independnet',
      url: 'https://kyivindependent.com/strikes'
    })
    expect(await db.history.count()).toBe(historyBefore)
    expect(db.undo.peekUndo()).toBeUndefined()
  })
})
