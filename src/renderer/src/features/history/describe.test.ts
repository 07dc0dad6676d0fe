import { describe, expect, it } from 'vitest'
import { newCase, newJudgment } from '@shared/judgments'
import type { Assessment } from '@shared/model'
import {
  describeAssessmentChange,
  describeCaseChange,
  describeEntry,
  describeJudgmentChange,
  describeLinkChange
} from './describe'

const sources = new Map([['s1', { name: 'Oleksandr Kindratenko' }]])
const base: Assessment = {
  sentenceId: 'a:1',
  articleId: 'a',
  attributions: [],
  credibility: null,
  claimType: 'claim',
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
      note: 'Single official; no map.'
    }
    expect(describeAssessmentChange(base, after, sources)).toEqual([
      'Source: Oleksandr Kindratenko',
      'Credibility 2 — Probably true',
      'Note: “Single official; no map.”'
    ])
  })

  it('says when a grade lost the key-judgment mark of libraries from before cases', () => {
    const marked = { ...base, keyJudgment: true } as Assessment
    expect(describeAssessmentChange(marked, base, sources)).toEqual([
      'Key-judgment mark became a key judgment of its case'
    ])
    expect(describeAssessmentChange(base, base, sources)).toEqual(['No visible change'])
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

describe('cases and key judgments in words', () => {
  const at = '2026-11-26T10:00:00.000Z'
  const kursk = newCase('c', 'Kursk withdrawal', ['a'], at)

  it('a case created, renamed, given articles and a header, deleted', () => {
    expect(describeCaseChange(null, kursk)).toEqual(['Created case “Kursk withdrawal”'])
    expect(
      describeCaseChange(kursk, {
        ...kursk,
        name: 'Kursk',
        articleIds: ['b'],
        header: { ...kursk.header, bluf: 'Troops left.' }
      })
    ).toEqual([
      'Renamed case “Kursk withdrawal” to “Kursk”',
      '1 article added to case “Kursk”',
      '1 article removed from case “Kursk”',
      'Edited the brief header of case “Kursk”'
    ])
    expect(describeCaseChange(kursk, null)).toEqual(['Deleted case “Kursk withdrawal”'])
  })

  it('a judgment started from a sentence, reworded, graded, given evidence, moved, deleted', () => {
    const started = newJudgment('j', 'c', 0, at, {
      startedFrom: { sentenceId: 'a:1', text: 'No troops have been observed for three weeks.' }
    })
    expect(describeJudgmentChange(null, started)).toEqual([
      'Started key judgment from a sentence: “No troops have been observed for three weeks.”'
    ])
    const reworded = {
      ...started,
      text: 'DPRK troops have likely left.',
      likelihood: 'likely' as const,
      confidence: 'Moderate' as const,
      needsRewording: false,
      position: 2,
      evidence: [
        ...started.evidence,
        {
          relation: 'contradicts' as const,
          target: { kind: 'sentence' as const, sentenceId: 'b:3' },
          note: ''
        }
      ]
    }
    expect(describeJudgmentChange(started, reworded)).toEqual([
      'Edited key judgment: “DPRK troops have likely left.”',
      'Likelihood: likely',
      'Confidence: Moderate',
      'Added evidence (1 item)',
      'Moved to key judgment 3',
      'Reworded in the analyst’s own words'
    ])
    expect(describeJudgmentChange(reworded, null)).toEqual([
      'Deleted key judgment “DPRK troops have likely left.”'
    ])
    const entry = {
      at,
      entity: 'judgment' as const,
      entityId: 'j',
      before: null,
      after: started,
      hash: '',
      prevHash: ''
    }
    expect(describeEntry(entry, sources)).toEqual(describeJudgmentChange(null, started))
  })

  it('says what the upgrade to cases recorded as it stood', () => {
    const entry = {
      at,
      action: 'upgrade-5',
      entity: 'case' as const,
      entityId: 'c',
      before: kursk,
      after: kursk,
      hash: '',
      prevHash: ''
    }
    expect(describeEntry(entry, sources)).toEqual([
      'Recorded as it stood when sentences marked as key judgments became judgments of their cases'
    ])
  })
})
