// The sentence index follows the library in real IndexedDB, through a real worker: what an import,
// a split, a merge, a deletion and its undo change is what the next search finds.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importArticle } from '../../db/articles'
import { mergeWithNext, splitSentence } from '../../db/corrections'
import { SourcemarkDatabase } from '../../db/database'
import { deleteArticle } from '../../db/articles'
import { expandSentences } from '../../db/sentences'
import { undo } from '../../db/undo'
import { pageBackend, workerBackend } from './backends'
import { SentenceSearch, type SearchBackend } from './sentence-search'

const KURSK = `Troops at Kursk

North Korean troops withdrew from the Kursk front on Tuesday. Officials in Kyiv said the withdrawal was not confirmed. The shipyard in Gdańsk reported a drone.`
const PORT = 'Dockers in Gdansk went on strike. Pyongyang denied that its soldiers were in Russia.'

let db: SourcemarkDatabase
let search: SentenceSearch

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  search.close()
  await db.delete()
})

async function imported(title: string, text: string): Promise<string> {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

async function sentencesOf(articleId: string) {
  return expandSentences((await db.sentences.get(articleId))!)
}

/** The ids found for `query`, once the index has caught up with the last change. */
const found = (query: string, articleId?: string) =>
  search.search(query, { limit: 10, articleId }).then((r) => r.hits.map((h) => h.id).sort())

describe('the sentence index, kept in step with the library', () => {
  beforeEach(() => {
    search = new SentenceSearch(db, workerBackend(), pageBackend)
  })

  it('finds the sentences of every article imported, before and after it started', async () => {
    const kursk = await imported('Kursk', KURSK)
    const sentences = await sentencesOf(kursk)
    await expect.poll(() => found('kursk')).toEqual([sentences[1].id])
    // Headings are titles, not claims: "Troops at Kursk" is not offered.
    const port = await imported('Port', PORT)
    const [dockers] = await sentencesOf(port)
    await expect.poll(() => found('gdansk')).toEqual([sentences[3].id, dockers.id].sort())
    await expect.poll(() => found('gdansk', port)).toEqual([dockers.id])
  })

  it('follows a split: each half is found under its own id', async () => {
    const kursk = await imported('Kursk', KURSK)
    const officials = (await sentencesOf(kursk))[2]
    await expect.poll(() => found('Kyiv confirmed')).toEqual([officials.id])
    const { secondId } = await splitSentence(db, kursk, officials.id, KURSK.indexOf(' the withdrawal'))
    await expect.poll(() => found('confirmed')).toEqual([secondId])
    expect(await found('Kyiv')).toEqual([officials.id])
    expect(await found('Kyiv confirmed')).toEqual([])
  })

  it('follows a merge: the words of both are found in the one left', async () => {
    const kursk = await imported('Kursk', KURSK)
    const [, troops, officials] = await sentencesOf(kursk)
    await mergeWithNext(db, kursk, troops.id)
    await expect.poll(() => found('troops Kyiv')).toEqual([troops.id])
    expect(await found('officials')).not.toContain(officials.id)
  })

  it('follows a deletion and its undo', async () => {
    const port = await imported('Port', PORT)
    const [dockers] = await sentencesOf(port)
    await expect.poll(() => found('dockers')).toEqual([dockers.id])
    await deleteArticle(db, port)
    await expect.poll(() => found('dockers')).toEqual([])
    await undo(db)
    await expect.poll(() => found('dockers')).toEqual([dockers.id])
  })
})

describe('without a worker', () => {
  it('builds the index on the page and answers the searches already asked', async () => {
    const unusable: SearchBackend = {
      post: () => undefined,
      onResponse: () => undefined,
      onFailure: (listener) => setTimeout(listener, 50),
      close: () => undefined
    }
    await imported('Port', PORT)
    search = new SentenceSearch(db, unusable, pageBackend)
    const result = await search.search('pyongyang', { limit: 5 })
    expect(result.hits.map((h) => h.snippet.filter((p) => p.hit).map((p) => p.text))).toEqual([['Pyongyang']])
    expect(result.size).toBe(2)
  })
})
