import { describe, expect, it } from 'vitest'
import type { Assessment, Attribution, Link, LinkTarget, Sentence, Source } from '../model'
import {
  corroborationEvidence,
  corroborationWarnings,
  deriveCorroboration,
  effectiveCorroboration,
  linksBySentence,
  linksTouching,
  type CorroborationInput
} from './index'

// Sentences of the sample article (resources/samples/dprk-kursk.txt) and of a second report.
// A: “Colonel Oleksandr Kindratenko … stated that no North Korean troops have been observed …”
// B: ““The presence of DPRK troops has not been observed for about three weeks …” Kindratenko said.”
// C: “Ukrainian presidential adviser Mykhailo Podolyak also confirmed reports of North Korean troops leaving the region.”
// R: “… the Russian military asserts that it has recaptured the region.” (another report)
const A = 'dprk:1'
const B = 'dprk:2'
const C = 'dprk:3'
const HEADING = 'dprk:4'
const R = 'tass:7'

const sources: Source[] = [
  {
    id: 'src-kindratenko',
    name: 'Col. Oleksandr Kindratenko',
    aliases: ['Kindratenko'],
    kind: 'military',
    affiliation: 'Special Operations Forces of Ukraine',
    reliability: 'B'
  },
  {
    id: 'src-sso',
    name: 'Special Operations Forces of Ukraine',
    aliases: ['SSO'],
    kind: 'military',
    reliability: 'B'
  },
  {
    id: 'src-podolyak',
    name: 'Mykhailo Podolyak',
    aliases: [],
    kind: 'government',
    affiliation: 'Office of the President of Ukraine',
    reliability: 'C'
  },
  {
    id: 'src-russian-mod',
    name: 'Russian Ministry of Defence',
    aliases: [],
    kind: 'military',
    reliability: 'D'
  },
  {
    id: 'src-isw',
    name: 'Institute for the Study of War',
    aliases: ['ISW'],
    kind: 'organisation',
    reliability: 'B'
  }
]
const sourcesById = new Map(sources.map((s) => [s.id, s]))

function assessment(sentenceId: string, sourceIds: string[], extra: Partial<Assessment> = {}): Assessment {
  return {
    sentenceId,
    articleId: sentenceId.split(':')[0],
    attributions: sourceIds.map((sourceId): Attribution => ({ sourceId, role: 'paraphrase' })),
    credibility: 2,
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: '2026-11-26T09:00:00.000Z',
    ...extra
  }
}

let linkSeq = 0
function link(from: string, relation: Link['relation'], target: string | LinkTarget): Link {
  return {
    id: `link-${++linkSeq}`,
    fromSentenceId: from,
    articleId: from.split(':')[0],
    relation,
    target: typeof target === 'string' ? { kind: 'sentence', sentenceId: target } : target,
    note: '',
    createdAt: '2026-11-26T09:10:00.000Z'
  }
}

function input(
  id: string,
  own: Assessment | undefined,
  links: Link[],
  others: Assessment[],
  kind: Sentence['kind'] = 'body',
  registry?: Map<string, Source>
): CorroborationInput {
  return {
    sentence: { id, kind },
    assessment: own,
    links: linksTouching(id, links),
    assessmentsBySentenceId: new Map(others.map((a) => [a.sentenceId, a])),
    sourcesById: registry
  }
}

const aByKindratenko = assessment(A, ['src-kindratenko'])
const bByKindratenko = assessment(B, ['src-kindratenko'])
const cByPodolyak = assessment(C, ['src-podolyak'])
const rByRussia = assessment(R, ['src-russian-mod'])

describe('linksTouching', () => {
  it('keeps links from the sentence and links that target it', () => {
    const out = link(A, 'supports', C)
    const into = link(B, 'supports', A)
    const elsewhere = link(B, 'supports', C)
    const external = link(A, 'context', { kind: 'external', citation: 'ISW, 26 January' })
    expect(linksTouching(A, [out, into, elsewhere, external])).toEqual([out, into, external])
  })
})

