// Corroboration weighs what supports it (DESIGN.md §2): weak items alone corroborate weakly, and a
// sentence with no source is never corroborated.
import { describe, expect, it } from 'vitest'
import type { Assessment, Credibility, Link, LinkTarget, Reliability, Source } from '../model'
import {
  corroborationWarnings,
  effectiveCorroboration,
  linksTouching,
  type CorroborationInput
} from './index'

function source(id: string, reliability: Reliability | null): Source {
  return { id, name: id, aliases: [], kind: 'organisation', reliability }
}

const sources = new Map(
  [
    source('kcna', 'E'),
    source('telegram-channel', 'D'),
    source('mod-uk', 'B'),
    source('reuters', 'A'),
    source('new-blogger', null)
  ].map((s) => [s.id, s])
)

function graded(sentenceId: string, sourceId: string | null, credibility: Credibility | null): Assessment {
  return {
    sentenceId,
    articleId: sentenceId.split(':')[0],
    attributions: sourceId ? [{ sourceId, role: 'reported' }] : [],
    credibility,
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: '2026-11-26T09:00:00.000Z'
  }
}

let seq = 0
function supports(from: string, target: string | LinkTarget): Link {
  return {
    id: `l${++seq}`,
    fromSentenceId: from,
    articleId: from.split(':')[0],
    relation: 'supports',
    target: typeof target === 'string' ? { kind: 'sentence', sentenceId: target } : target,
    note: '',
    createdAt: `2026-11-26T09:${String(seq).padStart(2, '0')}:00.000Z`
  }
}

function judge(own: Assessment, links: Link[], others: Assessment[]): CorroborationInput {
  return {
    sentence: { id: own.sentenceId, kind: 'body' },
    assessment: own,
    links: linksTouching(own.sentenceId, links),
    assessmentsBySentenceId: new Map(others.map((a) => [a.sentenceId, a])),
    sourcesById: sources
  }
}

const codes = (input: CorroborationInput) => corroborationWarnings(input).map((w) => w.code)

describe('corroboration weighs its support', () => {
  it('calls an E6 claim supported only by a D5 item weakly corroborated, and warns', () => {
    const claim = graded('a:1', 'kcna', 6)
    const input = judge(claim, [supports('a:1', 'b:1')], [graded('b:1', 'telegram-channel', 5)])
    expect(effectiveCorroboration(input)).toMatchObject({ status: 'corroborated', weak: true })
    const [warning] = corroborationWarnings(input)
    expect(warning.code).toBe('weak-corroboration')
    expect(warning.message).toContain('reliability D, credibility 5')
  })

  it('calls a B2 claim supported by an independent A1 item corroborated, with no warning', () => {
    const claim = graded('a:1', 'mod-uk', 2)
    const input = judge(claim, [supports('b:1', 'a:1')], [graded('b:1', 'reuters', 1)])
    expect(effectiveCorroboration(input)).toMatchObject({ status: 'corroborated', weak: false })
    expect(codes(input)).toEqual([])
  })

  it('is corroborated, not weak, once one strong independent item stands beside weak ones', () => {
    const claim = graded('a:1', 'mod-uk', 2)
    const links = [supports('a:1', 'b:1'), supports('a:1', 'c:1')]
    const input = judge(claim, links, [graded('b:1', 'telegram-channel', 5), graded('c:1', 'reuters', 2)])
    expect(effectiveCorroboration(input).weak).toBe(false)
  })

  it('never corroborates a sentence with no source, even from an A1 item, and says why', () => {
    const claim = graded('a:1', null, 2)
    const input = judge(claim, [supports('a:1', 'b:1')], [graded('b:1', 'reuters', 1)])
    expect(effectiveCorroboration(input)).toMatchObject({ status: 'uncorroborated', weak: false })
    expect(codes(input)).toEqual(['unsourced-claim'])
    // A sentence never graded at all is no better.
    const bare: CorroborationInput = { ...input, assessment: undefined }
    expect(effectiveCorroboration(bare).status).toBe('uncorroborated')
  })

  it('counts support from a source not graded yet, or a credibility not given, as weak', () => {
    const claim = graded('a:1', 'mod-uk', 2)
    const ungradedSource = judge(claim, [supports('a:1', 'b:1')], [graded('b:1', 'new-blogger', 2)])
    expect(effectiveCorroboration(ungradedSource).weak).toBe(true)
    expect(corroborationWarnings(ungradedSource)[0].message).toContain('source not graded')
    const noCredibility = judge(claim, [supports('a:1', 'b:1')], [graded('b:1', 'reuters', null)])
    expect(effectiveCorroboration(noCredibility).weak).toBe(true)
    expect(corroborationWarnings(noCredibility)[0].message).toContain('credibility not graded')
  })

  it('weighs an external citation by its source’s reliability', () => {
    const claim = graded('a:1', 'mod-uk', 2)
    const cite = (sourceId: string) =>
      supports('a:1', { kind: 'external', citation: 'Satellite imagery brief', sourceId })
    expect(effectiveCorroboration(judge(claim, [cite('reuters')], [])).weak).toBe(false)
    expect(effectiveCorroboration(judge(claim, [cite('kcna')], [])).weak).toBe(true)
  })

  it('leaves an analyst override unmarked: it stands on its reason', () => {
    const claim = {
      ...graded('a:1', 'kcna', 6),
      corroborationOverride: { status: 'corroborated' as const, reason: 'Seen on imagery.' }
    }
    const input = judge(claim, [supports('a:1', 'b:1')], [graded('b:1', 'telegram-channel', 5)])
    expect(effectiveCorroboration(input)).toMatchObject({ status: 'corroborated', weak: false })
  })
})
