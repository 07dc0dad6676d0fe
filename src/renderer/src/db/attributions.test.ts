// Several sources per sentence, against real IndexedDB: adding, reordering and removing, each undoable.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importArticle } from './articles'
import { addSources, editAttributions } from './attributions'
import { SourcemarkDatabase } from './database'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

async function sentenceOf(text: string) {
  const outcome = await importArticle(db, { title: 'Kyiv', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const table = await db.sentences.get(outcome.articleId)
  return { sentence: expandSentences(table!)[1], text: (await db.texts.get(outcome.articleId))!.text }
}

const names = async (sentenceId: string) => {
  const sources = new Map((await db.sources.toArray()).map((s) => [s.id, s.name]))
  return ((await db.assessments.get(sentenceId))?.attributions ?? []).map(
    (a) => `${sources.get(a.sourceId)} (${a.role})`
  )
}

describe('a sentence’s sources', () => {
  it('adds several at once, creating new ones in the same action, and undo takes them back together', async () => {
    const { sentence, text } = await sentenceOf(
      'Blackout in Kyiv\nAccording to Ukrainian officials and Western intelligence reports, the troops left.'
    )
    const officials = await createSource(db, { name: 'Ukrainian officials' })
    await addSources(db, sentence, text, [
      { source: { id: officials.id }, role: 'reported' },
      { source: { name: 'Western intelligence', kind: 'intelligence' }, role: 'document' }
    ])
    expect(await names(sentence.id)).toEqual([
      'Ukrainian officials (reported)',
      'Western intelligence (document)'
    ])
    expect(await undo(db)).toBe('Attribute sentence 2')
    expect(await names(sentence.id)).toEqual([])
    expect(await db.sources.count()).toBe(1)
  })

  it('adds after the primary source, never twice, moves, removes and changes roles', async () => {
    const { sentence, text } = await sentenceOf(
      'Blackout in Kyiv\nPower was restored by noon, Ukrenergo said.'
    )
    const ukrenergo = await createSource(db, { name: 'Ukrenergo' })
    const ministry = await createSource(db, { name: 'Energy ministry' })
    await addSources(db, sentence, text, [{ source: { id: ukrenergo.id }, role: 'paraphrase' }])
    await addSources(db, sentence, text, [
      { source: { id: ministry.id }, role: 'reported' },
      { source: { id: ukrenergo.id }, role: 'reported' }
    ])
    expect(await names(sentence.id)).toEqual(['Ukrenergo (paraphrase)', 'Energy ministry (reported)'])
    const written = await db.history.count()
    await addSources(db, sentence, text, [{ source: { id: ukrenergo.id }, role: 'document' }])
    expect(await db.history.count()).toBe(written)

    await editAttributions(db, sentence, text, { kind: 'move', sourceId: ministry.id, delta: -1 })
    expect(await names(sentence.id)).toEqual(['Energy ministry (reported)', 'Ukrenergo (paraphrase)'])
    await editAttributions(db, sentence, text, { kind: 'role', sourceId: ministry.id, role: 'document' })
    await editAttributions(db, sentence, text, { kind: 'remove', sourceId: ukrenergo.id })
    expect(await names(sentence.id)).toEqual(['Energy ministry (document)'])

    const entries = await db.history.count()
    await editAttributions(db, sentence, text, { kind: 'move', sourceId: ministry.id, delta: -1 })
    expect(await db.history.count()).toBe(entries)

    await undo(db)
    await undo(db)
    expect(await names(sentence.id)).toEqual(['Energy ministry (reported)', 'Ukrenergo (paraphrase)'])
    await undo(db)
    expect(await names(sentence.id)).toEqual(['Ukrenergo (paraphrase)', 'Energy ministry (reported)'])
  })
})
