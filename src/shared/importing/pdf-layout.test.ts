// The layout rules on text items as pdf.js gives them, without a PDF: the hyphen rule's cases.
import { describe, expect, it } from 'vitest'
import { layOutPdf, type PdfTextItem } from './pdf-layout'

/** One page whose lines are 14 points apart, each one text item (widths as Helvetica's, roughly). */
const page = (...lines: string[]) => ({
  width: 612,
  height: 792,
  items: lines.map((text, i): PdfTextItem => ({
    text,
    x: 50,
    y: 700 - i * 14,
    width: text.length * 5.5,
    size: 11
  }))
})

describe('words broken at a line end', () => {
  it('are mended before a lower-case line', () => {
    expect(layOutPdf([page('talks on inter-', 'national shipping')]).text).toBe(
      'talks on international shipping'
    )
  })

  it('keep their hyphen before a capital', () => {
    expect(layOutPdf([page('along the Russia-', 'Ukraine border')]).text).toBe(
      'along the Russia-Ukraine border'
    )
  })

  it('keep their hyphen when the text writes the compound with one elsewhere', () => {
    const text = layOutPdf([page('a well-known port and a well-', 'known harbour master')]).text
    expect(text).toBe('a well-known port and a well-known harbour master')
  })

  it('leave a dash between words alone', () => {
    expect(layOutPdf([page('the port was closed -', 'officials said')]).text).toBe(
      'the port was closed - officials said'
    )
  })
})
