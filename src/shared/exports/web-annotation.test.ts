import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { kurskBrief, segmentSample } from '../brief/kursk.fixture'
import type { BriefInput } from '../brief/model'
import { anchorQuote, normaliseText } from '../text'
import type { Article, Assessment } from '../model'
import { BIDI_CONTROL } from '../text/bidi'
import {
  codePointOffsets,
  webAnnotations,
  webAnnotationsFileName,
  webAnnotationsJson,
  type Annotation,
  type Selector,
  type SpecificResource,
  type TextualBody
} from './web-annotation'
import { realisticBrief, realisticOptions } from './web-annotation.fixture'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const input = kurskBrief(SAMPLE)
const options = { generatedAt: '2026-11-26T15:30:00.000Z' }
const collection = webAnnotations(input, options)
const items = collection.first?.items ?? []
const byId = (id: string): Annotation => items.find((a) => a.id === id)!

const quoteOf = (selectors: Selector[]) => selectors.find((s) => s.type === 'TextQuoteSelector')
const positionOf = (selectors: Selector[]) => selectors.find((s) => s.type === 'TextPositionSelector')
const asResource = (x: unknown): SpecificResource => {
  expect(x).toMatchObject({ type: 'SpecificResource' })
  return x as SpecificResource
}
const textualBodies = (a: Annotation): TextualBody[] =>
  a.body.filter((b): b is TextualBody => 'type' in b && b.type === 'TextualBody')

/** The text a position selector picks out, counting code points as the model says. */
const byCodePoints = (text: string, start: number, end: number): string =>
  Array.from(text).slice(start, end).join('')

describe('webAnnotations: the collection', () => {
  it('is an AnnotationCollection with the Web Annotation context and Sourcemark’s vocabulary', () => {
    expect(collection['@context']).toEqual([
      'http://www.w3.org/ns/anno.jsonld',
      { sm: 'urn:sourcemark:vocab#' }
    ])
    expect(collection).toMatchObject({
      id: 'urn:sourcemark:annotations:dprk',
      type: 'AnnotationCollection',
      label: 'North Korean troops leave Kursk: what the sources support',
      generated: '2026-11-26T15:30:00.000Z',
      generator: { type: 'Software', name: 'Sourcemark' },
      creator: { type: 'Person', name: 'R. Okafor' }
    })
    expect(collection.first).toMatchObject({
      type: 'AnnotationPage',
      partOf: { id: collection.id, label: collection.label, total: collection.total },
      startIndex: 0
    })
  })

  it('holds one assessing annotation per graded sentence and one linking annotation per link', () => {
    const { assessments, links } = input.articles[0]
    const assessing = items.filter((a) => a.motivation === 'assessing')
    const linking = items.filter((a) => a.motivation === 'linking')
    expect(assessing.map((a) => a.id)).toEqual(
      assessments.map((a) => `urn:sourcemark:assessment:${a.sentenceId}`)
    )
    expect(linking.map((a) => a.id).sort()).toEqual(links.map((l) => `urn:sourcemark:link:${l.id}`).sort())
    expect(collection.total).toBe(items.length)
    expect(items).toHaveLength(assessments.length + links.length)
  })

  it('meets the model’s required fields: id, type, target; exact quotes; ordered positions', () => {
    const ids = new Set<string>()
    for (const a of items) {
      expect(a.id).toMatch(/^urn:sourcemark:(assessment|link):\S+$/)
      ids.add(a.id)
      expect(a.type).toBe('Annotation')
      expect(a.target).toBeTruthy()
      expect(a.body.length).toBeGreaterThan(0)
      for (const resource of [a.target, ...a.body]) {
        if (!('type' in resource) || resource.type !== 'SpecificResource') continue
        expect(resource.source).toMatch(/^(https:\/\/|urn:sourcemark:article:)/)
        for (const selector of resource.selector ?? []) {
          if (selector.type === 'TextQuoteSelector') expect(selector.exact).not.toBe('')
          else {
            expect(Number.isInteger(selector.start) && selector.start >= 0).toBe(true)
            expect(selector.start).toBeLessThanOrEqual(selector.end)
          }
        }
      }
      for (const body of textualBodies(a)) expect(typeof body.value).toBe('string')
    }
    expect(ids.size).toBe(items.length)
  })

  it('is plain JSON, and the same input gives the same ids and the same document', () => {
    expect(JSON.parse(JSON.stringify(collection))).toEqual(collection)
    expect(JSON.stringify(webAnnotations(kurskBrief(SAMPLE), options))).toBe(JSON.stringify(collection))
  })

  it('has no page when nothing is graded', () => {
    const empty: BriefInput = { ...input, articles: [{ ...input.articles[0], assessments: [], links: [] }] }
    const c = webAnnotations(empty, options)
    expect(c.total).toBe(0)
    expect(c.first).toBeUndefined()
  })

  it('names the creator given, else the brief’s analyst, else nobody', () => {
    expect(webAnnotations(input, { ...options, creator: 'J. Lindqvist' }).creator).toEqual({
      type: 'Person',
      name: 'J. Lindqvist'
    })
    expect(byId('urn:sourcemark:assessment:dprk:0').creator).toEqual({ type: 'Person', name: 'R. Okafor' })
    const anonymous = webAnnotations({ ...input, analyst: undefined }, options)
    expect(anonymous.creator).toBeUndefined()
    expect(anonymous.first?.items[0].creator).toBeUndefined()
  })
})

