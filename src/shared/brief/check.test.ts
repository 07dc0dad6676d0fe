import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { Judgment, JudgmentEvidence, Link } from '../model'
import { normaliseText } from '../text'
import { checkBrief, type BriefIssue } from './check'
import { kurskBrief } from './kursk.fixture'
import { buildBrief, type BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const at = '2026-11-27T10:00:00.000Z'

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

function withLink(input: BriefInput, from: number, to: number): BriefInput {
  const [a] = input.articles
  const link: Link = {
    id: `extra-${from}-${to}`,
    fromSentenceId: `dprk:${from}`,
    articleId: 'dprk',
    relation: 'supports',
    target: { kind: 'sentence', sentenceId: `dprk:${to}` },
    note: '',
    createdAt: at
  }
  return { ...input, articles: [{ ...a, links: [...a.links, link] }] }
}

/** A sentence of the sample (`dprk:1`) or of another article (`kp2:4`) as evidence. */
function cites(relation: JudgmentEvidence['relation'], sentenceId: string | number): JudgmentEvidence {
  const id = typeof sentenceId === 'number' ? `dprk:${sentenceId}` : sentenceId
  return { relation, target: { kind: 'sentence', sentenceId: id }, note: '' }
}

function citation(sourceId?: string): JudgmentEvidence {
  return {
    relation: 'supports',
    target: {
      kind: 'external',
      citation: 'Special Operations Forces of Ukraine, Telegram statement, 30 January 2025',
      ...(sourceId ? { sourceId } : {})
    },
    note: ''
  }
}

/**
 * A judgment as an analyst should write it: own words, one of the seven terms, a confidence with
 * its reason, and two independent pieces of support (Kindratenko B2, Podolyak C3).
 */
function judgment(patch: Partial<Judgment> = {}): Judgment {
  return {
    id: 'j1',
    caseId: 'case-kursk',
    position: 0,
    text: 'North Korean units have left the Kursk front after heavy losses.',
    likelihood: 'likely',
    confidence: 'Moderate',
    confidenceReason: 'Two Ukrainian officials of separate institutions report it; Russia has not denied it.',
    evidence: [cites('supports', 1), cites('supports', 3)],
    assumptions: '',
    alternatives: '',
    needsRewording: false,
    createdAt: at,
    updatedAt: at,
    ...patch
  }
}

function check(judgments: Judgment[], input: BriefInput = kurskBrief(SAMPLE)): BriefIssue[] {
  return checkBrief(buildBrief({ ...input, judgments }))
}

/** The issues of judgment `j1`, as [code, severity, sentence cited]. */
function ofJudgment(issues: BriefIssue[]): [string, string, string | undefined][] {
  return issues.filter((i) => i.judgmentId === 'j1').map((i) => [i.code, i.severity, i.sentenceId])
}

const codesOf = (issues: BriefIssue[]) => issues.filter((i) => i.judgmentId === 'j1').map((i) => i.code)

describe('checkBrief: the sample without judgments', () => {
  it('flags its circular sentence rated 1, its circular reporting and its gaps, each naming the sentence', () => {
    const issues = checkBrief(buildBrief(kurskBrief(SAMPLE)))
    expect(issues.map((i) => [i.code, i.severity, i.sentenceId])).toEqual([
      ['credibility-1-without-independent-support', 'warning', 'dprk:0'],
      ['circular-reporting', 'info', 'dprk:0'],
      ['circular-reporting', 'info', 'dprk:2'],
      ['unassessed-sentences', 'info', undefined]
    ])
    expect(issues[1].message).toMatch(
      /^“North Korean troops deployed to aid Russia’s offensive in Ukraine …”: /
    )
    expect(issues[3].message).toBe('5 sentences are not yet assessed; the brief lists them under Gaps.')
    expect(issues[0].about?.sentence).toEqual({
      sentenceId: 'dprk:0',
      text: expect.stringMatching(/^North Korean troops deployed to aid Russia’s offensive/),
      articleTitle: 'North Korean troops withdraw from Kursk after heavy losses',
      rating: 'B1',
      sources: ['Col. Oleksandr Kindratenko (B, paraphrase)', 'CNN (B, reported)'],
      status: 'circular'
    })
  })

  it('flags a contested claim shown as settled: overridden, or graded 1', () => {
    const overridden = withAssessment(kurskBrief(SAMPLE), 9, {
      corroborationOverride: { status: 'corroborated', reason: 'TASS footage' }
    })
    const [issue] = checkBrief(buildBrief(overridden)).filter((i) => i.sentenceId === 'dprk:9')
    expect(issue).toMatchObject({ code: 'contested-presented-as-settled', severity: 'warning' })
    expect(issue.message).toContain('shown as corroborated')
    expect(issue.about?.sentence?.status).toBe('corroborated (set by hand; the evidence shows contested)')

    const confirmed = withAssessment(kurskBrief(SAMPLE), 9, { credibility: 1 })
    const issues = checkBrief(buildBrief(confirmed)).filter((i) => i.sentenceId === 'dprk:9')
    expect(issues.map((i) => i.code)).toEqual([
      'contested-presented-as-settled',
      'credibility-1-without-independent-support'
    ])
    expect(issues[1].message).toContain(
      'graded 1 (Confirmed by other sources), but the evidence contradicts it.'
    )
  })
})

describe('credibility 1 needs independent support (sentence by sentence)', () => {
  it('flags 1 on a sentence supported only by its own source, or contradicted', () => {
    const issues = checkBrief(buildBrief(kurskBrief(SAMPLE)))
    expect(issues.find((i) => i.code === 'credibility-1-without-independent-support')).toMatchObject({
      sentenceId: 'dprk:0',
      message: expect.stringContaining('no supporting item has a source independent of its own')
    })
  })

  it('accepts 1 on a sentence with independent support, strong (Podolyak C3) or weak (Zelenskyy B6)', () => {
    const strong = withAssessment(kurskBrief(SAMPLE), 1, { credibility: 1 })
    expect(checkBrief(buildBrief(strong)).filter((i) => i.sentenceId === 'dprk:1')).toEqual([])

    const weak = withAssessment(withLink(kurskBrief(SAMPLE), 7, 15), 7, { credibility: 1 })
    const codes = checkBrief(buildBrief(weak))
      .filter((i) => i.sentenceId === 'dprk:7')
      .map((i) => i.code)
    expect(codes).toEqual(['weak-corroboration'])
  })
})

describe('checkBrief: key judgments (ICD 203)', () => {
  it('finds nothing to say about a judgment written as it should be', () => {
    expect(ofJudgment(check([judgment()]))).toEqual([])
  })

  it('flags a judgment without evidence, and one whose only evidence is gone', () => {
    expect(ofJudgment(check([judgment({ evidence: [] })]))).toEqual([
      ['judgment-without-evidence', 'warning', undefined]
    ])
    const issues = check([judgment({ evidence: [cites('supports', 'deleted-article:3')] })])
    expect(ofJudgment(issues)).toEqual([
      ['judgment-without-evidence', 'warning', undefined],
      ['judgment-evidence-missing', 'warning', 'deleted-article:3']
    ])
    expect(issues[0].message).toBe(
      'Key judgment 1 “North Korean units have left the Kursk front after heavy …” cites no evidence: attach the sentences or citations it rests on, so the reader can trace it.'
    )
  })

  describe('High confidence', () => {
    const high = (evidence: JudgmentEvidence[], input?: BriefInput) =>
      check([judgment({ confidence: 'High', evidence })], input).filter(
        (i) => i.code === 'high-confidence-without-independent-strong-support'
      )

    it('is accepted on two strong items with no source in common', () => {
      expect(high([cites('supports', 1), cites('supports', 3)])).toEqual([])
      // ISW B2 in the sample, and the General Staff C3 in another article.
      expect(high([cites('supports', 7), cites('supports', 'kp2:4')])).toEqual([])
    })

    it('is flagged on circular support: one source reported twice', () => {
      const [issue] = high([cites('supports', 1), cites('supports', 2)])
      expect(issue.message).toContain(
        'its strong support is circular: every strong item shares its origin (Col. Oleksandr Kindratenko)'
      )
    })

    it('is flagged when a second item comes from the first one’s organisation, as corroboration judges it', () => {
      const input = kurskBrief(SAMPLE)
      input.sources = [
        ...input.sources,
        {
          id: 'src-sof',
          name: 'Special Operations Forces of Ukraine',
          aliases: [],
          kind: 'military',
          reliability: 'B'
        }
      ]
      const [issue] = high([cites('supports', 1), citation('src-sof')], input)
      expect(issue.message).toContain(
        'every strong item shares its origin (Col. Oleksandr Kindratenko, Special Operations Forces of Ukraine)'
      )
    })

    it('is flagged on weak support, naming why it is weak', () => {
      const [issue] = high([cites('supports', 9), cites('supports', 5)])
      expect(issue.message).toContain(
        'every supporting item is weak or unsourced (reliability D, credibility 4, reliability F)'
      )
    })

    it('is flagged on unsourced support', () => {
      const [issue] = high([cites('supports', 6), citation()])
      expect(issue.message).toContain(
        'every supporting item is weak or unsourced (no source, credibility not graded)'
      )
    })

    it('is flagged on a single strong item, however strong', () => {
      const [issue] = high([cites('supports', 1), cites('supports', 9)])
      expect(issue.message).toContain('rests on one strong item (Col. Oleksandr Kindratenko)')
    })

    it('is the only confidence held to this: Moderate on the same single item is not flagged', () => {
      const issues = check([judgment({ evidence: [cites('supports', 1)] })])
      expect(ofJudgment(issues)).toEqual([])
    })
  })

  describe('contested evidence needs an alternative explanation', () => {
    it('flags a contradicting item when no alternative is written', () => {
      const issues = check([judgment({ evidence: [cites('supports', 1), cites('contradicts', 'kp2:4')] })])
      expect(ofJudgment(issues)).toEqual([['contested-without-alternative', 'warning', undefined]])
      expect(issues[0].message).toContain(
        'rests on contested evidence (1 item contradicts it) but presents no alternative explanation'
      )
    })

    it('flags a supporting sentence that is itself contradicted', () => {
      const issues = check([judgment({ evidence: [cites('supports', 3), cites('supports', 9)] })])
      expect(codesOf(issues)).toEqual(['contested-without-alternative'])
      expect(issues[0].message).toContain(
        '(“While Ukraine claims it has made territorial gains in Kursk, …”, which supports it, is itself contradicted)'
      )
    })

    it('accepts contested evidence when an alternative is written', () => {
      const issues = check([
        judgment({
          evidence: [cites('supports', 1), cites('contradicts', 'kp2:4'), cites('supports', 9)],
          alternatives: 'The units may have been rotated out for rest rather than withdrawn.'
        })
      ])
      expect(ofJudgment(issues)).toEqual([])
    })
  })

  describe('confidence and likelihood in one sentence', () => {
    it('flags a sentence of the bottom line that says both, naming the words and the sentence', () => {
      const input = {
        ...kurskBrief(SAMPLE),
        bluf: 'We have high confidence that North Korean units have likely left the Kursk front. Sweden’s package is the largest yet.'
      }
      const [issue] = checkBrief(buildBrief(input))
      expect(issue).toMatchObject({ code: 'confidence-and-likelihood-mixed', severity: 'warning' })
      expect(issue.message).toBe(
        'The bottom line up front “We have high confidence that North Korean units have likely …” puts a confidence word (“high confidence”) and a likelihood word (“likely”) in one sentence: ICD 203 keeps them apart. Say how likely the event is in one sentence and the confidence in the sources and reasoning in another.'
      )
      expect(issue.about).toEqual({
        bluf: 'We have high confidence that North Korean units have likely left the Kursk front.'
      })
    })

    it('accepts the two in separate sentences of the bottom line', () => {
      for (const bluf of [
        'North Korean units have likely left the Kursk front; the evidence rests mostly on Ukrainian sources.',
        'North Korean units have likely left the Kursk front. We have moderate confidence in the Ukrainian reporting.'
      ]) {
        const codes = checkBrief(buildBrief({ ...kurskBrief(SAMPLE), bluf })).map((i) => i.code)
        expect(codes, bluf).not.toContain('confidence-and-likelihood-mixed')
      }
    })

    it('flags a judgment sentence that says both, and accepts them apart', () => {
      const mixed = check([
        judgment({ text: 'We are confident the units will almost certainly not return before spring.' })
      ])
      expect(ofJudgment(mixed)).toEqual([['confidence-and-likelihood-mixed', 'warning', undefined]])
      expect(mixed[0].message).toContain('(“confident”) and a likelihood word (“almost certainly”)')

      const apart = check([
        judgment({
          text: 'The units will almost certainly not return before spring. Kyiv’s reporting has been accurate.'
        })
      ])
      expect(ofJudgment(apart)).toEqual([])
    })
  })

  describe('likelihood only in the seven terms', () => {
    it('names each word outside them and suggests the seven', () => {
      const issues = check([
        judgment({ text: 'North Korean units possibly left Kursk. They could return, we believe, by May.' })
      ])
      expect(ofJudgment(issues)).toEqual([['likelihood-outside-seven-terms', 'warning', undefined]])
      expect(issues[0].message).toBe(
        'Key judgment 1 “North Korean units possibly left Kursk. They could return, we …” says how likely with “possibly”, “could”, “we believe”, which are not among ICD 203’s seven likelihood terms: use one of almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain.'
      )
    })

    it('accepts the seven terms, and words that only look like hedges', () => {
      const issues = check([
        judgment({
          text: 'North Korean units very likely left Kursk in May; a return before spring is Unlikely.'
        })
      ])
      expect(ofJudgment(issues)).toEqual([])
    })
  })

  describe('unsourced sentences cited as evidence', () => {
    it('flags each, naming the judgment and the sentence, whichever side it is on', () => {
      const input = kurskBrief(SAMPLE)
      input.externalSentences = [
        ...(input.externalSentences ?? []),
        {
          sentence: { id: 'kp2:7', articleId: 'kp2', index: 7, start: 500, end: 560, kind: 'body' },
          articleTitle: 'Ukraine still holds ground in Kursk, General Staff says',
          text: 'Residents of Sudzha say the shelling has stopped.'
        }
      ]
      const issues = check(
        [
          judgment({
            evidence: [
              cites('supports', 1),
              cites('supports', 3),
              cites('supports', 6),
              cites('contradicts', 'kp2:7')
            ],
            alternatives: 'Shelling may have paused for other reasons.'
          })
        ],
        input
      )
      expect(ofJudgment(issues)).toEqual([
        ['unsourced-evidence', 'warning', 'dprk:6'],
        ['unsourced-evidence', 'warning', 'kp2:7']
      ])
      expect(issues[1].message).toBe(
        'Key judgment 1 “North Korean units have left the Kursk front after heavy …” cites “Residents of Sudzha say the shelling has stopped.” as contradicting evidence, but no source is attributed to that sentence: it cannot be traced. Name its source, or cite something sourced.'
      )
      expect(issues[1].about?.sentence).toEqual({
        sentenceId: 'kp2:7',
        text: 'Residents of Sudzha say the shelling has stopped.',
        articleTitle: 'Ukraine still holds ground in Kursk, General Staff says',
        rating: '',
        sources: []
      })
      expect(issues[1].about?.judgment).toMatchObject({
        judgmentId: 'j1',
        number: 1,
        supports: 3,
        contradicts: 1
      })
    })

    it('does not flag sourced sentences, graded or not', () => {
      const ungraded = withAssessment(kurskBrief(SAMPLE), 3, { credibility: null })
      expect(codesOf(check([judgment()], ungraded))).not.toContain('unsourced-evidence')
    })
  })

  describe('evidence not graded yet', () => {
    it('flags a cited sentence without credibility, or whose source is not graded, saying which', () => {
      const input = withAssessment(kurskBrief(SAMPLE), 3, { credibility: null })
      input.sources = input.sources.map((s) => (s.id === 'src-kindratenko' ? { ...s, reliability: null } : s))
      const issues = check([judgment()], input)
      expect(ofJudgment(issues)).toEqual([
        ['ungraded-evidence', 'warning', 'dprk:1'],
        ['ungraded-evidence', 'warning', 'dprk:3']
      ])
      expect(issues[0].message).toContain(
        'but it is not fully graded (source not graded): the reader cannot weigh it.'
      )
      expect(issues[1].message).toContain('(credibility not graded)')
    })

    it('flags a citation whose source is not graded, and not one whose source is', () => {
      const input = kurskBrief(SAMPLE)
      input.sources = [
        ...input.sources,
        {
          id: 'src-sof',
          name: 'Special Operations Forces of Ukraine',
          aliases: [],
          kind: 'military',
          reliability: null
        }
      ]
      const issues = check(
        [judgment({ evidence: [cites('supports', 1), cites('supports', 3), citation('src-sof')] })],
        input
      )
      expect(ofJudgment(issues)).toEqual([['ungraded-evidence', 'warning', undefined]])
      expect(issues[0].message).toContain(
        'as supporting evidence, but its source, Special Operations Forces of Ukraine, is not graded yet'
      )
      const graded = check([
        judgment({ evidence: [cites('supports', 1), cites('supports', 3), citation('src-yonhap')] })
      ])
      expect(ofJudgment(graded)).toEqual([])
    })
  })

  it('makes circular reporting a warning where a judgment rests on it', () => {
    const issues = check([judgment({ evidence: [cites('supports', 2), cites('supports', 3)] })])
    expect(
      issues.filter((i) => i.code === 'circular-reporting').map((i) => [i.sentenceId, i.severity])
    ).toEqual([
      ['dprk:0', 'info'],
      ['dprk:2', 'warning']
    ])
  })

  it('warns while a judgment is still in the article’s words, and not once reworded', () => {
    const started = judgment({
      text: 'Colonel Oleksandr Kindratenko stated that DPRK troops have not been observed for three weeks.',
      needsRewording: true,
      startedFrom: 'dprk:1'
    })
    const [issue] = check([started])
    expect(issue).toMatchObject({ code: 'judgment-needs-rewording', severity: 'warning', judgmentId: 'j1' })
    expect(issue.message).toContain('is still in the article’s words')
    expect(ofJudgment(check([{ ...started, needsRewording: false }]))).toEqual([])
  })

  it('asks for a confidence, its reason, and a likelihood', () => {
    expect(ofJudgment(check([judgment({ confidence: null, likelihood: null })]))).toEqual([
      ['judgment-without-confidence', 'warning', undefined],
      ['judgment-without-likelihood', 'info', undefined]
    ])
    const issues = check([judgment({ confidenceReason: '  ' })])
    expect(ofJudgment(issues)).toEqual([['confidence-without-reason', 'warning', undefined]])
    expect(issues[0].message).toContain('is held with Moderate confidence but does not say why')
  })

  it('flags a judgment with no text', () => {
    const [issue] = check([judgment({ text: '' })])
    expect(issue).toMatchObject({
      code: 'judgment-without-text',
      message: 'Key judgment 1 has no text: write the judgment in your own words.'
    })
  })

  it('names what every issue is about, judgment issues showing the judgment', () => {
    const issues = check([
      judgment({ confidence: 'High', evidence: [cites('supports', 6)], text: 'It could happen.' }),
      judgment({ id: 'j2', position: 1, evidence: [] })
    ])
    for (const issue of issues.filter((i) => i.code !== 'unassessed-sentences')) {
      expect(issue.judgmentId ?? issue.sentenceId, issue.message).toBeDefined()
      if (issue.judgmentId) expect(issue.about?.judgment?.judgmentId).toBe(issue.judgmentId)
      if (issue.sentenceId) expect(issue.about?.sentence?.sentenceId).toBe(issue.sentenceId)
    }
    expect(issues.find((i) => i.judgmentId === 'j2')?.about?.judgment).toEqual({
      judgmentId: 'j2',
      number: 2,
      text: 'North Korean units have left the Kursk front after heavy losses.',
      likelihood: 'likely (55–80%)',
      confidence: 'Moderate',
      confidenceReason:
        'Two Ukrainian officials of separate institutions report it; Russia has not denied it.',
      supports: 0,
      contradicts: 0,
      alternatives: ''
    })
  })
})
