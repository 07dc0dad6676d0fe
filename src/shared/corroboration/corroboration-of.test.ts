// The brief takes a sentence's evidence, shown status and warnings from one pass: for any links
// and grades, that pass must say exactly what the three separate functions say.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Assessment, Link, Source } from '../model'
import {
  corroborationEvidence,
  corroborationOf,
  corroborationWarnings,
  effectiveCorroboration,
  linksTouching,
  type CorroborationInput
} from '.'

const SENTENCES = ['a:0', 'a:1', 'a:2', 'b:0', 'b:1']
const sources: Source[] = [
  { id: 's-mod', name: 'Ministry of Defence', aliases: ['MoD'], kind: 'government', reliability: 'B' },
  {
    id: 's-spokes',
    name: 'A spokesperson',
    aliases: [],
    kind: 'person',
    affiliation: 'MoD',
    reliability: 'C'
  },
  { id: 's-wire', name: 'Wire agency', aliases: [], kind: 'media', reliability: 'E' },
  { id: 's-blog', name: 'A blogger', aliases: [], kind: 'social-media', reliability: null }
]
const sourceIds = [...sources.map((s) => s.id), 's-unknown']

const assessmentArb = (sentenceId: string) =>
  fc
    .record({
      sourceIds: fc.uniqueArray(fc.constantFrom(...sourceIds), { maxLength: 2 }),
      credibility: fc.constantFrom(null, 1, 2, 4, 6),
      context: fc.boolean(),
      override: fc.option(
        fc.record({
          status: fc.constantFrom('corroborated', 'contested', 'uncorroborated') as fc.Arbitrary<
            'corroborated' | 'contested' | 'uncorroborated'
          >,
          reason: fc.constantFrom('', 'Seen on satellite imagery')
        }),
        { nil: undefined }
      )
    })
    .map(({ sourceIds: ids, credibility, context, override }): Assessment => ({
      sentenceId,
      articleId: sentenceId.split(':')[0]!,
      attributions: ids.map((sourceId) => ({ sourceId, role: 'paraphrase' })),
      credibility: credibility as Assessment['credibility'],
      claimType: context ? 'context' : 'claim',
      ...(override ? { corroborationOverride: override } : {}),
      note: '',
      tags: [],
      target: { exact: '' },
      updatedAt: '2026-11-26T09:00:00.000Z'
    }))

const linkArb = fc
  .record({
    from: fc.constantFrom(...SENTENCES),
    relation: fc.constantFrom('supports', 'contradicts', 'context') as fc.Arbitrary<Link['relation']>,
    to: fc.option(fc.constantFrom(...SENTENCES), { nil: undefined }),
    citedSource: fc.option(fc.constantFrom(...sourceIds), { nil: undefined })
  })
  .map(({ from, relation, to, citedSource }): Link => ({
    id: `link-${from}-${relation}-${to ?? citedSource ?? 'none'}`,
    fromSentenceId: from,
    articleId: from.split(':')[0]!,
    relation,
    target:
      to !== undefined
        ? { kind: 'sentence', sentenceId: to }
        : { kind: 'external', citation: 'Report', ...(citedSource ? { sourceId: citedSource } : {}) },
    note: '',
    createdAt: '2026-11-26T09:10:00.000Z'
  }))

describe('corroborationOf', () => {
  it('gives the same evidence, status and warnings as the three functions, for any links and grades', () => {
    fc.assert(
      fc.property(
        fc.tuple(...SENTENCES.map((id) => fc.option(assessmentArb(id), { nil: undefined }))),
        fc.uniqueArray(linkArb, { maxLength: 8, selector: (l) => l.id }),
        fc.constantFrom(...SENTENCES),
        fc.constantFrom('body', 'heading', 'quote') as fc.Arbitrary<'body' | 'heading' | 'quote'>,
        fc.boolean(),
        (graded, links, id, kind, withRegistry) => {
          const assessments = graded.filter((a): a is Assessment => a !== undefined)
          const byId = new Map(assessments.map((a) => [a.sentenceId, a]))
          const input: CorroborationInput = {
            sentence: { id, kind },
            assessment: byId.get(id),
            links: linksTouching(id, links),
            assessmentsBySentenceId: byId,
            sourcesById: withRegistry ? new Map(sources.map((s) => [s.id, s])) : undefined
          }
          expect(corroborationOf(input)).toEqual({
            evidence: corroborationEvidence(input),
            effective: effectiveCorroboration(input),
            warnings: corroborationWarnings(input)
          })
        }
      ),
      { numRuns: 400 }
    )
  })
})