describe('webAnnotations: assessments', () => {
  it('targets the sentence in the article by its urn, with selectors that select exactly the sentence', () => {
    const { article, sentences } = input.articles[0]
    for (const a of items.filter((x) => x.motivation === 'assessing')) {
      const sentence = sentences.find((s) => a.id === `urn:sourcemark:assessment:${s.id}`)!
      const exact = article.text.slice(sentence.start, sentence.end)
      const target = asResource(a.target)
      expect(target.source).toBe('urn:sourcemark:article:dprk')
      expect(target.id).toBe(`urn:sourcemark:sentence:${sentence.id}`)
      const quote = quoteOf(target.selector!)!
      const position = positionOf(target.selector!)!
      expect(quote.exact).toBe(exact)
      expect(byCodePoints(article.text, position.start, position.end)).toBe(exact)
      expect(anchorQuote(article.text, quote)).toEqual({ start: sentence.start, end: sentence.end })
    }
  })

  it('reads the rating with its exact labels and carries Sourcemark’s fields', () => {
    const [body] = textualBodies(byId('urn:sourcemark:assessment:dprk:1'))
    expect(body).toMatchObject({
      type: 'TextualBody',
      purpose: 'assessing',
      value: 'B2 — Usually reliable / Probably true',
      'sm:rating': 'B2',
      'sm:reliability': 'B',
      'sm:credibility': 2,
      'sm:source': {
        id: 'urn:sourcemark:source:src-kindratenko',
        'sm:name': 'Col. Oleksandr Kindratenko',
        'sm:kind': 'military',
        'sm:reliability': 'B'
      },
      'sm:claimType': 'claim',
      'sm:corroboration': { 'sm:status': 'corroborated', 'sm:derived': 'corroborated' }
    })
    expect(textualBodies(byId('urn:sourcemark:assessment:dprk:0'))[0]).toMatchObject({
      value: 'B1 — Usually reliable / Confirmed by other sources',
      'sm:attribution': [
        { 'sm:role': 'paraphrase', 'sm:source': { 'sm:name': 'Col. Oleksandr Kindratenko' } },
        { 'sm:role': 'reported', 'sm:source': { 'sm:name': 'CNN' } }
      ],
      'sm:corroboration': { 'sm:status': 'circular' }
    })
    expect(textualBodies(byId('urn:sourcemark:assessment:dprk:9'))[0]).toMatchObject({
      value: 'D4 — Not usually reliable / Doubtful',
      'sm:corroboration': { 'sm:status': 'contested' }
    })
    const context = textualBodies(byId('urn:sourcemark:assessment:dprk:16'))[0]
    expect(context.value).toBe('B- — Usually reliable')
    expect(context['sm:credibility']).toBeUndefined()
  })

  it('gives a source not graded yet no reliability, and says so in the label', () => {
    const ungraded = webAnnotations(
      {
        ...input,
        sources: input.sources.map((s) => (s.id === 'src-podolyak' ? { ...s, reliability: null } : s))
      },
      options
    )
    const annotation = ungraded.first!.items.find((a) => a.id === 'urn:sourcemark:assessment:dprk:3')!
    const [body] = textualBodies(annotation)
    expect(body.value).toBe('?3 — source not graded yet / Possibly true')
    expect(body['sm:rating']).toBe('?3')
    expect(body).not.toHaveProperty('sm:reliability')
    expect(body['sm:source']).toEqual({
      id: 'urn:sourcemark:source:src-podolyak',
      'sm:name': 'Mykhailo Podolyak',
      'sm:kind': 'government'
    })
  })

  it('adds the note as a comment and each tag as a tagging body', () => {
    const tagged = kurskBrief(SAMPLE)
    const a = tagged.articles[0].assessments.find((x) => x.sentenceId === 'dprk:1')!
    a.tags = ['troops', 'Kursk']
    a.corroborationOverride = { status: 'contested', reason: 'Russian MoD denies it' }
    const annotation = webAnnotations(tagged, options).first!.items.find(
      (x) => x.id === 'urn:sourcemark:assessment:dprk:1'
    )!
    const bodies = textualBodies(annotation)
    expect(bodies.filter((b) => b.purpose === 'commenting').map((b) => b.value)).toEqual([
      'Compare *ISW* map [26 Jan] | <b>Sudzha</b>\nsecond line'
    ])
    expect(bodies.filter((b) => b.purpose === 'tagging').map((b) => b.value)).toEqual(['troops', 'Kursk'])
    expect(bodies[0]['sm:corroboration']).toEqual({
      'sm:status': 'contested',
      'sm:derived': 'corroborated',
      'sm:overrideReason': 'Russian MoD denies it'
    })
    expect(annotation.modified).toBe('2026-11-26T09:00:00.000Z')
    // No empty comment where there is no note.
    expect(textualBodies(byId('urn:sourcemark:assessment:dprk:0')).map((b) => b.purpose)).toEqual([
      'assessing'
    ])
  })

  it('counts positions in code points, not UTF-16 units, past an emoji', () => {
    const text = 'Kyiv 🇺🇦 update\nUkraine says the troops left. Russia denies it.'
    const sentences = segmentSample('emoji', text)
    const article = { ...input.articles[0].article, id: 'emoji', url: undefined, text }
    const graded: BriefInput = {
      ...input,
      articles: [
        {
          article,
          sentences,
          links: [],
          assessments: sentences.map((s) => ({
            ...input.articles[0].assessments[0],
            sentenceId: s.id,
            articleId: 'emoji'
          }))
        }
      ],
      externalSentences: []
    }
    const annotations = webAnnotations(graded, options).first!.items
    expect(annotations).toHaveLength(3)
    annotations.forEach((a, i) => {
      const target = asResource(a.target)
      expect(target.source).toBe('urn:sourcemark:article:emoji')
      const position = positionOf(target.selector!)!
      const exact = text.slice(sentences[i].start, sentences[i].end)
      expect(byCodePoints(text, position.start, position.end)).toBe(exact)
    })
    expect(positionOf(asResource(annotations[1].target).selector!)).toEqual({
      type: 'TextPositionSelector',
      start: 15,
      end: 44
    })
    // The flag is two code points but four UTF-16 units.
    expect(sentences[1].start).toBe(17)
  })
})

