import { describe, expect, it } from 'vitest'
import type { Assessment, Link, LinkTarget } from '../model'
import { conflictingLink, conflictMessage, corroborationEvidence, linksTouching, uniqueLinks } from './index'

function link(id: string, from: string, relation: Link['relation'], target: string | LinkTarget): Link {
  return {
    id,
    fromSentenceId: from,
    articleId: from.split(':')[0],
    relation,
    target: typeof target === 'string' ? { kind: 'sentence', sentenceId: target } : target,
    note: '',
    createdAt: `2026-11-26T09:00:0${id.slice(-1)}.000Z`
  }
}

const grade = (sentenceId: string, sourceId: string): Assessment => ({
  sentenceId,
  articleId: sentenceId.split(':')[0],
  attributions: [{ sourceId, role: 'reported' }],
  credibility: 2,
  claimType: 'claim',
  note: '',
  tags: [],
  target: { exact: '' },
  updatedAt: '2026-11-26T09:00:00.000Z'
})

describe('one link per pair, whichever end it was made from', () => {
  const aToB = link('l1', 'a:1', 'supports', 'b:1')

  it('finds the existing link when the reverse is added, and says so', () => {
    const existing = conflictingLink([aToB], {
      fromSentenceId: 'b:1',
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: 'a:1' }
    })
    expect(existing).toBe(aToB)
    expect(conflictMessage(aToB, 'supports')).toMatch(/already linked as “supports”/)
  })

  it('refuses contradicts beside supports on one pair, and allows a context link or another pair', () => {
    const reverse = { kind: 'sentence' as const, sentenceId: 'a:1' }
    expect(conflictingLink([aToB], { fromSentenceId: 'b:1', relation: 'contradicts', target: reverse })).toBe(
      aToB
    )
    expect(conflictMessage(aToB, 'contradicts')).toContain('remove that link before adding “contradicts”')
    expect(
      conflictingLink([aToB], { fromSentenceId: 'b:1', relation: 'context', target: reverse })
    ).toBeUndefined()
    expect(
      conflictingLink([aToB], {
        fromSentenceId: 'b:1',
        relation: 'supports',
        target: { kind: 'sentence', sentenceId: 'c:1' }
      })
    ).toBeUndefined()
  })

  it('treats the same citation from one sentence as one link, and another sentence’s as its own', () => {
    const cite = link('l2', 'a:1', 'supports', {
      kind: 'external',
      citation: 'ISW, 25 Nov',
      url: 'https://isw.example/a'
    })
    const again = { kind: 'external' as const, citation: ' isw, 25 nov ', url: 'https://isw.example/a' }
    expect(conflictingLink([cite], { fromSentenceId: 'a:1', relation: 'supports', target: again })).toBe(cite)
    expect(
      conflictingLink([cite], { fromSentenceId: 'b:1', relation: 'supports', target: again })
    ).toBeUndefined()
  })

  it('keeps the earliest of a reverse duplicate already stored, and every distinct link', () => {
    const reverse = link('l3', 'b:1', 'supports', 'a:1')
    const other = link('l4', 'b:1', 'contradicts', 'c:1')
    expect(uniqueLinks([reverse, aToB, other])).toEqual([aToB, other])
  })

  it('counts a stored reverse duplicate as one piece of evidence', () => {
    const links = [aToB, link('l5', 'b:1', 'supports', 'a:1')]
    const evidence = corroborationEvidence({
      sentence: { id: 'a:1', kind: 'body' },
      assessment: grade('a:1', 'mod'),
      links: linksTouching('a:1', links),
      assessmentsBySentenceId: new Map([['b:1', grade('b:1', 'reuters')]])
    })
    expect(evidence.independent.map((e) => e.link.id)).toEqual(['l1'])
  })
})
