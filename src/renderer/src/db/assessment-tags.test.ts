// Tags on real IndexedDB: cleaned, one undoable action, offered from the whole library.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { getArticle, importArticle } from './articles'
import { libraryTags, setTags, updateAssessment } from './assessments'
import { expandSentences } from './sentences'
import { undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(() => db.delete())

async function article(text: string) {
  const outcome = await importArticle(db, { title: text.slice(0, 20), text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const { text: body } = (await getArticle(db, outcome.articleId))!
  return { text: body, sentences: expandSentences((await db.sentences.get(outcome.articleId))!) }
}

describe('tags', () => {
  it('are trimmed and kept once, and undo takes the change back whole', async () => {
    const { text, sentences } = await article('Sweden pledged aid. Kyiv welcomed it.')
    await updateAssessment(db, sentences[0], text, { credibility: 2 })
    await setTags(db, sentences[0], text, [' aid ', 'aid', 'Sweden  budget', ''])
    expect((await db.assessments.get(sentences[0].id))?.tags).toEqual(['aid', 'Sweden budget'])
    expect(await undo(db)).toMatch(/Tag sentence 1/)
    const back = await db.assessments.get(sentences[0].id)
    expect(back?.tags).toEqual([])
    expect(back?.credibility).toBe(2)
  })

  it('are offered from every article of the library, each once, in order', async () => {
    const one = await article('Sweden pledged aid. Kyiv welcomed it.')
    const two = await article('Seoul said the units pulled back. Moscow denied it.')
    await setTags(db, one.sentences[0], one.text, ['aid', 'Sweden'])
    await setTags(db, two.sentences[1], two.text, ['denial', 'aid'])
    expect(await libraryTags(db)).toEqual(['aid', 'denial', 'Sweden'])
  })
})
