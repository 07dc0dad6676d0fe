// The conversion of old key-judgment marks, as the upgrade and a restore both run it.
import { describe, expect, it } from 'vitest'
import type { Case, Judgment } from '../model'
import { newCase } from './index'
import { convertKeyJudgments, legacyCaseId, legacyJudgmentId, type LegacyAssessment } from './legacy'

const grade = (
  sentenceId: string,
  keyJudgment?: boolean,
  exact = `Sentence ${sentenceId}.`
): LegacyAssessment => ({
  sentenceId,
  articleId: sentenceId.slice(0, sentenceId.lastIndexOf(':')),
  attributions: [],
  credibility: 3,
  claimType: 'claim',
  note: '',
  tags: [],
  target: { exact },
  updatedAt: `2026-11-20T10:0${sentenceId.length % 10}:00.000Z`,
  ...(keyJudgment === undefined ? {} : { keyJudgment })
})

const articles = new Map([
  ['kyiv', { title: 'North Korean troops withdraw from Kursk' }],
  ['tass', { title: 'Russia says Kursk is back under its control' }]
])
// Sequence 12 comes after 3 in the article, though ":12" sorts before ":3".
const readingOrder = new Map([
  ['kyiv', [0, 3, 12]],
  ['tass', [0, 1]]
])

describe('converting sentences marked as key judgments', () => {
  it('makes one case per article, judgments in reading order with the sentence’s words to reword', () => {
    const out = convertKeyJudgments({
      assessments: [grade('kyiv:12', true), grade('kyiv:3', true), grade('kyiv:0', false), grade('tass:1')],
      articles,
      readingOrder,
      headers: new Map([['kyiv', { title: 'Brief: Kursk', analyst: 'J. Doe' }]]),
      cases: new Map(),
      judgments: []
    })
    expect(out.cases).toEqual([
      {
        before: null,
        after: expect.objectContaining({
          id: legacyCaseId('kyiv'),
          name: 'North Korean troops withdraw from Kursk',
          articleIds: ['kyiv'],
          header: { title: 'Brief: Kursk', analyst: 'J. Doe', handling: '', bluf: '', audience: '', date: '' }
        })
      }
    ])
    expect(out.judgments.map((j) => [j.id, j.position, j.text, j.needsRewording])).toEqual([
      [legacyJudgmentId('kyiv:3'), 0, 'Sentence kyiv:3.', true],
      [legacyJudgmentId('kyiv:12'), 1, 'Sentence kyiv:12.', true]
    ])
    // Every row that carried the field loses it, marked or not; a row without it is left alone.
    expect(out.assessments.map((a) => a.after.sentenceId)).toEqual(['kyiv:12', 'kyiv:3', 'kyiv:0'])
    for (const { after } of out.assessments) expect(after).not.toHaveProperty('keyJudgment')
  })

  it('adds to the case made for the article before, after its judgments, and converts a mark once', () => {
    const existing: Case = newCase(legacyCaseId('kyiv'), 'Kursk (renamed)', [], '2026-11-20T10:00:00.000Z')
    const converted: Pick<Judgment, 'id' | 'caseId' | 'position'>[] = [
      { id: legacyJudgmentId('kyiv:0'), caseId: existing.id, position: 4 }
    ]
    const out = convertKeyJudgments({
      assessments: [grade('kyiv:0', true), grade('kyiv:3', true)],
      articles,
      readingOrder,
      cases: new Map([[existing.id, existing]]),
      judgments: converted
    })
    expect(out.judgments.map((j) => [j.id, j.position])).toEqual([[legacyJudgmentId('kyiv:3'), 5]])
    expect(out.cases).toEqual([{ before: existing, after: { ...existing, articleIds: ['kyiv'] } }])
  })

  it('keeps a mark whose article is gone, in a case that says so and holds no article', () => {
    const out = convertKeyJudgments({
      assessments: [grade('gone:2', true)],
      articles,
      readingOrder,
      cases: new Map(),
      judgments: []
    })
    expect(out.cases[0].after).toMatchObject({
      name: 'Key judgments of an article no longer in the library',
      articleIds: []
    })
    expect(out.judgments).toHaveLength(1)
  })

  it('converts nothing where no assessment carries the field', () => {
    expect(
      convertKeyJudgments({
        assessments: [grade('kyiv:0')],
        articles,
        readingOrder,
        cases: new Map(),
        judgments: []
      })
    ).toEqual({ assessments: [], cases: [], judgments: [] })
  })
})
