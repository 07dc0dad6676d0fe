// The rules for a PDF's own title, author and date, on the values pdf.js reads from real files.
import { describe, expect, it } from 'vitest'
import { pdfDate, pdfDetails, type PdfMetadata } from './pdf-metadata'

const metadata = (info: Record<string, unknown> | null, xmp: Record<string, unknown> = {}): PdfMetadata => ({
  info,
  xmp: (name) => xmp[name] ?? null
})

describe('pdfDetails', () => {
  it('reads the title, author and date of the Info dictionary', () => {
    expect(
      pdfDetails(
        metadata({
          Title: ' Baltic ports  brace for storms ',
          Author: 'Anna Nowak',
          CreationDate: "D:20260312083000+01'00'",
          Creator: 'Microsoft® Word for Microsoft 365'
        })
      )
    ).toEqual({ title: 'Baltic ports brace for storms', author: 'Anna Nowak', publishedAt: '2026-03-12' })
  })

  it('prefers the XMP title, authors and date to the Info dictionary', () => {
    const details = pdfDetails(
      metadata(
        { Title: 'Info title', Author: 'Info Author', CreationDate: 'D:20250101000000Z' },
        {
          'dc:title': 'Storms close Baltic ports',
          'dc:creator': ['Anna Nowak', ' Piotr Zielinski '],
          'dc:date': '2026-03-11',
          'xmp:createdate': '2026-03-12T08:30:00+01:00'
        }
      )
    )
    expect(details).toEqual({
      title: 'Storms close Baltic ports',
      author: 'Anna Nowak, Piotr Zielinski',
      publishedAt: '2026-03-11'
    })
    expect(pdfDetails(metadata(null, { 'xmp:createdate': '2026-03-12T23:30:00-05:00' })).publishedAt).toBe(
      '2026-03-12'
    )
  })

  it('passes over placeholder titles and authors for the next candidate', () => {
    expect(
      pdfDetails(
        metadata(
          { Title: 'Storms close Baltic ports', Author: 'Anna Nowak' },
          { 'dc:title': 'Microsoft Word - storms.docx', 'dc:creator': ['Administrator'] }
        )
      )
    ).toEqual({ title: 'Storms close Baltic ports', author: 'Anna Nowak' })
    for (const author of [
      'Microsoft Office User',
      'Microsoft Word',
      'Adobe Acrobat Pro DC',
      'PDFKit',
      'user',
      'Unknown',
      '—',
      ''
    ]) {
      expect(pdfDetails(metadata({ Author: author })), author).toEqual({})
    }
  })

  it('passes over an author that is the program named as the file’s creator or producer', () => {
    expect(pdfDetails(metadata({ Author: 'NewsDesk Export 4.2', Creator: 'NewsDesk Export 4.2' }))).toEqual(
      {}
    )
    expect(
      pdfDetails(metadata({ Author: 'PressPrint' }, { 'xmp:creatortool': 'pressprint', 'pdf:producer': 'x' }))
    ).toEqual({})
  })

  it('keeps an organisation that happens to share a word with a program', () => {
    expect(pdfDetails(metadata({ Author: 'Microsoft Threat Intelligence' })).author).toBe(
      'Microsoft Threat Intelligence'
    )
    expect(pdfDetails(metadata({ Author: 'Word of Mouth Media' })).author).toBe('Word of Mouth Media')
  })

  it('has no details when the metadata says nothing', () => {
    expect(pdfDetails(metadata(null))).toEqual({})
    expect(pdfDetails(metadata({ Title: 42, Author: 7, CreationDate: true }))).toEqual({})
  })
})

describe('pdfDate', () => {
  it('reads PDF dates and ISO dates as the calendar date written', () => {
    expect(pdfDate("D:20260312003000+02'00'")).toBe('2026-03-12')
    expect(pdfDate('20260312')).toBe('2026-03-12')
    expect(pdfDate('2026-03-12T00:30:00+02:00')).toBe('2026-03-12')
    expect(pdfDate(['2026-03-12'])).toBe('2026-03-12')
  })

  it('is no date without a day, on a day that does not exist, or far before any news', () => {
    expect(pdfDate('D:2026')).toBeUndefined()
    expect(pdfDate('D:202603')).toBeUndefined()
    expect(pdfDate('D:20260230120000Z')).toBeUndefined()
    expect(pdfDate('2026-13-01')).toBeUndefined()
    expect(pdfDate('D:00000101000000Z')).toBeUndefined()
    expect(pdfDate(null)).toBeUndefined()
  })
})
