// The print view's HTML as the renderer writes it from the brief model: one escaping for text and
// attributes, every section of the Markdown in its place, footnotes numbered by first reference.
// (Read back by Chromium's parser, and compared with the Markdown's rendering, in
// src/renderer/src/features/brief/print-body.test.ts.)
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { escapeHtml } from './html-escape'
import { renderBriefHtml } from './html'
import { LISTED_CLAIMS } from './condense'
import { kurskCaseBrief } from './kursk-case.fixture'
import { kurskBrief } from './kursk.fixture'
import { longArticleBrief } from './long-article.fixture'
import { buildBrief, type BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)

describe('escapeHtml', () => {
  it('writes every character that can end text or a quoted attribute as an entity', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;'
    )
  })

  it('removes bidirectional controls and shows U+0000 as U+FFFD', () => {
    expect(escapeHtml('brief-\u202egpj.exe 12 \u200f34\u2066\u2069 a\0b')).toBe(
      'brief-gpj.exe 12 34 a\uFFFDb'
    )
  })

  it('leaves no <, >, quote or bare & in any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const out = escapeHtml(s)
        expect(out).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/)
        // Reading the entities back gives the text, less what is removed on purpose.
        const back = out
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&')
        expect(back).toBe(
          s.replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\0/g, '\uFFFD')
        )
      })
    )
  })
})

/** The top-level `<h2>` headings of a body, in order. */
const sections = (body: string) => [...body.matchAll(/^<h2>([^<]*)<\/h2>$/gm)].map(([, h]) => h)

