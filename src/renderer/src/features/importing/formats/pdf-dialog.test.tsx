// PDF and Word files in the import dialog: a refused file and a stopped read write nothing, and
// the library is exactly as it was. Real Chromium, real workers, real IndexedDB.
import { afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { db } from '../../../db'
import { importArticle } from '../../../db/articles'
import type { PickedFile } from '../../../platform'
import { theme } from '../../../theme'
import { ImportDialog } from '../ImportDialog'
import { writePdf, type PdfLine } from './pdf-test-writer'
import { writeZip } from './docx-test-writer'

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(async () => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
  // Open again on next use: each test starts from an empty library.
  await db.delete({ disableAutoOpen: false })
})

/** Every row of every table, to compare the library before and after. */
const library = async () =>
  JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])))

let drop: (file: PickedFile) => void = () => {}

async function openDialog() {
  await importArticle(db, {
    title: 'Already here',
    text: 'A sentence already in the library.',
    origin: 'paste'
  })
  function Harness() {
    const [dropped, setDropped] = useState<PickedFile | null>(null)
    drop = setDropped
    return <ImportDialog opened onClose={() => {}} onImported={() => {}} dropped={dropped} />
  }
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(
      <MantineProvider theme={theme}>
        <Harness />
      </MantineProvider>
    )
  })
}

/** Lines that differ from page to page in their words (a line repeated on every page is a running header). */
const lines = (count: number, pageNumber = 0): PdfLine[] => {
  const part = pageNumber.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))
  return Array.from({ length: count }, (_, i) => ({
    text: `Line ${i + 1} of the report goes on here${pageNumber ? ` in part ${part}` : ''}.`,
    x: 50,
    y: 700 - i * 14
  }))
}

describe('PDF and Word files in the import dialog', () => {
  it('refuses a damaged PDF and a damaged Word file by name, writing nothing', async () => {
    await openDialog()
    const before = await library()
    act(() => drop({ fileName: 'broken.pdf', bytes: new TextEncoder().encode('%PDF-1.7\nnot a PDF\n') }))
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent(/“broken\.pdf” is a damaged PDF and cannot be read/)
    act(() => drop({ fileName: 'broken.docx', bytes: writeZip({ 'readme.txt': 'no document' }) }))
    await expect.element(page.getByRole('alert')).toHaveTextContent(/“broken\.docx” is a damaged Word file/)
    expect(await library()).toBe(before)
  })

  it('stops reading a long PDF on Stop reading, and the stopped read fills in nothing', async () => {
    await openDialog()
    const before = await library()
    const long = writePdf({
      title: 'The long report',
      pages: Array.from({ length: 300 }, (_, i) => lines(40, i + 1))
    })
    act(() => drop({ fileName: 'long.pdf', bytes: long }))
    await expect.element(page.getByText(/Reading “long\.pdf”: page \d+ of 300/)).toBeVisible()
    await page.getByRole('button', { name: 'Stop reading' }).click()
    await expect.element(page.getByText(/Reading “long\.pdf”/)).not.toBeInTheDocument()

    // A file read after it is the dialog's, whatever the stopped read would have said.
    const short = writePdf({ title: 'The short note', pages: [lines(2)] })
    act(() => drop({ fileName: 'short.pdf', bytes: short }))
    await expect.element(page.getByLabelText('Title')).toHaveValue('The short note')
    await expect
      .element(page.getByLabelText('Article text'))
      .toHaveValue('Line 1 of the report goes on here. Line 2 of the report goes on here.')
    expect(await library()).toBe(before)
  })
})
