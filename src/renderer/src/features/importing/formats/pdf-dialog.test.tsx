// PDF and Word files in the import dialog: a refused file and a stopped read write nothing, and
// the library is exactly as it was. Real Chromium, real workers, real IndexedDB.
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { db } from '../../../db'
import { libraryRows as library, openImportDialog } from '../import-dialog-harness'
import { docxFile, pdfFile, type PdfLineSpec } from '../../../../../../test-support/fixtures/browser'

/** Lines that differ from page to page in their words (a line repeated on every page is a running header). */
const lines = (count: number, pageNumber = 0): PdfLineSpec[] => {
  const part = pageNumber.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))
  return Array.from({ length: count }, (_, i) => ({
    text: `Line ${i + 1} of the report goes on here${pageNumber ? ` in part ${part}` : ''}.`,
    x: 50,
    y: 80 + i * 14
  }))
}

describe('PDF and Word files in the import dialog', () => {
  it("fills Author and Published from a PDF's metadata, editable, and stores them as edited", async () => {
    const { drop } = await openImportDialog()
    const signed = await pdfFile({
      title: 'Baltic ports brace for winter storms',
      author: 'Anna Nowak',
      createdAt: '2026-03-12T08:30:00Z',
      pages: [lines(2)]
    })
    drop({ fileName: 'storms.pdf', bytes: signed })
    await expect.element(page.getByLabelText('Title')).toHaveValue('Baltic ports brace for winter storms')
    await expect.element(page.getByLabelText('Author')).toHaveValue('Anna Nowak')
    await expect.element(page.getByLabelText('Published')).toHaveValue('2026-03-12')

    // A PDF that names no author and has no date leaves both empty.
    const unsigned = await pdfFile({ title: 'The short note', pages: [lines(2)] })
    drop({ fileName: 'note.pdf', bytes: unsigned })
    await expect.element(page.getByLabelText('Title')).toHaveValue('The short note')
    await expect.element(page.getByLabelText('Author')).toHaveValue('')
    await expect.element(page.getByLabelText('Published')).toHaveValue('')

    drop({ fileName: 'storms.pdf', bytes: signed.slice() })
    await expect.element(page.getByLabelText('Author')).toHaveValue('Anna Nowak')
    await page.getByLabelText('Author').fill('Anna Nowak and Piotr Zielinski')
    await page.getByRole('button', { name: 'Import article' }).click()
    const stored = () => db.articles.filter((a) => a.title === 'Baltic ports brace for winter storms').first()
    await expect.poll(stored, { timeout: 10 * 60_000 }).toMatchObject({
      author: 'Anna Nowak and Piotr Zielinski',
      publishedAt: '2026-03-12',
      origin: { fileName: 'storms.pdf', mediaType: 'application/pdf' }
    })
  })

  it('refuses a damaged PDF and a damaged Word file by name, writing nothing', async () => {
    const { drop } = await openImportDialog()
    const before = await library()
    // A PDF written by pdfkit, cut off half way.
    const pdf = await pdfFile({ title: 'A whole report', pages: [lines(3)] })
    drop({ fileName: 'broken.pdf', bytes: pdf.slice(0, pdf.length / 2) })
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/“broken\.pdf” is a damaged PDF and cannot be read/)
    // A Word file written by the docx library, cut off half way.
    const docx = await docxFile({ blocks: [{ paragraph: 'A sentence of a Word file.' }] })
    drop({ fileName: 'broken.docx', bytes: docx.slice(0, docx.length / 2) })
    await expect.element(page.getByRole('alert')).toHaveTextContent(/“broken\.docx” is a damaged Word file/)
    expect(await library()).toBe(before)
  })

  it('stops reading a long PDF on Stop reading, and the stopped read fills in nothing', async () => {
    const { drop } = await openImportDialog()
    const before = await library()
    const long = await pdfFile({
      title: 'The long report',
      pages: Array.from({ length: 300 }, (_, i) => lines(40, i + 1))
    })
    drop({ fileName: 'long.pdf', bytes: long })
    await expect.element(page.getByText(/Reading “long\.pdf”: page \d+ of 300/)).toBeVisible()
    await page.getByRole('button', { name: 'Stop reading' }).click()
    await expect.element(page.getByText(/Reading “long\.pdf”/)).not.toBeInTheDocument()

    // A file read after it is the dialog's, whatever the stopped read would have said.
    const short = await pdfFile({ title: 'The short note', pages: [lines(2)] })
    drop({ fileName: 'short.pdf', bytes: short })
    await expect.element(page.getByLabelText('Title')).toHaveValue('The short note')
    await expect
      .element(page.getByLabelText('Article text'))
      .toHaveValue('Line 1 of the report goes on here. Line 2 of the report goes on here.')
    expect(await library()).toBe(before)
  })
})
