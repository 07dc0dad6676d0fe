// A source's track record, derived from real assessments and links the way the reader derives them.
import { describe, expect, it } from 'vitest'
import type { Assessment, Attribution, Link, Source } from '../model'
import { trackRecord, type TrackRecordInput } from './track-record'

const source = (id: string, name: string): Source => ({
  id,
  name,
  aliases: [],
  kind: 'media',
  reliability: 'B'
})
const SOURCES = new Map(['reuters', 'kyiv', 'tass'].map((id) => [id, source(id, id.toUpperCase())]))

const grade = (
  sentenceId: string,
  attributions: Attribution[],
  patch: Partial<Assessment> = {}
): Assessment => ({
  sentenceId,
  articleId: sentenceId.split(':')[0],
  attributions,
  credibility: 2,
  claimType: 'claim',
  note: '',
  tags: [],
  target: { exact: sentenceId },
  updatedAt: '2026-11-30T09:00:00.000Z',
  ...patch
})
const by = (...ids: string[]): Attribution[] => ids.map((sourceId) => ({ sourceId, role: 'reported' }))
const link = (from: string, relation: Link['relation'], to: string): Link => ({
  id: `${from}-${to}`,
  fromSentenceId: from,
  articleId: from.split(':')[0],
  relation,
  target: { kind: 'sentence', sentenceId: to },
  note: '',
  createdAt: '2026-11-30T09:00:00.000Z'
})

function input(assessments: Assessment[], links: Link[]): TrackRecordInput {
  const sentences = new Map(
    ['a:0', 'a:1', 'a:2', 'a:3', 'a:4', 'b:0', 'b:1', 'b:2', 'b:3'].map((id) => [
      id,
      {
        id,
        kind: id.endsWith(':0') ? ('heading' as const) : ('body' as const),
        index: Number(id.split(':')[1])
      }
    ])
  )
  return {
    assessments: new Map(assessments.map((a) => [a.sentenceId, a])),
    links,
    sentences,
    titles: new Map([
      ['a', 'Kursk withdrawal'],
      ['b', 'Blackout in Kyiv']
    ]),
    sources: SOURCES
  }
}

describe('trackRecord', () => {
  const assessments = [
    grade('a:3', by('reuters')), // corroborated by KYIV (independent)
    grade('a:2', by('tass', 'reuters')), // contested (a further source counts too)
    grade('a:4', by('reuters')), // circular: supported only by another REUTERS sentence,
    grade('b:2', by('reuters')), // and that sentence by it: a link supports both its ends
    grade('b:3', by('reuters')), // uncorroborated
    grade('b:1', by('kyiv')),
    grade('a:1', by('reuters'), { claimType: 'context' }) // not applicable
  ]
  const links = [
    link('a:3', 'supports', 'b:1'),
    link('a:2', 'contradicts', 'b:1'),
    link('a:4', 'supports', 'b:2')
  ]

  it('counts the sentences attributed to the source by the status the reader shows', () => {
    const record = trackRecord('reuters', input(assessments, links))
    expect(record.sentences).toBe(6)
    expect(record.byStatus).toEqual({
      corroborated: 1,
      contested: 1,
      circular: 2,
      uncorroborated: 1,
      'not-applicable': 1
    })
  })

  it('lists the articles it appears in, each with its first such sentence', () => {
    expect(trackRecord('reuters', input(assessments, links)).articles).toEqual([
      { id: 'b', title: 'Blackout in Kyiv', sentences: 2, firstSentenceId: 'b:2' },
      { id: 'a', title: 'Kursk withdrawal', sentences: 4, firstSentenceId: 'a:1' }
    ])
  })

  it('follows an override as the reader does, and has nothing for an unused source', () => {
    const overridden = assessments.map((a) =>
      a.sentenceId === 'b:3'
        ? { ...a, corroborationOverride: { status: 'contested' as const, reason: 'TASS denies it' } }
        : a
    )
    expect(trackRecord('reuters', input(overridden, links)).byStatus.contested).toBe(2)
    expect(trackRecord('nobody', input(assessments, links))).toEqual({
      sentences: 0,
      byStatus: { corroborated: 0, contested: 0, circular: 0, uncorroborated: 0, 'not-applicable': 0 },
      articles: []
    })
  })
})