describe('deriveCorroboration', () => {
  it('is uncorroborated with no evidence', () => {
    expect(deriveCorroboration(input(A, aByKindratenko, [], []))).toBe('uncorroborated')
    expect(deriveCorroboration(input(A, undefined, [], []))).toBe('uncorroborated')
  })

  it('is not-applicable for headings and context, whatever the links', () => {
    const links = [link(HEADING, 'contradicts', R)]
    expect(deriveCorroboration(input(HEADING, undefined, links, [rByRussia], 'heading'))).toBe(
      'not-applicable'
    )
    const context = assessment(A, ['src-kindratenko'], { claimType: 'context' })
    expect(deriveCorroboration(input(A, context, [link(A, 'contradicts', R)], [rByRussia]))).toBe(
      'not-applicable'
    )
  })

  it('is circular when the only support repeats the same source (the circular-reporting trap)', () => {
    const links = [link(B, 'supports', A)]
    expect(deriveCorroboration(input(A, aByKindratenko, links, [bByKindratenko]))).toBe('circular')
    // …and the link counts for B too: A supports B just as much, with the same source.
    expect(deriveCorroboration(input(B, bByKindratenko, links, [aByKindratenko]))).toBe('circular')
  })

  it('is corroborated once an independent source supports it', () => {
    const links = [link(B, 'supports', A), link(A, 'supports', C)]
    const others = [bByKindratenko, cByPodolyak]
    expect(deriveCorroboration(input(A, aByKindratenko, links, others))).toBe('corroborated')
    // Symmetric: the link A → C corroborates C as well.
    expect(deriveCorroboration(input(C, cByPodolyak, links, [aByKindratenko]))).toBe('corroborated')
  })

  it('is circular when the supporting sentence shares one source, even beside an independent one', () => {
    // Sharing any source is enough to break independence.
    const both = assessment(C, ['src-podolyak', 'src-kindratenko'])
    expect(deriveCorroboration(input(A, aByKindratenko, [link(A, 'supports', C)], [both]))).toBe('circular')
  })

  it('is contested by any contradiction, even against independent support', () => {
    const links = [link(A, 'supports', C), link(R, 'contradicts', A)]
    const others = [cByPodolyak, rByRussia]
    expect(deriveCorroboration(input(A, aByKindratenko, links, others))).toBe('contested')
    expect(deriveCorroboration(input(R, rByRussia, links, [aByKindratenko]))).toBe('contested')
  })

  it('does not count unsourced support: it cannot show independence', () => {
    const unassessed = [link(C, 'supports', A)]
    expect(deriveCorroboration(input(A, aByKindratenko, unassessed, []))).toBe('uncorroborated')
    const noAttribution = assessment(C, [])
    expect(deriveCorroboration(input(A, aByKindratenko, unassessed, [noAttribution]))).toBe('uncorroborated')
    const citation = link(A, 'supports', { kind: 'external', citation: 'Yonhap, 27 January 2025' })
    expect(deriveCorroboration(input(A, aByKindratenko, [citation], []))).toBe('uncorroborated')
  })

  it('counts an external target by its source', () => {
    const isw = link(A, 'supports', {
      kind: 'external',
      citation: 'ISW assessment, 26 January',
      sourceId: 'src-isw'
    })
    expect(deriveCorroboration(input(A, aByKindratenko, [isw], []))).toBe('corroborated')
    const own = link(A, 'supports', {
      kind: 'external',
      citation: 'SSO Telegram post',
      sourceId: 'src-kindratenko'
    })
    expect(deriveCorroboration(input(A, aByKindratenko, [own], []))).toBe('circular')
  })

  it('never counts context links', () => {
    const links = [link(A, 'context', C), link(R, 'context', A)]
    expect(deriveCorroboration(input(A, aByKindratenko, links, [cByPodolyak, rByRussia]))).toBe(
      'uncorroborated'
    )
  })

  it('ignores a link from a sentence to itself', () => {
    expect(deriveCorroboration(input(A, aByKindratenko, [link(A, 'supports', A)], [aByKindratenko]))).toBe(
      'uncorroborated'
    )
  })

  it('with the registry, treats a spokesperson and their organisation as one origin', () => {
    const sso = assessment(C, ['src-sso'])
    const links = [link(C, 'supports', A)]
    expect(deriveCorroboration(input(A, aByKindratenko, links, [sso]))).toBe('corroborated')
    expect(deriveCorroboration(input(A, aByKindratenko, links, [sso], 'body', sourcesById))).toBe('circular')
    // Different affiliations stay independent.
    expect(deriveCorroboration(input(A, aByKindratenko, links, [cByPodolyak], 'body', sourcesById))).toBe(
      'corroborated'
    )
  })

  it('with the registry, treats two sources of one affiliation as one origin', () => {
    const registry = new Map(sourcesById)
    registry.set('src-sso-press', {
      id: 'src-sso-press',
      name: 'SSO press service',
      aliases: [],
      kind: 'military',
      affiliation: ' special operations forces of Ukraine ',
      reliability: 'B'
    })
    const press = assessment(C, ['src-sso-press'])
    expect(
      deriveCorroboration(input(A, aByKindratenko, [link(C, 'supports', A)], [press], 'body', registry))
    ).toBe('circular')
  })
})