describe('webAnnotations: evidence links', () => {
  it('links a sentence to the sentence that supports it', () => {
    const l2 = byId('urn:sourcemark:link:l2')
    expect(l2).toMatchObject({
      motivation: 'linking',
      'sm:relation': 'supports',
      created: '2026-11-26T09:00:00.000Z'
    })
    expect(asResource(l2.target).id).toBe('urn:sourcemark:sentence:dprk:3')
    const body = asResource(l2.body[0])
    expect(body.id).toBe('urn:sourcemark:sentence:dprk:1')
    expect(quoteOf(body.selector!)!.exact).toBe(
      'Colonel Oleksandr Kindratenko, a spokesperson for Ukraine’s Special Operations Forces, stated that no North Korean troops have been observed on the battlefield for the past three weeks.'
    )
  })

  it('quotes a sentence of another article by its text', () => {
    const l3 = byId('urn:sourcemark:link:l3')
    expect(l3['sm:relation']).toBe('contradicts')
    expect(l3.body[0]).toEqual({
      id: 'urn:sourcemark:sentence:kp2:4',
      type: 'SpecificResource',
      source: 'urn:sourcemark:article:kp2',
      selector: [
        {
          type: 'TextQuoteSelector',
          exact:
            'Ukrainian forces continue to hold positions in the Kursk region, the General Staff said on Monday.'
        }
      ]
    })
  })

  it('points an external citation at its URL, with its source', () => {
    const l4 = byId('urn:sourcemark:link:l4')
    expect(l4.body[0]).toEqual({
      type: 'SpecificResource',
      purpose: 'linking',
      source: 'https://en.yna.co.kr/view/AEN20250113003500315',
      'sm:citation': 'Yonhap: NIS says 300 North Korean soldiers killed, 2,700 injured',
      'sm:accessedOn': '2025-02-01',
      'sm:source': {
        id: 'urn:sourcemark:source:src-yonhap',
        'sm:name': 'Yonhap News Agency | 연합뉴스',
        'sm:kind': 'media',
        'sm:reliability': 'B'
      }
    })
  })

  it('describes a citation without a URL in words, and keeps the link’s note', () => {
    const offline = kurskBrief(SAMPLE)
    const link = offline.articles[0].links.find((l) => l.id === 'l4')!
    link.target = { kind: 'external', citation: 'NIS briefing to lawmakers, 13 Jan 2025' }
    link.note = 'Heard on the radio; no transcript.'
    const l4 = webAnnotations(offline, options).first!.items.find((a) => a.id === 'urn:sourcemark:link:l4')!
    expect(l4.body).toEqual([
      {
        type: 'TextualBody',
        purpose: 'describing',
        value: 'NIS briefing to lawmakers, 13 Jan 2025',
        format: 'text/plain'
      },
      {
        type: 'TextualBody',
        purpose: 'commenting',
        value: 'Heard on the radio; no transcript.',
        format: 'text/plain'
      }
    ])
  })

  it('refers to a sentence it cannot quote by its id', () => {
    const dangling = kurskBrief(SAMPLE)
    dangling.externalSentences = []
    const l3 = webAnnotations(dangling, options).first!.items.find((a) => a.id === 'urn:sourcemark:link:l3')!
    // An object, as every body is: a bare IRI alone in the body array fails the W3C's body checks.
    expect(l3.body[0]).toEqual({ id: 'urn:sourcemark:sentence:kp2:4' })
  })
})

