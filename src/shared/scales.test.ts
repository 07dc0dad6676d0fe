import { describe, expect, it } from 'vitest'
import type { Assessment, Source } from './model'
import { rating, ratingHint, UNGRADED_RELIABILITY_HINT } from './scales'

const sources = new Map<string, Pick<Source, 'reliability'>>([
  ['src-zelenskyy', { reliability: 'B' }],
  ['src-new', { reliability: null }]
])
const graded = (sourceId: string | null, credibility: Assessment['credibility']) => ({
  attributions: sourceId ? [{ sourceId, role: 'direct-quote' as const }] : [],
  credibility
})

describe('rating', () => {
  it('reads the primary source’s letter, then the credibility', () => {
    expect(rating(graded('src-zelenskyy', 2), sources)).toBe('B2')
    expect(rating(graded('src-zelenskyy', null), sources)).toBe('B-')
  })

  it('shows a source not graded yet as ?, never as a letter, with a hint saying why', () => {
    expect(rating(graded('src-new', 2), sources)).toBe('?2')
    expect(rating(graded('src-new', null), sources)).toBe('?-')
    expect(ratingHint('?2')).toBe(UNGRADED_RELIABILITY_HINT)
    expect(UNGRADED_RELIABILITY_HINT).toBe('source not graded yet')
  })

  it('keeps - for a sentence with no source, and no hint', () => {
    expect(rating(graded(null, 3), sources)).toBe('-3')
    expect(ratingHint('-3')).toBeUndefined()
    expect(ratingHint('B2')).toBeUndefined()
    expect(rating(graded(null, null), sources)).toBe('')
    expect(rating(undefined, sources)).toBe('')
  })
})
