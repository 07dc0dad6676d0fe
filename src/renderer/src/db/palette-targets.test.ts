// What the palette jumps to for an article, read from real IndexedDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importArticle } from './articles'
import { SourcemarkDatabase } from './database'
import { listPaletteArticles } from './palette-targets'
import { expandSentences } from './sentences'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(() => db.delete())

const AID =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. The aid includes long-range weapons.'
const GRID =
  'Ukrenergo said power was back. Officials in Kyiv said water pressure was low. Queues formed at cafes.'

async function imported(title: string, text: string, outlet?: string) {
  const outcome = await importArticle(db, { title, text, origin: 'paste', outlet })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const table = (await db.sentences.get(outcome.articleId))!
  return { id: outcome.articleId, text, sentences: expandSentences(table) }
}

describe('the palette’s targets', () => {
  it('list every article with its outlet, newest first', async () => {
    const aid = await imported('Aid', AID, 'Reuters')
    const grid = await imported('Grid', GRID)
    expect(await listPaletteArticles(db)).toEqual([
      { id: grid.id, title: 'Grid', outlet: undefined },
      { id: aid.id, title: 'Aid', outlet: 'Reuters' }
    ])
  })
})
