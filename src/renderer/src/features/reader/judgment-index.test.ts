import { newCase, newJudgment } from '@shared/judgments'
import type { Judgment } from '@shared/model'
import { describe, expect, it } from 'vitest'
import { evidenceChoices, indexJudgments, markTitle } from './judgment-index'

const AT = '2026-01-27T09:00:00.000Z'
const kyiv = newCase('c-kyiv', 'Kyiv blackout', ['kyiv'], AT)
const energy = newCase('c-energy', 'Alpha: strikes on energy', ['other'], AT)

const judgment = (
  id: string,
  caseId: string,
  position: number,
  text: string,
  evidence: Judgment['evidence']
) => ({
  ...newJudgment(id, caseId, position, AT, { text }),
  evidence
})

const supports = (sentenceId: string) =>
  ({ relation: 'supports', target: { kind: 'sentence', sentenceId }, note: '' }) as const
const contradicts = (sentenceId: string) =>
  ({ relation: 'contradicts', target: { kind: 'sentence', sentenceId }, note: '' }) as const

const judgments = [
  judgment('j2', 'c-kyiv', 1, 'Repairs will likely take weeks.', [supports('kyiv:2')]),
  judgment('j1', 'c-kyiv', 0, 'The grid held through the strike.', [
    supports('kyiv:1'),
    contradicts('other:4')
  ]),
  judgment('j3', 'c-energy', 0, 'Strikes on substations are the new pattern.', [contradicts('kyiv:1')])
]
const index = indexJudgments([energy, kyiv], judgments, new Set(['kyiv:0', 'kyiv:1', 'kyiv:2']))

describe('the key judgments seen from one article', () => {
  it('lists, for each of its sentences, the judgments of every case it is evidence for, numbered in their case', () => {
    expect(
      index.citing.get('kyiv:1')!.map((c) => [c.case.name, c.number, c.relation, c.judgment.text])
    ).toEqual([
      ['Alpha: strikes on energy', 1, 'contradicts', 'Strikes on substations are the new pattern.'],
      ['Kyiv blackout', 1, 'supports', 'The grid held through the strike.']
    ])
    expect(index.citing.get('kyiv:2')!.map((c) => c.number)).toEqual([2])
    // Sentences of other articles are not this reader's to mark.
    expect(index.citing.has('other:4')).toBe(false)
    expect(index.citing.has('kyiv:0')).toBe(false)
  })

  it('says in the mark’s tooltip what the sentence does for which judgment', () => {
    expect(markTitle(index.citing.get('kyiv:1')!)).toBe(
      'Contradicts key judgment 1 of “Alpha: strikes on energy”: Strikes on substations are the new pattern.\n' +
        'Supports key judgment 1 of “Kyiv blackout”: The grid held through the strike.'
    )
  })

  it('offers every judgment to add evidence to, the article’s own cases first, in each case’s order', () => {
    expect(evidenceChoices(index, 'kyiv')).toEqual([
      {
        group: 'Kyiv blackout (this article’s case)',
        items: [
          { value: 'j1', label: '1. The grid held through the strike.' },
          { value: 'j2', label: '2. Repairs will likely take weeks.' }
        ]
      },
      {
        group: 'Alpha: strikes on energy',
        items: [{ value: 'j3', label: '1. Strikes on substations are the new pattern.' }]
      }
    ])
    // From an article in Alpha's case, Alpha comes first.
    expect(evidenceChoices(index, 'other').map((g) => g.group)).toEqual([
      'Alpha: strikes on energy (this article’s case)',
      'Kyiv blackout'
    ])
  })
})
