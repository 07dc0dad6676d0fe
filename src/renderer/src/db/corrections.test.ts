// Split, merge, undo and redo against real IndexedDB: nothing the analyst graded is lost.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyChain } from '@shared/history/chain'
import { SourcemarkDatabase } from './database'
import { getArticle, importArticle } from './articles'
import { updateAssessment } from './assessments'
import { MergeNeedsChoice, mergeQuestion, mergeWithNext, splitSentence } from './corrections'
import { addLink } from './links'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { redo, undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(() => db.delete())

const TEXT =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. The aid includes long-range weapons.'

async function setUp() {
  const outcome = await importArticle(db, { title: 'Aid', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await getArticle(db, outcome.articleId))!
  return { article, sentences: await current(outcome.articleId) }
}

async function current(articleId: string) {
  return expandSentences((await db.sentences.get(articleId))!)
}

function texts(text: string, sentences: { start: number; end: number }[]) {
  return sentences.map((s) => text.slice(s.start, s.end))
}

describe('merge', () => {
  it('keeps the first grade, appends the second note and repoints links', async () => {
    const { article, sentences } = await setUp()
    const [pledge, welcome, weapons] = sentences
    const ministry = await createSource(db, { name: 'Swedish defence ministry', reliability: 'B' })
    await updateAssessment(db, pledge, article.text, {
      attributions: [{ sourceId: ministry.id, role: 'reported' }],
      credibility: 2,
      note: 'Official figure.'
    })
    await updateAssessment(db, welcome, article.text, { credibility: 4, note: 'Reaction only.' })
    const toWelcome = await addLink(db, weapons, 'supports', { kind: 'sentence', sentenceId: welcome.id })
    const between = await addLink(db, pledge, 'supports', { kind: 'sentence', sentenceId: welcome.id })

    await expect(mergeWithNext(db, article.id, pledge.id)).rejects.toBeInstanceOf(MergeNeedsChoice)
    await mergeWithNext(db, article.id, pledge.id, 'first')

    const after = await current(article.id)
    expect(texts(article.text, after)).toEqual([
      'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package.',
      'The aid includes long-range weapons.'
    ])
    expect(after[0].id).toBe(pledge.id)
    const merged = await db.assessments.get(pledge.id)
    expect(merged).toMatchObject({ credibility: 2, note: 'Official figure.\n\nReaction only.' })
    expect(merged?.target.exact).toBe(texts(article.text, after)[0])
    expect(await db.assessments.get(welcome.id)).toBeUndefined()
    expect((await db.links.get(toWelcome.id))?.target).toEqual({ kind: 'sentence', sentenceId: pledge.id })
    // A link between the two merged sentences would point at itself: it goes.
    expect(await db.links.get(between.id)).toBeUndefined()
  })

  it('asks which grade to keep when both are graded, and writes nothing until told', async () => {
    const { article, sentences } = await setUp()
    const [pledge, welcome] = sentences
    await updateAssessment(db, pledge, article.text, { credibility: 2, note: 'Official figure.' })
    await updateAssessment(db, welcome, article.text, {
      credibility: 4,
      note: 'Reaction only.',
      tags: ['kyiv']
    })
    const trail = await db.history.count()

    const question = await mergeQuestion(db, article.id, pledge.id)
    expect(question?.first).toMatchObject({ number: 1, assessment: { credibility: 2 } })
    expect(question?.second).toMatchObject({ number: 2, assessment: { credibility: 4 } })
    await expect(mergeWithNext(db, article.id, pledge.id)).rejects.toThrow(
      'Merge: sentences 1 and 2 are both graded; choose which grade the merged sentence keeps.'
    )
    expect(await current(article.id)).toHaveLength(3)
    expect(await db.history.count()).toBe(trail)
    expect(db.undo.peekUndo()?.label).toBe('Grade sentence 2')
  })

  it('keeps the second sentence’s grade when asked to, with the first one’s note appended', async () => {
    const { article, sentences } = await setUp()
    const [pledge, welcome] = sentences
    const ministry = await createSource(db, { name: 'Swedish defence ministry', reliability: 'B' })
    await updateAssessment(db, pledge, article.text, {
      credibility: 2,
      note: 'Official figure.',
      tags: ['figures']
    })
    await updateAssessment(db, welcome, article.text, {
      attributions: [{ sourceId: ministry.id, role: 'reported' }],
      credibility: 4,
      note: 'Reaction only.'
    })

    await mergeWithNext(db, article.id, pledge.id, 'second')

    expect(await db.assessments.get(pledge.id)).toMatchObject({
      sentenceId: pledge.id,
      credibility: 4,
      attributions: [{ sourceId: ministry.id, role: 'reported' }],
      note: 'Reaction only.\n\nOfficial figure.',
      tags: ['figures']
    })
    expect(await db.assessments.get(welcome.id)).toBeUndefined()
    // Undone as one action: both grades as they were.
    expect(await undo(db)).toBe('Merge sentences')
    expect(await db.assessments.get(pledge.id)).toMatchObject({ credibility: 2, note: 'Official figure.' })
    expect(await db.assessments.get(welcome.id)).toMatchObject({ credibility: 4, note: 'Reaction only.' })
  })

  it('asks nothing when the first sentence’s row holds no grade, and keeps the second’s', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[0], article.text, { claimType: 'context' })
    await updateAssessment(db, sentences[1], article.text, { credibility: 5 })
    expect(await mergeQuestion(db, article.id, sentences[0].id)).toBeNull()
    await mergeWithNext(db, article.id, sentences[0].id)
    expect(await db.assessments.get(sentences[0].id)).toMatchObject({ credibility: 5 })
  })

  it('takes the second sentence’s grade when only that one was graded', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[1], article.text, { credibility: 3 })
    await mergeWithNext(db, article.id, sentences[0].id)
    expect(await db.assessments.get(sentences[0].id)).toMatchObject({
      credibility: 3,
      sentenceId: sentences[0].id
    })
  })

  it('refuses to merge the last sentence and changes nothing', async () => {
    const { article, sentences } = await setUp()
    const historyBefore = await db.history.count()
    await expect(mergeWithNext(db, article.id, sentences[2].id)).rejects.toThrow(/last sentence/)
    expect(await current(article.id)).toEqual(sentences)
    expect(await db.history.count()).toBe(historyBefore)
  })
})

