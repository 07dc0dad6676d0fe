import { describe, expect, it } from 'vitest'
import type { Assessment } from '@shared/model'
import { describeAssessmentChange, describeEntry, describeLinkChange } from './describe'

const sources = new Map([['s1', { name: 'Oleksandr Kindratenko' }]])
const base: Assessment = {
  sentenceId: 'a:1',
  articleId: 'a',
  attributions: [],
  credibility: null,
  claimType: 'claim',
  keyJudgment: false,
  note: '',
  tags: [],
  target: { exact: 'Colonel Oleksandr Kindratenko stated that no troops have been observed.' },
  updatedAt: '2026-11-26T10:00:00.000Z'
}

describe('history in words', () => {
  it('names each field the analyst changed, with the scale label', () => {
    const after = {
      ...base,
      attributions: [{ sourceId: 's1', role: 'paraphrase' as const }],
      credibility: 2 as const,
      keyJudgment: true,
      note: 'Single official; no map.'
    }
    expect(describeAssessmentChange(base, after, sources)).toEqual([
      'Source: Oleksandr Kindratenko',
      'Credibility 2 — Probably true',
      'Marked as key judgment',
      'Note: “Single official; no map.”'
    ])
  })

  it('a first grade from nothing, an override, a removal', () => {
    expect(describeAssessmentChange(null, { ...base, credibility: 4 }, sources)).toEqual([
      'Credibility 4 — Doubtful'
    ])
    expect(
      describeAssessmentChange(
        base,
        { ...base, corroborationOverride: { status: 'corroborated', reason: 'Phone call' } },
        sources
      )
    ).toEqual(['Corroboration set to corroborated: Phone call'])
    expect(describeAssessmentChange(base, null, sources)).toEqual(['Grade removed'])
  })

  it('links', () => {
    const link = {
      id: 'l',
      fromSentenceId: 'a:1',
      articleId: 'a',
      relation: 'contradicts' as const,
      target: { kind: 'sentence' as const, sentenceId: 'a:2' },
      note: '',
      createdAt: ''
    }
    expect(describeLinkChange(null, link)).toBe('Contradicting link added')
    expect(describeLinkChange(link, null)).toBe('Contradicting link removed')
  })

  it('says a grade a restore kept as it stood was kept, not changed', () => {
    const entry = {
      at: '2026-11-26T10:00:00.000Z',
      entity: 'assessment' as const,
      entityId: 'a:1',
      before: { ...base, credibility: 2 as const },
      after: { ...base, credibility: 2 as const },
      hash: '',
      prevHash: ''
    }
    expect(describeEntry(entry, sources)).toEqual(['Kept as it was when a backup was restored'])
    expect(describeEntry({ ...entry, before: base }, sources)).toEqual(['Credibility 2 — Probably true'])
  })
})