describe('webAnnotations: one description of a sentence', () => {
  it('describes a sentence the same way as an assessment’s target and as a link’s far end', () => {
    // dprk:1 is graded (a target) and supports dprk:3 through l2 (a body).
    expect(byId('urn:sourcemark:link:l2').body[0]).toEqual(byId('urn:sourcemark:assessment:dprk:1').target)
    // dprk:3 is graded and is the sentence l2 is made from.
    expect(byId('urn:sourcemark:link:l2').target).toEqual(byId('urn:sourcemark:assessment:dprk:3').target)
  })

  it('describes every sentence of a realistic export one way, in every annotation that names it', () => {
    const realistic = webAnnotations(realisticBrief(SAMPLE), realisticOptions)
    const seen = new Map<string, unknown[]>()
    for (const a of realistic.first!.items) {
      for (const resource of [a.target, ...a.body]) {
        const id = 'id' in resource ? resource.id : undefined
        if (!id?.startsWith('urn:sourcemark:sentence:')) continue
        seen.set(id, [...(seen.get(id) ?? []), resource])
      }
    }
    // Sentences named more than once: as target and body, across articles, from outside the brief.
    const repeated = [...seen].filter(([, all]) => all.length > 1).map(([id]) => id)
    expect(repeated).toEqual(
      expect.arrayContaining([
        'urn:sourcemark:sentence:dprk:1',
        'urn:sourcemark:sentence:dprk:3',
        'urn:sourcemark:sentence:nis:1'
      ])
    )
    for (const [, [first, ...rest]] of seen) for (const other of rest) expect(other).toEqual(first)
    for (const [id, [first]] of seen) {
      if (id === 'urn:sourcemark:sentence:gone:3') expect(first).toEqual({ id })
      else expect((first as SpecificResource).source).toMatch(/^urn:sourcemark:article:(dprk|nis|kp2)$/)
    }
    expect(realistic['sm:articles'].map((a) => [a.id, a.via])).toEqual([
      ['urn:sourcemark:article:dprk', 'https://www.kyivpost.com/post/46121'],
      ['urn:sourcemark:article:nis', undefined],
      ['urn:sourcemark:article:kp2', undefined]
    ])
  })

  it('names the article by its urn in every export, and its address once, in the collection', () => {
    expect(collection['sm:articles']).toEqual([
      {
        id: 'urn:sourcemark:article:dprk',
        type: 'Text',
        'sm:title': 'North Korean troops withdraw from Kursk after heavy losses',
        via: 'https://www.kyivpost.com/post/46121'
      },
      {
        id: 'urn:sourcemark:article:kp2',
        type: 'Text',
        'sm:title': 'Ukraine still holds ground in Kursk, General Staff says'
      }
    ])
  })

  it('gives a sentence of another article the same id and source once its article is in the brief', () => {
    // The export above quotes kp2:4 from outside; here kp2 is the brief's own article, with an address.
    const [outside] = input.externalSentences!
    const before = 'Officials in Kyiv spoke on Monday. '
    const text = before + outside.text
    const kp2: Article = {
      id: 'kp2',
      title: outside.articleTitle,
      url: 'https://www.kyivpost.com/post/46200',
      language: 'en',
      text,
      importedAt: '2026-11-26T09:00:00.000Z',
      origin: { kind: 'paste', sha256: '1'.repeat(64) }
    }
    const sentences = [
      { id: 'kp2:3', articleId: 'kp2', index: 3, start: 0, end: before.length - 1, kind: 'body' as const },
      { ...outside.sentence, start: before.length, end: text.length }
    ]
    const own = webAnnotations(
      {
        ...input,
        articles: [{ article: kp2, sentences, assessments: [{ ...outside.assessment! }], links: [] }],
        externalSentences: []
      },
      options
    )
    const inBrief = asResource(own.first!.items[0].target)
    const quoted = asResource(byId('urn:sourcemark:link:l3').body[0])
    expect(inBrief.id).toBe(quoted.id)
    expect(inBrief.source).toBe(quoted.source)
    expect(inBrief.source).toBe('urn:sourcemark:article:kp2')
    expect(quoteOf(inBrief.selector!)!.exact).toBe(quoteOf(quoted.selector!)!.exact)
    expect(own['sm:articles']).toEqual([
      {
        id: 'urn:sourcemark:article:kp2',
        type: 'Text',
        'sm:title': outside.articleTitle,
        via: 'https://www.kyivpost.com/post/46200'
      }
    ])
  })
})

