// The print view as the analyst sees it: hostile notes, names and sentences must print as their
// own text, never as an element (an image that calls out, a link made from a bare address).
import { kurskCaseBrief } from '@shared/brief/kursk-case.fixture'
import { kurskBrief } from '@shared/brief/kursk.fixture'
import { buildBrief, type BriefInput } from '@shared/brief/model'
import { normaliseText } from '@shared/text'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import { briefHtml } from './brief-html'
import { briefPage, briefPageOf } from './brief-page'

const BEACON = 'https://x.example/<img src=https://evil.example/beacon.png//>'
const SAMPLE = normaliseText(sampleText)

/** The graded sample with the first note, the first source's name and the title replaced. */
function briefWith(note: string, sourceName: string, title = 'Kursk'): BriefInput {
  const input = kurskBrief(SAMPLE)
  const [first] = input.articles
  return {
    ...input,
    title,
    sources: input.sources.map((s, i) => (i === 0 ? { ...s, name: sourceName } : s)),
    articles: [{ ...first, assessments: first.assessments.map((a, i) => (i === 0 ? { ...a, note } : a)) }]
  }
}

function printed(input: BriefInput): Document {
  return new DOMParser().parseFromString(briefPage(input), 'text/html')
}

/** The addresses the brief itself links to: the article's, its citations' and its footnotes. */
const OWN_LINKS = new Set(
  [...printed(kurskBrief(SAMPLE)).querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))
)
const ownLink = (href: string): boolean => href.startsWith('#') || OWN_LINKS.has(href)

describe('briefHtml with hostile text', () => {
  it('prints an address that carries an <img> as text, and the rest of the note after it', () => {
    const doc = printed(briefWith(`${BEACON} then the rest of the note`, 'Col. Oleksandr Kindratenko'))
    expect(doc.querySelectorAll('img, picture, video, audio, iframe')).toHaveLength(0)
    expect(doc.body.textContent).toContain(`${BEACON} then the rest of the note`)
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!)
    expect(hrefs.filter((href) => !ownLink(href))).toEqual([])
  })

  it('keeps the footnote marker of a source named by its address, and shows the address as typed', () => {
    const doc = printed(briefWith('', 'https://t.me/ry_bar'))
    const row = [...doc.querySelectorAll<HTMLTableRowElement>('table tr')].find((tr) =>
      tr.textContent?.includes('t.me')
    )!
    expect(row.cells[0].textContent).toMatch(/^https:\/\/t\.me\/ry_bar\s*1$/)
    expect(row.cells[0].querySelector('a[href^="#"]')).not.toBeNull()
    expect(row.querySelector('a[href^="https://t.me"]')).toBeNull()
    expect(doc.body.textContent).not.toContain('\\_')
  })

  it('links no bare address and shows raw HTML as text', () => {
    const note = 'See https://x.example/a_b, www.example.com and a@b.example <img src=x>.'
    const doc = printed(briefWith(note, 'Col. Oleksandr Kindratenko'))
    expect(doc.querySelectorAll('img')).toHaveLength(0)
    expect([...doc.querySelectorAll('a[href]')].filter((a) => !ownLink(a.getAttribute('href')!))).toEqual([])
    expect(doc.body.textContent).toContain(note)
  })

  it('prints no bidirectional control, in the text, the page title or the handling line', () => {
    const input = { ...briefWith('12 \u200f34 \u200f56 seen', 'CNN'), handling: 'SECRET \u202eTERCES' }
    const html = briefPage({ ...input, title: 'Kursk \u202efdp.exe' })
    expect(html).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/)
    expect(html).toContain('12 34 56 seen')
    expect(html).toContain('<title>Kursk fdp.exe</title>')
    expect(html).toContain('"SECRET TERCES"')
  })

  it('never makes an element from text, whatever the text', () => {
    const pieces = [
      BEACON,
      '<img src=x onerror=alert(1)>',
      '<script>alert(1)</script>',
      'www.example.com',
      'press@mod.gov.example',
      '![x](https://evil.example/p.png)',
      '[x](javascript:alert(1))',
      '<a href="https://evil.example">x</a>',
      '|',
      '`',
      '\\',
      '_',
      '\u202e'
    ]
    const hostile = fc
      .array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { minLength: 1, maxLength: 6 })
      .map((parts) => parts.join(' '))
    fc.assert(
      fc.property(hostile, hostile, hostile, (note, name, title) => {
        const doc = printed(briefWith(note, name, title))
        expect(doc.querySelectorAll('img, script, iframe, object, embed, form, input')).toHaveLength(0)
        const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!)
        expect(hrefs.filter((href) => !ownLink(href))).toEqual([])
        expect(doc.body.textContent).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/)
      }),
      { numRuns: 40 }
    )
  })
})

