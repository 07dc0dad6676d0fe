// Several sources per sentence: the list edits, and the rating that follows the primary source.
import { describe, expect, it } from 'vitest'
import { updateViews } from '../corroboration/incremental-views'
import type { Assessment, Attribution, Source } from '../model'
import { movedAttribution, reassigned, withAttribution, withoutAttribution, withRole } from './attributions'

const A: Attribution = { sourceId: 'reuters', role: 'reported' }
const B: Attribution = { sourceId: 'kyiv', role: 'direct-quote' }
const C: Attribution = { sourceId: 'tass', role: 'paraphrase' }

describe('attribution list', () => {
  it('adds a source at the end, once', () => {
    expect(withAttribution([], 'reuters', 'reported')).toEqual([A])
    expect(withAttribution([A], 'kyiv', 'direct-quote')).toEqual([A, B])
    expect(withAttribution([A, B], 'reuters', 'document')).toEqual([A, B])
  })

  it('moves a source up and down, and not past either end', () => {
    expect(movedAttribution([A, B, C], 'kyiv', -1)).toEqual([B, A, C])
    expect(movedAttribution([A, B, C], 'kyiv', 1)).toEqual([A, C, B])
    expect(movedAttribution([A, B, C], 'reuters', -1)).toEqual([A, B, C])
    expect(movedAttribution([A, B, C], 'tass', 1)).toEqual([A, B, C])
  })

  it('removes a source and changes a role', () => {
    expect(withoutAttribution([A, B, C], 'kyiv')).toEqual([A, C])
    expect(withRole([A, B], 'reuters', 'document')).toEqual([{ sourceId: 'reuters', role: 'document' }, B])
  })

  it('reassigns a source in its place, collapsing it into the target a sentence already cites', () => {
    expect(reassigned([A, B], 'reuters', 'tass')).toEqual([{ sourceId: 'tass', role: 'reported' }, B])
    expect(reassigned([A, B, C], 'reuters', 'tass')).toEqual([B, C])
    expect(reassigned([B], 'reuters', 'tass')).toEqual([B])
  })
})

describe('multi-source rating', () => {
  const sources = new Map<string, Source>([
    ['reuters', { id: 'reuters', name: 'Reuters', aliases: [], kind: 'media', reliability: 'B' }],
    ['kyiv', { id: 'kyiv', name: 'Kyiv Post', aliases: [], kind: 'media', reliability: 'D' }],
    ['tass', { id: 'tass', name: 'TASS', aliases: [], kind: 'media', reliability: null }]
  ])
  const rated = (attributions: Attribution[]) => {
    const assessment: Assessment = {
      sentenceId: 'a:1',
      articleId: 'a',
      attributions,
      credibility: 3,
      claimType: 'claim',
      note: '',
      tags: [],
      target: { exact: 'x' },
      updatedAt: '2026-11-30T09:00:00.000Z'
    }
    const views = updateViews(undefined, {
      sentences: [{ id: 'a:1', kind: 'body' }],
      graded: new Map([['a:1', assessment]]),
      sources,
      links: []
    })
    return views.views.get('a:1')!.rating
  }

  it('takes the letter from the primary (first) source, whatever the others are', () => {
    expect(rated([A, B])).toBe('B3')
    expect(rated(movedAttribution([A, B], 'kyiv', -1))).toBe('D3')
    expect(rated([C, A])).toBe('?3')
    expect(rated(withoutAttribution([C, A], 'tass'))).toBe('B3')
  })
})