describe('split', () => {
  it('cuts at the caret, the grade stays with the first part, and new ids are never reused', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[0], article.text, { credibility: 2 })
    const at = article.text.indexOf('in military aid')
    const { firstId, secondId } = await splitSentence(db, article.id, sentences[0].id, at)
    const after = await current(article.id)
    expect(texts(article.text, after).slice(0, 2)).toEqual([
      'Sweden pledged $1.23 billion',
      'in military aid.'
    ])
    expect(after[0].id).toBe(firstId)
    expect(firstId).toBe(sentences[0].id)
    expect(new Set(sentences.map((s) => s.id)).has(secondId)).toBe(false)
    expect((await db.assessments.get(firstId))?.credibility).toBe(2)
    expect((await db.assessments.get(secondId))?.credibility).toBe(2)

    await mergeWithNext(db, article.id, firstId)
    const again = await splitSentence(db, article.id, firstId, at)
    expect(again.secondId).not.toBe(secondId)
  })

  it('gives the second part the first part’s sources, credibility and claim type, not its note, in one undoable action', async () => {
    const { article, sentences } = await setUp()
    const ministry = await createSource(db, { name: 'Swedish defence ministry', reliability: 'B' })
    const agency = await createSource(db, { name: 'TT news agency', reliability: 'C' })
    const attributions = [
      { sourceId: ministry.id, role: 'reported' as const },
      { sourceId: agency.id, role: 'paraphrase' as const }
    ]
    await updateAssessment(db, sentences[0], article.text, {
      attributions,
      credibility: 2,
      claimType: 'fact',
      note: 'Official figure.',
      tags: ['aid']
    })
    const before = await db.assessments.toArray()
    const at = article.text.indexOf('in military aid')
    const { secondId } = await splitSentence(db, article.id, sentences[0].id, at)

    const second = await db.assessments.get(secondId)
    expect(second).toMatchObject({ attributions, credibility: 2, claimType: 'fact', note: '', tags: [] })
    expect(second?.target.exact).toBe('in military aid.')
    expect((await db.assessments.get(sentences[0].id))?.note).toBe('Official figure.')

    await undo(db)
    expect(await db.assessments.get(secondId)).toBeUndefined()
    expect(await db.assessments.toArray()).toEqual(before)
    expect(await current(article.id)).toEqual(sentences)
  })

  it('leaves the second part ungraded when the first part had only a note', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[0], article.text, { note: 'Check the figure.' })
    const at = article.text.indexOf('in military aid')
    const { secondId } = await splitSentence(db, article.id, sentences[0].id, at)
    expect(await db.assessments.get(secondId)).toBeUndefined()
  })

  it('refuses a caret at the start or end of the sentence', async () => {
    const { article, sentences } = await setUp()
    await expect(splitSentence(db, article.id, sentences[1].id, sentences[1].start)).rejects.toThrow(/caret/)
    await expect(splitSentence(db, article.id, sentences[1].id, sentences[1].end)).rejects.toThrow(/caret/)
    expect(await current(article.id)).toEqual(sentences)
  })
})

