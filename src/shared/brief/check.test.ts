import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { checkBrief } from './check'
import { kurskBrief } from './kursk.fixture'
import { buildBrief, type BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)

function withAssessment(input: BriefInput, index: number, patch: object): BriefInput {
  const [a] = input.articles
  return {
    ...input,
    articles: [
      {
        ...a,
        assessments: a.assessments.map((x) => (x.sentenceId === `dprk:${index}` ? { ...x, ...patch } : x))
      }
    ]
  }
}

describe('checkBrief', () => {
  it('flags the sample’s circular key judgment rated 1, and the gaps', () => {
    const issues = checkBrief(buildBrief(kurskBrief(SAMPLE)))
    expect(issues.map((i) => [i.code, i.severity, i.sentenceId])).toEqual([
      ['circular-reporting', 'warning', 'dprk:0'],
      ['credibility-1-without-independent-support', 'warning', 'dprk:0'],
      ['circular-reporting', 'info', 'dprk:2'],
      ['unassessed-sentences', 'info', undefined]
    ])
    expect(issues[0].message).toMatch(
      /^“North Korean troops deployed to aid Russia’s offensive in Ukraine …”: /
    )
    expect(issues[3].message).toBe('5 sentences are not yet assessed; the brief lists them under Gaps.')
  })

  it('flags a key judgment without a source or a credibility grade', () => {
    const input = withAssessment(kurskBrief(SAMPLE), 1, { attributions: [], credibility: null, note: '' })
    const codes = checkBrief(buildBrief(input)).filter((i) => i.sentenceId === 'dprk:1')
    expect(codes.map((i) => i.code)).toEqual([
      'key-judgment-without-source',
      'key-judgment-without-credibility',
      'unsourced-claim'
    ])
  })

  it('flags a key judgment whose primary source is not graded yet, naming the source', () => {
    const input = kurskBrief(SAMPLE)
    const ungraded = {
      ...input,
      sources: input.sources.map((s) => (s.id === 'src-kindratenko' ? { ...s, reliability: null } : s))
    }
    const issues = checkBrief(buildBrief(ungraded)).filter((i) => i.code === 'key-judgment-source-not-graded')
    // Sentences 0 and 1 are key judgments on Kindratenko; sentence 2 quotes him but is no key judgment.
    expect(issues.map((i) => [i.sentenceId, i.severity])).toEqual([
      ['dprk:0', 'warning'],
      ['dprk:1', 'warning']
    ])
    expect(issues[0].message).toContain(
      'rests on Col. Oleksandr Kindratenko, whose reliability is not graded yet'
    )
    expect(checkBrief(buildBrief(input)).map((i) => i.code)).not.toContain('key-judgment-source-not-graded')
  })

  it('flags a contested claim shown as settled: overridden, or graded 1', () => {
    const overridden = withAssessment(kurskBrief(SAMPLE), 9, {
      corroborationOverride: { status: 'corroborated', reason: 'TASS footage' }
    })
    const [issue] = checkBrief(buildBrief(overridden)).filter((i) => i.sentenceId === 'dprk:9')
    expect(issue).toMatchObject({ code: 'contested-presented-as-settled', severity: 'warning' })
    expect(issue.message).toContain('shown as corroborated')

    const confirmed = withAssessment(kurskBrief(SAMPLE), 9, { credibility: 1 })
    const codes = checkBrief(buildBrief(confirmed))
      .filter((i) => i.sentenceId === 'dprk:9')
      .map((i) => i.code)
    expect(codes).toEqual(['contested-presented-as-settled', 'credibility-1-without-independent-support'])
  })
})