describe('renderBriefHtml', () => {
  const model = buildBrief({ ...kurskCaseBrief(SAMPLE), handling: 'UNCLASSIFIED // FOR TRAINING' })
  const { body, handling } = renderBriefHtml(model)

  it('writes the Markdown’s sections in its order, the handling line first and last', () => {
    expect(sections(body)).toEqual([
      'Bottom line up front',
      'Articles',
      'Key judgments',
      'Sources',
      'Claims by corroboration',
      'Notes and context',
      'Annotated text',
      'Gaps',
      'Methodology'
    ])
    expect(body).toContain(
      '<section class="footnotes" data-footnotes>\n<h2 id="footnote-label" class="sr-only">'
    )
    expect(
      body.startsWith('<p class="handling"><strong>UNCLASSIFIED // FOR TRAINING</strong></p>\n<h1>')
    ).toBe(true)
    expect(
      body.endsWith('</section>\n<p class="handling"><strong>UNCLASSIFIED // FOR TRAINING</strong></p>\n')
    ).toBe(true)
    expect(handling).toBe('UNCLASSIFIED // FOR TRAINING')
  })

  it('gives each claim status its heading with its count, the contested ones as a table', () => {
    for (const [status, heading] of [
      ['corroborated', 'Corroborated'],
      ['contested', 'Contested'],
      ['circular', 'Circular reporting'],
      ['uncorroborated', 'Uncorroborated']
    ] as const)
      expect(body).toContain(`<h3>${heading} (${model.claims[status].length})</h3>`)
    expect(body).toMatch(/<h3>Contested \(\d+\)<\/h3>\n<table>\n<thead>\n<tr>\n<th>Claim<\/th>/)
  })

  it('numbers footnotes by first reference, each printed once with a back-link per reference', () => {
    const refs = [...body.matchAll(/href="#footnote-([^"]+)" data-footnote-ref[^>]*>(\d+)</g)]
    const numbers = new Map<string, number>()
    for (const [, label, n] of refs) {
      if (!numbers.has(label!)) numbers.set(label!, numbers.size + 1)
      expect(Number(n)).toBe(numbers.get(label!))
    }
    const notes = [...body.matchAll(/<li id="footnote-([^"]+)">/g)].map(([, label]) => label)
    expect(notes).toEqual([...numbers.keys()])
    for (const label of notes) {
      const uses = refs.filter(([, l]) => l === label).length
      expect(body.split(`data-footnote-backref aria-label="Back to reference ${label}"`).length - 1).toBe(
        uses
      )
    }
  })

  it('links only the articles’ and citations’ web addresses and the footnotes', () => {
    const hrefs = [...body.matchAll(/href="([^"]*)"/g)].map(([, href]) => href!)
    const external = hrefs.filter((h) => !h.startsWith('#'))
    expect(new Set(external)).toEqual(
      new Set(
        [...model.articles.map((a) => a.article.url), ...model.citations.map((c) => c.url)].filter(
          (u): u is string => !!u && /^https?:/.test(u)
        )
      )
    )
  })

  it('prints an address that is not http(s) as text beside its label, never as a link', () => {
    const input = kurskBrief(SAMPLE)
    const [first] = input.articles
    const hostile: BriefInput = {
      ...input,
      articles: [{ ...first!, article: { ...first!.article, url: 'javascript:alert(1)' } }]
    }
    const out = renderBriefHtml(buildBrief(hostile)).body
    expect(out).not.toContain('href="javascript')
    expect(out).toContain('javascript:alert(1) (javascript:alert(1))')
  })

  it('prints hostile sentences as escaped text', () => {
    const text =
      'A <script>alert(1)</script> B <img src=x onerror="alert(1)"> C [x](javascript:alert(1)) **D**'
    const input = kurskBrief(SAMPLE)
    const [first] = input.articles
    const sentences = first!.sentences.slice(0, 1).map((s) => ({ ...s, start: 0, end: text.length }))
    const out = renderBriefHtml(
      buildBrief({
        ...input,
        articles: [{ ...first!, article: { ...first!.article, text }, sentences, links: [] }]
      })
    ).body
    expect(out).toContain(
      'A &lt;script&gt;alert(1)&lt;/script&gt; B &lt;img src=x onerror=&quot;alert(1)&quot;&gt; C [x](javascript:alert(1)) **D**'
    )
    expect(out).not.toMatch(/<script|<img|href="javascript/)
  })

  it('escapes even the values a scale allows, should a stored one hold markup', () => {
    const input = kurskCaseBrief(SAMPLE)
    const bad = '<img src=x onerror=alert(1)>' as never
    const out = renderBriefHtml(
      buildBrief({
        ...input,
        sources: input.sources.map((s) => ({ ...s, reliability: bad })),
        judgments: input.judgments!.map((j) => ({ ...j, likelihood: bad, confidence: bad }))
      })
    ).body
    expect(out).not.toContain('<img')
    expect(out).toContain('Likelihood: &lt;img src=x onerror=alert(1)&gt;')
  })

  it('condenses a long article’s annotated text and names its gaps by ranges', () => {
    const pool = SAMPLE.split(/(?<=\.)\s+/)
    const long = renderBriefHtml(
      buildBrief(longArticleBrief(pool, { sentences: 2_000, graded: 20, links: 5 }))
    ).body
    expect(long).toMatch(
      /<p><em>Graded sentences with the sentence before and after each in its paragraph: \d+ ungraded sentences of 2000 left out\.<\/em><\/p>/
    )
    expect(long).toMatch(/<p><em>… \d+ ungraded sentences? left out …<\/em><\/p>/)
    expect(long).toMatch(/not yet assessed, by sentence number:<\/p>\n<ul>\n<li>sentences \d/)
    const full = renderBriefHtml(
      buildBrief(longArticleBrief(pool, { sentences: 2_000, graded: 20, links: 5 })),
      {
        fullText: true
      }
    ).body
    expect(full).not.toContain('left out')
  })

  it('names a long brief’s plain uncorroborated claims by number past the limit, and lists them all on asking', () => {
    const pool = SAMPLE.split(/(?<=\.)\s+/)
    const model = buildBrief(longArticleBrief(pool, { sentences: 3_000, graded: 400, links: 10 }))
    const claims = model.claims.uncorroborated
    expect(claims.length).toBeGreaterThan(LISTED_CLAIMS)
    const plain = claims.filter((s) => !s.corroboration.override && s.supports.length === 0)
    const section = (body: string) =>
      body.slice(body.indexOf('<h3>Uncorroborated'), body.indexOf('<h2>Notes and context</h2>'))

    const short = section(renderBriefHtml(model).body)
    expect(short).toContain(`<h3>Uncorroborated (${claims.length})</h3>`)
    expect(short).toContain(
      `<p>${plain.length} claims with no evidence for or against, each quoted with its rating in the annotated text, by sentence number:</p>`
    )
    // Every plain claim is named by its number, and only those.
    const named = /<li>sentences ([^(]+) \((\d+) sentences\)<\/li>/.exec(short)!
    const numbers = named[1]!.split(', ').flatMap((range) => {
      const [from, to = from] = range.split('–').map(Number)
      return Array.from({ length: to! - from! + 1 }, (_, i) => from! + i)
    })
    expect(numbers).toEqual(plain.map((s) => s.sentence.index + 1))
    expect(Number(named[2])).toBe(plain.length)
    // Those with more than a quote are still quoted with what supports them.
    expect(short.match(/ \(sentence \d+\)/g)?.length ?? 0).toBe(claims.length - plain.length)

    const full = section(renderBriefHtml(model, { fullText: true }).body)
    expect(full.match(/ \(sentence \d+\)/g)).toHaveLength(claims.length)
    expect(full).not.toContain('by sentence number')
  })
})