describe('webAnnotations: bidirectional controls', () => {
  const RLO = '\u202e'
  const spoofed = kurskBrief(SAMPLE)
  spoofed.title = `Kursk ${RLO}fdp.exe`
  spoofed.analyst = `R. ${RLO}Okafor`
  spoofed.sources = spoofed.sources.map((s) =>
    s.id === 'src-yonhap' ? { ...s, name: `Yonhap ${RLO}News` } : s
  )
  const [first] = spoofed.articles
  const l4 = first.links.find((l) => l.id === 'l4')!
  l4.target = {
    kind: 'external',
    citation: `NIS ${RLO}briefing`,
    url: 'https://en.yna.co.kr/x',
    sourceId: 'src-yonhap'
  }
  l4.note = 'Losses: 12 \u200f34 \u200f56'
  const graded = first.assessments.find((a) => a.sentenceId === 'dprk:1')!
  graded.note = `Seen ${RLO}on the map`
  graded.tags = [`troops${RLO}`]
  graded.corroborationOverride = { status: 'corroborated', reason: `Imagery ${RLO}2 Feb` }

  // An article whose own text holds marks: its quote selector must still find it.
  const text = 'Officials counted 12 \u200f34 \u200f56 soldiers.'
  const article: Article = {
    id: 'marks',
    title: 'Marks',
    language: 'en',
    text,
    importedAt: '2026-11-26T09:00:00.000Z',
    origin: { kind: 'paste', sha256: '0'.repeat(64) }
  }
  const sentences = segmentSample('marks', text)
  const assessment: Assessment = {
    sentenceId: sentences[0].id,
    articleId: 'marks',
    attributions: [],
    credibility: 3,
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: '2026-11-26T09:00:00.000Z'
  }
  spoofed.articles = [...spoofed.articles, { article, sentences, assessments: [assessment], links: [] }]

  const result = webAnnotations(spoofed, options)
  const file = webAnnotationsJson(spoofed, options)

  /** Every string in the collection with the key it is under. */
  function strings(value: unknown, key = ''): [string, string][] {
    if (typeof value === 'string') return [[key, value]]
    if (Array.isArray(value)) return value.flatMap((v) => strings(v, key))
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k))
    return []
  }

  it('removes them from everything people wrote: title, creator, names, citations, notes, tags, reasons', () => {
    const written = strings(result).filter(([key]) => !['exact', 'prefix', 'suffix'].includes(key))
    expect(written.filter(([, v]) => BIDI_CONTROL.test(v))).toEqual([])
    const values = written.map(([, v]) => v)
    expect(result.label).toBe('Kursk fdp.exe')
    expect(result.creator?.name).toBe('R. Okafor')
    expect(values).toEqual(
      expect.arrayContaining([
        'Yonhap News',
        'NIS briefing',
        'Losses: 12 34 56',
        'Seen on the map',
        'troops',
        'Imagery 2 Feb'
      ])
    )
  })

  it('keeps the article’s own text in quote selectors, escaped in the file, so they still anchor', () => {
    const target = asResource(
      result.first!.items.find((a) => a.id === `urn:sourcemark:assessment:${sentences[0].id}`)!.target
    )
    expect(quoteOf(target.selector!)).toMatchObject({ exact: text })
    expect(BIDI_CONTROL.test(file)).toBe(false)
    expect(file).toContain('12 \\u200f34 \\u200f56')
    expect(JSON.parse(file)).toEqual(result)
  })
})

describe('codePointOffsets', () => {
  it('maps UTF-16 offsets to code points, in any order', () => {
    const text = 'a😀b😀c'
    expect([...codePointOffsets(text, [7, 0, 3, 1, 4]).entries()].sort((a, b) => a[0] - b[0])).toEqual([
      [0, 0],
      [1, 1],
      [3, 2],
      [4, 3],
      [7, 5]
    ])
  })
})

describe('webAnnotationsFileName', () => {
  it('names the file like the brief, as JSON-LD', () => {
    expect(webAnnotationsFileName('North Korean troops', '2026-11-26T15:30:00.000Z')).toBe(
      'annotations-north-korean-troops-2026-11-26.jsonld'
    )
  })
})
