import { describe, expect, it } from 'vitest'
import type { Assessment } from './index'
import { assessmentMap, sameAssessment } from './same-assessment'

const grade = (sentenceId: string, patch: Partial<Assessment> = {}): Assessment => ({
  sentenceId,
  articleId: 'a',
  attributions: [{ sourceId: 'reuters', role: 'reported' }],
  credibility: 2,
  claimType: 'claim',
  note: '',
  tags: [],
  target: { exact: 'Troops withdrew.', prefix: 'x', suffix: 'y' },
  updatedAt: '2026-11-30T07:00:00.000Z',
  ...patch
})

describe('assessments read again', () => {
  it('keep the objects of unchanged grades and take the changed one', () => {
    const before = assessmentMap([grade('a:1'), grade('a:2'), grade('a:3')], undefined)
    // A live query reads every row again: new objects, one of them changed.
    const rows = [
      structuredClone(grade('a:1')),
      grade('a:2', { credibility: 5, updatedAt: '2026-11-30T07:01:00.000Z' }),
      structuredClone(grade('a:3'))
    ]
    const after = assessmentMap(rows, before)
    expect(after.get('a:1')).toBe(before.get('a:1'))
    expect(after.get('a:3')).toBe(before.get('a:3'))
    expect(after.get('a:2')).toBe(rows[1])
    expect(after.get('a:2')!.credibility).toBe(5)
  })

  it('take a grade changed without a new time stamp (a restore, an undo in the same millisecond)', () => {
    const base = grade('a:1', { corroborationOverride: { status: 'contested', reason: 'A call' } })
    const changes: Partial<Assessment>[] = [
      { credibility: 3 },
      { claimType: 'context' },
      { note: 'Why' },
      { tags: ['x'] },
      { attributions: [{ sourceId: 'mod', role: 'reported' }] },
      { attributions: [{ sourceId: 'reuters', role: 'direct-quote' }] },
      { attributions: [] },
      { corroborationOverride: undefined },
      { corroborationOverride: { status: 'contested', reason: 'Another call' } },
      { target: { exact: 'Troops withdrew.', prefix: 'z', suffix: 'y' } }
    ]
    for (const change of changes)
      expect(sameAssessment(base, { ...base, ...change }), JSON.stringify(change)).toBe(false)
    expect(sameAssessment(base, structuredClone(base))).toBe(true)
  })
})
