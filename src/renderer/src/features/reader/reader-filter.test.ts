import { describe, expect, it } from 'vitest'
import {
  countStatuses,
  describeFilter,
  matches,
  NO_FILTER,
  reliabilityClass,
  stepVisible,
  type SentenceFacts
} from './reader-filter'

const facts = (over: Partial<SentenceFacts>): SentenceFacts => ({
  kind: 'body',
  view: { rating: '', status: 'uncorroborated' },
  sourceIds: [],
  tags: [],
  judgmentCount: 0,
  ...over
})

describe('reliabilityClass', () => {
  it('groups the primary source’s letter as the chips are coloured', () => {
    expect(['A1', 'B6', 'C2', 'D3', 'E5', 'F2', '?2', '-4'].map(reliabilityClass)).toEqual([
      'ab',
      'ab',
      'c',
      'de',
      'de',
      'unknown',
      'unknown',
      'unknown'
    ])
    expect(reliabilityClass('')).toBeNull()
  })
})

describe('matches', () => {
  const contested = facts({
    view: { rating: 'B2', status: 'contested' },
    sourceIds: ['cnn', 'kyiv'],
    tags: ['casualties'],
    judgmentCount: 1
  })

  it('lets every sentence through without a filter', () => {
    expect(matches(NO_FILTER, facts({}))).toBe(true)
  })

  it('filters by status, source in any place, reliability class, tag and key evidence, all together', () => {
    const all = {
      status: 'contested',
      keyEvidence: true,
      sourceId: 'kyiv',
      reliability: 'ab',
      tag: 'casualties'
    } as const
    expect(matches(all, contested)).toBe(true)
    expect(matches({ ...all, status: 'corroborated' }, contested)).toBe(false)
    expect(matches({ ...all, sourceId: 'tass' }, contested)).toBe(false)
    expect(matches({ ...all, reliability: 'c' }, contested)).toBe(false)
    expect(matches({ ...all, tag: 'aid' }, contested)).toBe(false)
    expect(matches(all, { ...contested, judgmentCount: 0 })).toBe(false)
  })

  it('calls a sentence without a rating not graded, except a heading', () => {
    const ungraded = { ...NO_FILTER, status: 'ungraded' } as const
    expect(matches(ungraded, facts({}))).toBe(true)
    expect(matches(ungraded, facts({ kind: 'heading' }))).toBe(false)
    expect(matches(ungraded, facts({ view: { rating: '-3', status: 'uncorroborated' } }))).toBe(false)
    expect(
      matches({ ...NO_FILTER, status: 'graded' }, facts({ view: { rating: '-3', status: 'uncorroborated' } }))
    ).toBe(true)
  })
})

describe('countStatuses', () => {
  it('counts what each sentence shows', () => {
    const sentences = [
      { id: 'h', kind: 'heading' as const },
      { id: 'a', kind: 'body' as const },
      { id: 'b', kind: 'body' as const },
      { id: 'c', kind: 'body' as const },
      { id: 'd', kind: 'quote' as const }
    ]
    const views = new Map([
      ['h', { rating: '', status: 'not-applicable' as const }],
      ['a', { rating: 'B2', status: 'corroborated' as const }],
      ['b', { rating: '?3', status: 'contested' as const }],
      ['c', { rating: '', status: 'circular' as const }],
      ['d', { rating: '', status: 'uncorroborated' as const }]
    ])
    expect(countStatuses(sentences, views)).toEqual({
      graded: 2,
      ungraded: 2,
      corroborated: 1,
      contested: 1,
      circular: 1
    })
  })
})

describe('describeFilter', () => {
  it('names every criterion, and nothing when there is none', () => {
    expect(describeFilter(NO_FILTER, () => '')).toBe('')
    expect(
      describeFilter({ ...NO_FILTER, status: 'contested', sourceId: 'cnn', tag: 'aid' }, (id) =>
        id.toUpperCase()
      )
    ).toBe('Contested · Source: CNN · Tag: aid')
  })
})

describe('stepVisible', () => {
  const shown = new Set([1, 4, 7])
  it('skips sentences that are not shown, and stays when none is left that way', () => {
    expect(stepVisible(9, 1, 1, (i) => shown.has(i))).toBe(4)
    expect(stepVisible(9, 4, -1, (i) => shown.has(i))).toBe(1)
    expect(stepVisible(9, 7, 1, (i) => shown.has(i))).toBe(7)
    expect(stepVisible(9, 1, -1, (i) => shown.has(i))).toBe(1)
  })
})