/** A brief's body as the renderer writes it: handling lines, a footnote and its back-link. */
const BODY = {
  body: [
    '<p class="handling"><strong>SECRET // REL UKR</strong></p>',
    '<h1>Kyiv grid</h1>',
    '<p>The grid held.<sup><a id="footnote-ref-s1" href="#footnote-s1" data-footnote-ref>1</a></sup></p>',
    '<section class="footnotes" data-footnotes><ol><li id="footnote-s1"><p><strong>Ukrenergo</strong>, the grid operator.',
    '<a href="#footnote-ref-s1" data-footnote-backref>↩</a></p></li></ol></section>',
    '<p class="handling"><strong>SECRET // REL UKR</strong></p>'
  ].join(''),
  handling: 'SECRET // REL UKR'
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('briefHtml', () => {
  it('prints the handling line in the page margins, top and bottom, and in the page on screen only', () => {
    const html = briefHtml(BODY, 'Kyiv grid')
    const doc = parse(html)
    const lines = doc.querySelectorAll('body > p.handling')
    expect(lines).toHaveLength(2)
    // The closing line after the footnotes, where it closes the brief.
    expect(doc.body.lastElementChild).toBe(lines[1])
    expect(lines[1]!.previousElementSibling?.matches('section.footnotes')).toBe(true)
    expect(html).toMatch(/@top-center \{ content: "SECRET \/\/ REL UKR"/)
    expect(html).toMatch(/@bottom-center \{ content: "SECRET \/\/ REL UKR"/)
    expect(html).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages)')
    expect(html).toMatch(/@media print \{[^@]*\.handling \{\s*display: none;/)
  })

  it('escapes the handling line for CSS', () => {
    const html = briefHtml({ body: '<h1>Untitled</h1>', handling: 'A "quoted" </style> line' }, 'Untitled')
    expect(html).toContain('@top-center { content: "A \\"quoted\\"  /style  line"')
    expect(parse(html).querySelectorAll('style')).toHaveLength(2)
  })

  it('hides the footnotes’ web back-links in print', () => {
    const doc = parse(briefHtml(BODY, 'Kyiv grid'))
    expect(doc.querySelectorAll('[data-footnote-backref]').length).toBeGreaterThan(0)
    expect(doc.head.textContent).toMatch(
      /@media print \{[\s\S]*\[data-footnote-backref\] \{\s*display: none;/
    )
  })
})

describe('briefPageOf', () => {
  const model = buildBrief(kurskCaseBrief(SAMPLE))
  const doc = parse(briefPageOf(model))

  it('prints the case’s key judgments in order, likelihood and confidence on lines of their own', () => {
    const heading = [...doc.querySelectorAll('h2')].find((h) => h.textContent === 'Key judgments')!
    const list = heading.nextElementSibling!
    expect(list.tagName).toBe('OL')
    const items = [...list.children].map((li) => li.querySelector('strong')!.textContent)
    expect(items).toEqual(model.judgments.map((j) => j.judgment.text))
    const lines = [...list.children[0]!.querySelectorAll('li')].map((li) => li.textContent)
    expect(lines.slice(0, 2)).toEqual([
      'Likelihood: likely (55–80%)',
      expect.stringMatching(/^Confidence: Moderate\. Reason: Ukrainian military statements/)
    ])
    expect(list.children[2]!.textContent).toContain("Needs rewording: still in the article's words")
  })

  it('links every footnote marker to a note that is printed, the judgments’ citation included', () => {
    const refs = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-footnote-ref]')]
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs)
      expect(doc.getElementById(ref.getAttribute('href')!.slice(1)), ref.href).not.toBeNull()
    expect(doc.querySelector('section.footnotes')!.textContent).toContain(
      'ISW Russian Offensive Campaign Assessment, 26 January 2025.'
    )
  })

  it('is the page of the same brief as briefPage builds from the input', () => {
    expect(briefPage(kurskCaseBrief(SAMPLE))).toBe(briefPageOf(model))
  })
})