describe('effectiveCorroboration', () => {
  it('shows the override, and keeps the derived status beside it', () => {
    const own = assessment(A, ['src-kindratenko'], {
      corroborationOverride: {
        status: 'corroborated',
        reason: 'Confirmed by South Korea’s NIS in a briefing.'
      }
    })
    expect(effectiveCorroboration(input(A, own, [], []))).toEqual({
      status: 'corroborated',
      derived: 'uncorroborated',
      override: own.corroborationOverride,
      weak: false
    })
    expect(effectiveCorroboration(input(A, aByKindratenko, [], []))).toEqual({
      status: 'uncorroborated',
      derived: 'uncorroborated',
      weak: false
    })
  })
})

describe('corroborationWarnings', () => {
  it('flags circular reporting, naming the shared source', () => {
    const links = [link(B, 'supports', A)]
    const warnings = corroborationWarnings(
      input(A, aByKindratenko, links, [bByKindratenko], 'body', sourcesById)
    )
    expect(warnings.map((w) => w.code)).toEqual(['circular-reporting'])
    expect(warnings[0].message).toContain('Col. Oleksandr Kindratenko')
    expect(warnings[0].linkIds).toEqual([links[0].id])
  })

  it('flags credibility 1 without an independent supporting link', () => {
    const confirmed = assessment(A, ['src-kindratenko'], { credibility: 1 })
    const circular = [link(B, 'supports', A)]
    expect(corroborationWarnings(input(A, confirmed, circular, [bByKindratenko])).map((w) => w.code)).toEqual(
      ['circular-reporting', 'credibility-1-without-independent-support']
    )
    expect(corroborationWarnings(input(A, confirmed, [], [])).map((w) => w.code)).toEqual([
      'credibility-1-without-independent-support'
    ])
    const independent = [link(A, 'supports', C)]
    expect(
      corroborationWarnings(input(A, confirmed, independent, [cByPodolyak], 'body', sourcesById))
    ).toEqual([])
  })

  it('does not call circular what independent support already corroborates', () => {
    const links = [link(B, 'supports', A), link(C, 'supports', A)]
    expect(
      corroborationWarnings(
        input(A, aByKindratenko, links, [bByKindratenko, cByPodolyak], 'body', sourcesById)
      )
    ).toEqual([])
    const evidence = corroborationEvidence(input(A, aByKindratenko, links, [bByKindratenko, cByPodolyak]))
    expect(evidence.circular).toHaveLength(1)
    expect(evidence.independent).toHaveLength(1)
  })

  it('flags an override without a reason', () => {
    const own = assessment(A, ['src-kindratenko'], {
      corroborationOverride: { status: 'corroborated', reason: ' ' }
    })
    expect(corroborationWarnings(input(A, own, [], [])).map((w) => w.code)).toEqual([
      'override-without-reason'
    ])
  })

  it('says nothing about headings', () => {
    const heading = assessment(HEADING, [], { credibility: 1 })
    expect(corroborationWarnings(input(HEADING, heading, [], [], 'heading'))).toEqual([])
  })
})

describe('linksBySentence', () => {
  it('gives each sentence the same links linksTouching would, in one pass', () => {
    const link = (id: string, from: string, to: string): Link => ({
      id,
      fromSentenceId: from,
      articleId: 'a',
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: to },
      note: '',
      createdAt: ''
    })
    const links = [link('l1', 'a:1', 'a:2'), link('l2', 'a:3', 'a:1'), link('l3', 'a:2', 'a:2')]
    const index = linksBySentence(links)
    for (const id of ['a:1', 'a:2', 'a:3', 'a:4']) {
      expect(index.get(id) ?? []).toEqual(linksTouching(id, links))
    }
  })
})
