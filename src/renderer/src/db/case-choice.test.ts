// Starting a judgment from a sentence, on real IndexedDB: which case it lands in, and one undo
// taking back everything the start wrote.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { getArticle, importArticle } from './articles'
import { addArticleToCase, createCase, removeArticleFromCase } from './cases'
import { caseForArticle, rememberCase, startJudgmentFromSentence } from './case-choice'
import { judgmentsOfCase } from './judgments'
import { expandSentences } from './sentences'
import { redo, undo } from './undo'

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
  const article = (await getArticle(db, outcome.articleId))!
  const sentences = expandSentences((await db.sentences.get(article.id))!).map((s) => ({
    id: s.id,
    text: article.text.slice(s.start, s.end)
  }))
  return { article, sentences }
}

const GRID =
  'Ukrenergo said the grid held overnight. The ministry said six substations were disabled. Repairs began at dawn.'

describe('startJudgmentFromSentence', () => {
  it('creates a case named after an article in none, holding it, with the judgment flagged for rewording', async () => {
    const { article, sentences } = await importReport('Kyiv blackout', GRID)
    const started = await startJudgmentFromSentence(db, article, sentences[1])

    expect(started.createdCase).toBe(true)
    const cases = await db.cases.toArray()
    expect(cases).toHaveLength(1)
    expect(cases[0]).toMatchObject({ name: 'Kyiv blackout', articleIds: [article.id] })
    const [judgment] = await judgmentsOfCase(db, cases[0].id)
    expect(judgment).toMatchObject({
      text: 'The ministry said six substations were disabled.',
      needsRewording: true,
      startedFrom: sentences[1].id,
      evidence: [{ relation: 'supports', target: { kind: 'sentence', sentenceId: sentences[1].id } }]
    })

    // The next judgment from the same article joins that case instead of making another.
    const second = await startJudgmentFromSentence(db, article, sentences[2])
    expect(second.createdCase).toBe(false)
    expect(second.case.id).toBe(cases[0].id)
    expect((await judgmentsOfCase(db, cases[0].id)).map((j) => j.text)).toEqual([
      'The ministry said six substations were disabled.',
      'Repairs began at dawn.'
    ])
    expect(await db.cases.count()).toBe(1)
  })

  it('goes to the first case by name holding the article when none was used for it', async () => {
    const { article, sentences } = await importReport('Kyiv blackout', GRID)
    const zulu = await createCase(db, 'Zulu: winter grid', [article.id])
    const alpha = await createCase(db, 'Alpha: strikes on energy', [article.id])
    await createCase(db, 'Aardvark: unrelated', [])

    expect((await caseForArticle(db, article.id))?.id).toBe(alpha.id)
    const started = await startJudgmentFromSentence(db, article, sentences[0])
    expect(started.case.id).toBe(alpha.id)
    expect(await judgmentsOfCase(db, zulu.id)).toEqual([])
  })

  it('goes to the case last used for the article while it still holds the article', async () => {
    const { article, sentences } = await importReport('Kyiv blackout', GRID)
    const zulu = await createCase(db, 'Zulu: winter grid', [article.id])
    const alpha = await createCase(db, 'Alpha: strikes on energy', [article.id])
    await rememberCase(db, article.id, zulu.id)

    expect((await startJudgmentFromSentence(db, article, sentences[0])).case.id).toBe(zulu.id)
    // Taken out of that case, the article's judgments go to the first by name again.
    await removeArticleFromCase(db, zulu.id, article.id)
    expect((await startJudgmentFromSentence(db, article, sentences[1])).case.id).toBe(alpha.id)
    // And starting one there made it the last used: put back in Zulu, Alpha is still chosen.
    await addArticleToCase(db, zulu.id, article.id)
    expect((await startJudgmentFromSentence(db, article, sentences[2])).case.id).toBe(alpha.id)
  })

  it('is undone as one action: the judgment and the case made for it go, and redo brings both back', async () => {
    const { article, sentences } = await importReport('Kyiv blackout', GRID)
    const started = await startJudgmentFromSentence(db, article, sentences[1])

    expect(await undo(db)).toBe('Start judgment from sentence')
    expect(await db.cases.count()).toBe(0)
    expect(await db.judgments.count()).toBe(0)
    // The remembered case is gone, so the next start makes a case again rather than fail.
    expect(await caseForArticle(db, article.id)).toBeNull()

    expect(await redo(db)).toBe('Start judgment from sentence')
    expect(await db.cases.get(started.case.id)).toEqual(started.case)
    expect(await db.judgments.get(started.judgment.id)).toEqual(started.judgment)
  })

  it('undone in an existing case, leaves the case and its other judgments as they were', async () => {
    const { article, sentences } = await importReport('Kyiv blackout', GRID)
    const first = await startJudgmentFromSentence(db, article, sentences[0])
    const caseBefore = await db.cases.get(first.case.id)
    await startJudgmentFromSentence(db, article, sentences[1])

    await undo(db)
    expect(await db.cases.get(first.case.id)).toEqual(caseBefore)
    expect((await judgmentsOfCase(db, first.case.id)).map((j) => j.id)).toEqual([first.judgment.id])
  })
})
