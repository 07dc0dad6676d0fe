// The depth count a page is checked by before it is parsed: exact for nested elements, and not
// fooled by what does not nest (void elements, optional end tags, scripts, comments).
import { describe, expect, it } from 'vitest'
import { htmlNestingDepth } from './html-depth'

describe('htmlNestingDepth', () => {
  it('counts nested elements, and 50,000 nested divs as 50,000 levels under html and body', () => {
    expect(htmlNestingDepth('<html><body><div><p>Text</p></div></body></html>')).toBe(4)
    const deep = `<html><body>${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}</body></html>`
    expect(htmlNestingDepth(deep)).toBe(50_002)
  })

  it('stops counting once past the level asked about', () => {
    expect(htmlNestingDepth('<div>'.repeat(10_000), 600)).toBe(601)
  })

  it('opens no level for void elements, self-closed tags, comments, doctype and end tags of nothing', () => {
    const page =
      '<!doctype html><html><head><meta charset="utf-8"><link rel="x"></head><body>' +
      '<p>One<br>two<img src="a.png" alt="<div>"><svg><path d="M0"/></svg></p>' +
      '<!-- <div><div><div> --></span></b><p>Three</p></body></html>'
    expect(htmlNestingDepth(page)).toBe(4)
  })

  it('reads what is inside scripts, styles and titles as text, whatever its case', () => {
    const page =
      '<html><head><title><div><div></title><script>let s = "<div><div><div>"</SCRIPT>' +
      '<style>a::before { content: "<div>" }</style></head><body><p>Text</p></body></html>'
    expect(htmlNestingDepth(page)).toBe(3)
  })

  it('closes an item, paragraph or cell left open when the next one starts, as the HTML parser does', () => {
    const items = Array.from({ length: 1000 }, (_, i) => `<li>Item ${i}<p>Line ${i}`).join('')
    expect(htmlNestingDepth(`<html><body><ul>${items}</ul></body></html>`)).toBe(5)
    const rows = Array.from({ length: 1000 }, (_, i) => `<tr><td>${i}<td>${i + 1}`).join('')
    expect(htmlNestingDepth(`<table><tbody>${rows}</table><p>After`)).toBe(4)
  })

  it('counts a page of 50,000 levels whose tags close nothing in one pass', () => {
    const deep = `${'<section><b>'.repeat(25_000)}x${'</i>'.repeat(50_000)}`
    expect(htmlNestingDepth(deep)).toBe(50_000)
  })

  it('takes a lost end tag as closing what was left open inside it', () => {
    expect(htmlNestingDepth('<div><section><span><b>x</div><div>y</div>')).toBe(4)
  })
})
