// The print view written from the brief model, read by Chromium's own HTML parser: what a reader
// sees is what the Markdown said once rendered (compared with the Markdown put through a GFM
// renderer and a sanitiser, as the print view was made before), and no text becomes an element.
import { renderBriefHtml } from '@shared/brief/html'
import { kurskCaseBrief } from '@shared/brief/kursk-case.fixture'
import { kurskBrief } from '@shared/brief/kursk.fixture'
import { longArticleBrief } from '@shared/brief/long-article.fixture'
import { renderBriefModelMarkdown } from '@shared/brief/markdown'
import { buildBrief, type BriefInput } from '@shared/brief/model'
import { segmentSentences } from '@shared/segment'
import { normaliseText } from '@shared/text'
import DOMPurify from 'dompurify'
import fc from 'fast-check'
import { Marked } from 'marked'
import markedFootnote from 'marked-footnote'
import { describe, expect, it } from 'vitest'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import { briefPage } from './brief-page'

const SAMPLE = normaliseText(sampleText)
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')
const squeeze = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim()

/** The print view's body as it was made before: the brief's GFM through marked and DOMPurify. */
function throughMarkdown(input: BriefInput, fullText = false): Document {
  const marked = new Marked({ gfm: true }).use(markedFootnote())
  marked.use({ tokenizer: { url: () => undefined } })
  const markdown = renderBriefModelMarkdown(buildBrief(input), { fullText })
  const html = DOMPurify.sanitize(marked.parse(markdown, { async: false }) as string, {
    FORBID_TAGS: ['img', 'iframe', 'form', 'input'],
    ALLOWED_URI_REGEXP: /^(?:https?:|#)/i
  })
  return parse(`<body>${html}</body>`)
}

const fromModel = (input: BriefInput, fullText = false): Document =>
  parse(`<body>${renderBriefHtml(buildBrief(input), { fullText }).body}</body>`)

/** Each element a reader relies on, by its tag and text: headings, paragraphs, items, cells, links. */
function structure(doc: Document): string[] {
  // Not `code`: the Markdown sets web addresses in code spans only so that no GFM renderer links them.
  const selector = 'h1, h2, h3, p, li, th, td, blockquote, strong, em, table, ol, ul, sup, section'
  return [...doc.body.querySelectorAll(selector)].map((e) => `${e.tagName} ${squeeze(e.textContent)}`)
}
const links = (doc: Document) =>
  [...doc.querySelectorAll('a[href]')].map((a) => `${a.getAttribute('href')} ${a.textContent}`)

/** The sample brief with a note and a source name that carry Markdown and HTML. */
function hostileBrief(): BriefInput {
  const input = kurskCaseBrief(SAMPLE)
  const [first, ...rest] = input.articles
  return {
    ...input,
    handling: 'UNCLASSIFIED // FOR TRAINING',
    sources: input.sources.map((s, i) =>
      i === 0 ? { ...s, name: '<b>Kindratenko</b> [x](javascript:alert(1))' } : s
    ),
    articles: [
      {
        ...first!,
        assessments: first!.assessments.map((a, i) =>
          i === 0 ? { ...a, note: '**bold** `code` <i>x</i> & &amp;' } : a
        )
      },
      ...rest
    ]
  }
}

describe('the print view written from the brief model', () => {
  const cases: [string, BriefInput, boolean][] = [
    ['the graded sample (grades, links, sources, footnotes)', kurskBrief(SAMPLE), false],
    [
      'the case brief (judgments, citations, two articles, handling line)',
      { ...kurskCaseBrief(SAMPLE), handling: 'SECRET' },
      false
    ],
    ['the case brief with hostile notes and names', hostileBrief(), false],
    [
      'a long article, condensed',
      longArticleBrief(
        segmentSentences(SAMPLE).map((s) => SAMPLE.slice(s.start, s.end)),
        { sentences: 3_000, graded: 60, links: 20 }
      ),
      false
    ]
  ]

  it.each(cases)('prints the same text, elements and links as the Markdown did: %s', (_, input, fullText) => {
    const before = throughMarkdown(input, fullText)
    const after = fromModel(input, fullText)
    // marked leaves the closing handling line before the footnotes; the page moves it after them.
    const closing = before.body.lastElementChild?.matches('section.footnotes')
      ? before.body.lastElementChild.previousElementSibling
      : null
    if (input.handling && closing) before.body.append(closing)
    expect(squeeze(after.body.textContent)).toBe(squeeze(before.body.textContent))
    expect(structure(after)).toEqual(structure(before))
    expect(links(after)).toEqual(links(before))
    expect([...after.querySelectorAll('a[data-footnote-ref]')].map((a) => a.id)).toEqual(
      [...before.querySelectorAll('a[data-footnote-ref]')].map((a) => a.id)
    )
  })

  it('prints hostile sentences as their own text: no element, no link, no Markdown read', () => {
    const input = kurskBrief(SAMPLE)
    const [article] = input.articles
    const hostile = [
      'Officials said <script>alert(1)</script> nothing.',
      'The image <img src=x onerror="alert(1)"> was shown.',
      'Read [this](javascript:alert(1)) now.',
      '**Bold** _claim_ `code` # heading | cell ~~gone~~ [^s1] <!-- c --> &amp; &lt;'
    ]
    // The first four graded sentences' text replaced in the article, its ranges moved to fit.
    const graded = article!.assessments.slice(0, hostile.length).map((a) => a.sentenceId)
    let text = ''
    const sentences = article!.sentences.map((s) => {
      const at = graded.indexOf(s.id)
      const body = at === -1 ? article!.article.text.slice(s.start, s.end) : hostile[at]!
      const start = text.length + 1
      text += ` ${body}`
      return { ...s, start, end: start + body.length }
    })
    const doc = fromModel({
      ...input,
      articles: [{ ...article!, article: { ...article!.article, text }, sentences }]
    })
    expect(doc.querySelectorAll('script, img, i, del, h1 ~ h1')).toHaveLength(0)
    expect(
      [...doc.querySelectorAll('a[href]')].filter((a) => !/^(#|https:)/.test(a.getAttribute('href')!))
    ).toEqual([])
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull()
    for (const sentence of hostile) expect(squeeze(doc.body.textContent)).toContain(sentence)
  })

  it('prints any sentence text as that text, whitespace collapsed', () => {
    const input = kurskBrief(SAMPLE)
    const [article] = input.articles
    const id = article!.assessments[0]!.sentenceId
    const pieces = [
      '<',
      '>',
      '&',
      '"',
      "'",
      '&amp;',
      '<b>',
      '</p>',
      '`',
      '*',
      '_',
      '[',
      ']',
      '(',
      ')',
      '|',
      '#',
      '\\',
      '\n',
      ' ',
      'é',
      '⚡'
    ]
    const sentenceText = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ unit: 'binary' })), {
        minLength: 1,
        maxLength: 8
      })
      .map((parts) => parts.join(''))
      .filter((t) => t.replace(/[\s\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').length > 0)
    fc.assert(
      fc.property(sentenceText, (body) => {
        const sentences = article!.sentences
          .filter((s) => s.id === id)
          .map((s) => ({ ...s, start: 0, end: body.length }))
        const model = buildBrief({
          ...input,
          articles: [{ ...article!, article: { ...article!.article, text: body }, sentences, links: [] }]
        })
        const doc = parse(`<body>${renderBriefHtml(model, { fullText: true }).body}</body>`)
        const annotated = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'Annotated text')!
        const shown = annotated.nextElementSibling!
        const { text: modelText, rating } = model.articles[0]!.sentences[0]!
        const expected = modelText
          .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
          .replace(/\0/g, '\uFFFD')
          .replace(/\s+/g, ' ')
          .trim()
        expect(shown.textContent).toBe(rating ? `${expected} [${rating}]` : expected)
        expect(shown.querySelectorAll('*').length).toBeLessThanOrEqual(2)
      }),
      { numRuns: 200 }
    )
  })
})

describe('briefPage', () => {
  it('puts the handling line in the margins and in the page, the closing one after the footnotes', () => {
    const page = briefPage({ ...kurskCaseBrief(SAMPLE), handling: 'SECRET // REL UKR' })
    const doc = parse(page)
    const lines = doc.querySelectorAll('body > p.handling')
    expect([...lines].map((l) => l.textContent)).toEqual(['SECRET // REL UKR', 'SECRET // REL UKR'])
    expect(lines[1]!.previousElementSibling?.matches('section.footnotes')).toBe(true)
    expect(page).toMatch(/@top-center \{ content: "SECRET \/\/ REL UKR"/)
  })
})
