// A sentence's trail as the inspector reads it: newest first, its grade's entries and its links',
// the newest few only when asked, always with how many there are.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Credibility, HistoryEntry } from '@shared/model'
import { SourcemarkDatabase } from './database'
import { getArticle, importArticle } from './articles'
import { updateAssessment } from './assessments'
import { sentenceTrail } from './history'
import { addLink, removeLink } from './links'
import { expandSentences } from './sentences'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(() => db.delete())

const REPORT = [
  'Kyiv says Russian strikes hit power grid',
  'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.',
  '“Repairs are under way,” the ministry said. Power was restored to most homes by noon.'
].join('\n')

/** The sentence's whole trail read the plain way: every entry of the library, filtered and sorted. */
async function everyEntryOf(sentenceId: string, linkIds: string[]): Promise<number[]> {
  const ofIt = (e: HistoryEntry) =>
    (e.entity === 'assessment' && e.entityId === sentenceId) ||
    (e.entity === 'link' && linkIds.includes(e.entityId))
  return (await db.history.toArray())
    .filter(ofIt)
    .map((e) => e.id!)
    .sort((a, b) => b - a)
}

describe('sentenceTrail', () => {
  it('gives the newest entries of a sentence graded again and again, with its links’, and counts them all', async () => {
    const outcome = await importArticle(db, { title: 'Strikes on the grid', text: REPORT, origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const { text } = (await getArticle(db, outcome.articleId))!
    const [, claim, quote, other] = expandSentences((await db.sentences.get(outcome.articleId))!)
    const grade = (sentence: typeof claim, i: number) =>
      updateAssessment(db, sentence, text, { credibility: ((i % 6) + 1) as Credibility })

    for (let i = 0; i < 7; i++) await grade(claim, i)
    const link = await addLink(db, claim, 'supports', { kind: 'sentence', sentenceId: quote.id })
    await grade(other, 1)
    for (let i = 0; i < 2; i++) await grade(claim, i)
    await removeLink(db, link.id)

    const expected = await everyEntryOf(claim.id, [link.id])
    // Seven and two grades, the link added and taken away; the other sentence's grade is not in it.
    expect(expected).toHaveLength(11)

    const whole = await sentenceTrail(db, claim.id, [link.id])
    expect(whole.entries.map((e) => e.id)).toEqual(expected)
    expect(whole.total).toBe(11)

    // The newest is the link taken away, then the last two grades.
    const newest = await sentenceTrail(db, claim.id, [link.id], 3)
    expect(newest.entries.map((e) => e.id)).toEqual(expected.slice(0, 3))
    expect(newest.entries.map((e) => e.entity)).toEqual(['link', 'assessment', 'assessment'])
    expect(newest.total).toBe(11)

    // Without its links: its grades alone.
    const grades = await sentenceTrail(db, claim.id, [], 4)
    expect(grades.entries.map((e) => e.id)).toEqual((await everyEntryOf(claim.id, [])).slice(0, 4))
    expect(grades.total).toBe(9)

    expect(await sentenceTrail(db, quote.id, [], 50)).toEqual({ entries: [], total: 0 })
  })
})
