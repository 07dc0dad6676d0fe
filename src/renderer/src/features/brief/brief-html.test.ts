import { describe, expect, it } from 'vitest'
import { briefHtml } from './brief-html'

const MARKDOWN = [
  '**SECRET // REL UKR**',
  '',
  '# Kyiv grid',
  '',
  'The grid held.[^s1]',
  '',
  '[^s1]: **Ukrenergo**, the grid operator.',
  '',
  '**SECRET // REL UKR**',
  ''
].join('\n')

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

describe('briefHtml', () => {
  it('prints the handling line in the page margins, top and bottom, and in the page on screen only', () => {
    const html = briefHtml(MARKDOWN, 'Kyiv grid')
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

  it('takes the handling line given for the page over none, and escapes it for CSS', () => {
    const html = briefHtml('# Untitled\n', 'Untitled', { handling: 'A "quoted" </style> line' })
    expect(html).toContain('@top-center { content: "A \\"quoted\\"  /style  line"')
    expect(parse(html).querySelectorAll('style')).toHaveLength(2)
  })

  it('hides the footnotes’ web back-links in print', () => {
    const doc = parse(briefHtml(MARKDOWN, 'Kyiv grid'))
    expect(doc.querySelectorAll('[data-footnote-backref]').length).toBeGreaterThan(0)
    expect(doc.head.textContent).toMatch(
      /@media print \{[\s\S]*\[data-footnote-backref\] \{\s*display: none;/
    )
  })
})