describe('undo and redo', () => {
  it('undo restores sentences, grades and links exactly; redo reapplies; the chain holds', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[1], article.text, { credibility: 4, note: 'Reaction only.' })
    const link = await addLink(db, sentences[2], 'supports', {
      kind: 'sentence',
      sentenceId: sentences[1].id
    })
    const snapshot = async () => ({
      sentences: await current(article.id),
      assessments: await db.assessments.toArray(),
      links: await db.links.toArray()
    })
    const before = await snapshot()

    await mergeWithNext(db, article.id, sentences[0].id)
    const merged = await snapshot()
    expect(merged.sentences).toHaveLength(2)

    expect(await undo(db)).toBe('Merge sentences')
    expect(await snapshot()).toEqual(before)
    expect(await redo(db)).toBe('Merge sentences')
    expect(await snapshot()).toEqual(merged)

    // Undo walks back action by action: the merge, then the link, then the grade.
    await undo(db)
    expect(await undo(db)).toBe('Add link')
    expect(await db.links.get(link.id)).toBeUndefined()
    expect(await undo(db)).toBe('Grade sentence 2')
    expect(await db.assessments.count()).toBe(0)
    expect(await undo(db)).toBeNull()

    const history = await db.history.orderBy('id').toArray()
    expect(await verifyChain(history)).toEqual({ ok: true })
  })

  it('a new action after an undo clears the redo stack', async () => {
    const { article, sentences } = await setUp()
    await updateAssessment(db, sentences[0], article.text, { credibility: 2 })
    await undo(db)
    expect(db.undo.peekRedo()?.label).toBe('Grade sentence 1')
    await updateAssessment(db, sentences[0], article.text, { credibility: 5 })
    expect(db.undo.peekRedo()).toBeUndefined()
    expect(await redo(db)).toBeNull()
  })
})

describe('attributing a sentence', () => {
  it('creates a new source and attributes it in one action, undone as one', async () => {
    const { article, sentences } = await setUp()
    const { attributeSentence } = await import('./attributions')
    await attributeSentence(
      db,
      sentences[0],
      article.text,
      { name: 'Swedish defence ministry', kind: 'government', aliases: ['Försvarsdepartementet'] },
      'reported'
    )
    const [source] = await db.sources.toArray()
    expect(source).toMatchObject({ name: 'Swedish defence ministry', kind: 'government', reliability: null })
    expect(source.aliases).toEqual(['Försvarsdepartementet'])
    expect((await db.assessments.get(sentences[0].id))?.attributions).toEqual([
      { sourceId: source.id, role: 'reported' }
    ])

    // The registry knows it now, by alias too: no twin is created.
    await attributeSentence(db, sentences[1], article.text, { name: 'försvarsdepartementet' }, 'paraphrase')
    expect(await db.sources.count()).toBe(1)

    expect(await undo(db)).toBe('Attribute sentence 2')
    expect(await undo(db)).toBe('Attribute sentence 1')
    expect(await db.sources.count()).toBe(0)
    expect(await db.assessments.count()).toBe(0)
  })
})
