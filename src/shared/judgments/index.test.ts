// The rules cases and key judgments share: what may be kept, in words that name the field.
import { describe, expect, it } from 'vitest'
import type { JudgmentEvidence } from '../model'
import {
  caseArticlesProblem,
  caseHeaderProblem,
  caseNameProblem,
  checkEvidence,
  EMPTY_CASE_HEADER,
  judgmentTextProblem,
  newJudgment
} from './index'

const at = '2026-11-26T10:00:00.000Z'
const support = (sentenceId: string): JudgmentEvidence => ({
  relation: 'supports',
  target: { kind: 'sentence', sentenceId },
  note: ''
})

describe('what a case may hold', () => {
  it('a name, not nothing and not a novel', () => {
    expect(caseNameProblem('Kursk withdrawal')).toBeUndefined()
    expect(caseNameProblem('  ')).toBe('Case name: give the case a name.')
    expect(caseNameProblem('x'.repeat(1001))).toBe('Case name: keep it under 1000 characters.')
  })

  it('a header with a calendar date or none, and fields a backup holds', () => {
    expect(caseHeaderProblem({ ...EMPTY_CASE_HEADER, date: '2024-02-29' })).toBeUndefined()
    expect(caseHeaderProblem(EMPTY_CASE_HEADER)).toBeUndefined()
    expect(caseHeaderProblem({ ...EMPTY_CASE_HEADER, date: '2026-02-29' })).toBe(
      'Date: “2026-02-29” is not a date (YYYY-MM-DD).'
    )
    expect(caseHeaderProblem({ ...EMPTY_CASE_HEADER, date: '29/11/2026' })).toBe(
      'Date: “29/11/2026” is not a date (YYYY-MM-DD).'
    )
    expect(caseHeaderProblem({ ...EMPTY_CASE_HEADER, handling: 'x'.repeat(1001) })).toBe(
      'Handling line: keep it under 1000 characters.'
    )
    expect(caseHeaderProblem({ ...EMPTY_CASE_HEADER, bluf: 'x'.repeat(5000) })).toBeUndefined()
  })

  it('up to a thousand articles', () => {
    expect(caseArticlesProblem(1000)).toBeUndefined()
    expect(caseArticlesProblem(1001)).toBe('Case: a case holds at most 1000 articles.')
  })
})

describe('what a key judgment may hold', () => {
  it('text and notes a backup holds', () => {
    expect(judgmentTextProblem({ text: 'North Korean units have likely left Kursk.' })).toBeUndefined()
    expect(judgmentTextProblem({ alternatives: 'x'.repeat(100_001) })).toBe(
      'Alternative explanations: keep it under 100000 characters.'
    )
  })

  it('up to a thousand pieces of evidence, each with a note a backup holds', () => {
    const full = {
      ...newJudgment('j', 'c', 0, at),
      evidence: Array.from({ length: 1000 }, (_, i) => support(`a:${i}`))
    }
    expect(checkEvidence(full, support('a:1000'))).toEqual({
      ok: false,
      error: 'A key judgment holds at most 1000 pieces of evidence.'
    })
    const empty = newJudgment('j', 'c', 0, at)
    expect(checkEvidence(empty, { ...support('a:1'), note: 'x'.repeat(100_001) })).toEqual({
      ok: false,
      error: 'Note: keep it under 100000 characters.'
    })
    expect(checkEvidence(empty, { ...support('a:1'), note: ' Official figure. ' })).toEqual({
      ok: true,
      evidence: { ...support('a:1'), note: 'Official figure.' }
    })
  })
})
