// What the palette jumps to for an article or a source, read from real IndexedDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importArticle } from './articles'
import { updateAssessment } from './assessments'
import { splitSentence } from './corrections'
import { SourcemarkDatabase } from './database'
import { firstSentenceCiting, listPaletteArticles } from './palette-targets'
import { expandSentences } from './sentences'
import { createSource } from './sources'

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

  it('go to a source’s first sentence in reading order, in the newest article citing it', async () => {
    const officials = await createSource(db, { name: 'Kyiv officials' })
    const aid = await imported('Aid', AID)
    const grid = await imported('Grid', GRID)
    const cite = (article: typeof aid, index: number) =>
      updateAssessment(db, article.sentences[index], article.text, {
        attributions: [{ sourceId: officials.id, role: 'reported' }]
      })
    await cite(aid, 1)
    await cite(grid, 2)
    expect(await firstSentenceCiting(db, officials.id)).toBe(grid.sentences[2].id)

    // A split gives the new half a later number, but it comes first in reading order.
    const { secondId } = await splitSentence(db, grid.id, grid.sentences[0].id, GRID.indexOf(' power'))
    await updateAssessment(
      db,
      expandSentences((await db.sentences.get(grid.id))!).find((s) => s.id === secondId)!,
      GRID,
      { attributions: [{ sourceId: officials.id, role: 'reported' }] }
    )
    expect(await firstSentenceCiting(db, officials.id)).toBe(secondId)
  })

  it('find no sentence for a source nothing cites', async () => {
    const unused = await createSource(db, { name: 'Unnamed official' })
    await imported('Aid', AID)
    expect(await firstSentenceCiting(db, unused.id)).toBeNull()
  })
})
