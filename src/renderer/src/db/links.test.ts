// Evidence links on real IndexedDB: one link per pair whichever end it was made from, and
// external citations checked before anything is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { importArticle } from './articles'
import { addLink, linksOfArticle } from './links'
import { expandSentences } from './sentences'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

async function importReport(title: string, text: string) {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return expandSentences((await db.sentences.get(outcome.articleId))!)
}

const stored = async () => ({ links: await db.links.toArray(), history: await db.history.count() })

describe('addLink', () => {
  it('refuses the reverse of a link already made, across articles, and writes nothing', async () => {
    const [kyiv] = await importReport(
      'Strikes on the grid',
      'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said.'
    )
    const [ministry] = await importReport(
      'Ministry statement',
      'Energy facilities in three regions were struck overnight, the ministry said.'
    )
    const first = await addLink(db, kyiv, 'supports', { kind: 'sentence', sentenceId: ministry.id })
    const before = await stored()

    await expect(
      addLink(db, ministry, 'supports', { kind: 'sentence', sentenceId: kyiv.id })
    ).rejects.toThrow('These two sentences are already linked as “supports”')
    await expect(
      addLink(db, ministry, 'contradicts', { kind: 'sentence', sentenceId: kyiv.id })
    ).rejects.toThrow('remove that link before adding “contradicts”')
    await expect(
      addLink(db, kyiv, 'supports', { kind: 'sentence', sentenceId: ministry.id })
    ).rejects.toThrow(/already linked/)
    expect(await stored()).toEqual(before)
    expect(before.links).toEqual([first])

    // Context is another relation: it may stand beside the support.
    await addLink(db, ministry, 'context', { kind: 'sentence', sentenceId: kyiv.id })
    expect(await db.links.count()).toBe(2)
  })

  it('stores an external citation with its address, source and accessed date, and refuses a bad one', async () => {
    const [kyiv] = await importReport(
      'Strikes on the grid',
      'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said.'
    )
    const link = await addLink(db, kyiv, 'supports', {
      kind: 'external',
      citation: '  Ukrenergo outage map, 26 November  ',
      url: 'https://ukrenergo.example/outages',
      accessedOn: '2026-11-27'
    })
    expect((await db.links.get(link.id))?.target).toEqual({
      kind: 'external',
      citation: 'Ukrenergo outage map, 26 November',
      url: 'https://ukrenergo.example/outages',
      accessedOn: '2026-11-27'
    })
    const before = await stored()
    await expect(
      addLink(db, kyiv, 'supports', { kind: 'external', citation: 'Map', url: 'javascript:alert(1)' })
    ).rejects.toThrow('must start with http:// or https://')
    await expect(addLink(db, kyiv, 'supports', { kind: 'external', citation: '  ' })).rejects.toThrow(
      'Citation: say what is cited'
    )
    await expect(
      addLink(db, kyiv, 'supports', { kind: 'external', citation: 'Map', accessedOn: '2026-02-30' })
    ).rejects.toThrow('Accessed date “2026-02-30” is not a date')
    await expect(
      addLink(db, kyiv, 'supports', {
        kind: 'external',
        citation: 'ukrenergo outage map, 26 november',
        url: 'https://ukrenergo.example/outages'
      })
    ).rejects.toThrow('This citation is already linked as “supports”')
    expect(await stored()).toEqual(before)
  })
})

describe('linksOfArticle', () => {
  it('gives the links from and to the article, each once, read in one round trip', async () => {
    const [kyiv, kharkiv] = await importReport(
      'Strikes on the grid',
      'Russian missiles struck energy facilities in three regions overnight, officials said. Power was cut in Kharkiv.'
    )
    const [ministry] = await importReport(
      'Ministry statement',
      'Energy facilities in three regions were struck overnight, the ministry said.'
    )
    const from = await addLink(db, kyiv, 'supports', { kind: 'sentence', sentenceId: ministry.id })
    const to = await addLink(db, ministry, 'context', { kind: 'sentence', sentenceId: kharkiv.id })
    const within = await addLink(db, kharkiv, 'context', { kind: 'sentence', sentenceId: kyiv.id })

    // Each request on the links store, as it is placed and as it is answered.
    const events: string[] = []
    const originals = (['getAll', 'openCursor'] as const).map((method) => {
      const original = IDBIndex.prototype[method] as (...args: unknown[]) => IDBRequest
      IDBIndex.prototype[method] = function (this: IDBIndex, ...args: unknown[]) {
        const request = original.apply(this, args)
        if (this.objectStore.name === 'links') {
          events.push('placed')
          request.addEventListener('success', () => events.push('answered'), { once: true })
        }
        return request
      } as never
      return () => Object.assign(IDBIndex.prototype, { [method]: original })
    })
    try {
      const links = await linksOfArticle(db, kyiv.articleId)
      expect(links.map((l) => l.id).sort()).toEqual([from.id, to.id, within.id].sort())
    } finally {
      for (const restore of originals) restore()
    }
    // Both reads (links from the article, links to it) were placed before either was answered.
    expect(events.slice(0, 2)).toEqual(['placed', 'placed'])
  })
})
