// The file reader's worker is started when the import dialog opens and kept for the next read;
// each format's library is fetched only when a file of that format is read, so a PDF read never
// fetches the Word reader, nor a Word read pdf.js.
import { expect, test, type Page } from '@playwright/test'
import { writePdf } from '../../test-support/fixtures/pdf'
import { writeDocx } from '../../test-support/fixtures/docx'
import { WorkbenchPage } from '../pages/workbench-page'

const pdf = async () =>
  Buffer.from(
    await writePdf({
      title: 'Kharkiv restores power after strikes',
      pages: [[{ text: 'Engineers restored power to most of Kharkiv, the governor said.', x: 50, y: 80 }]]
    })
  )

const docx = async () =>
  Buffer.from(
    await writeDocx({
      blocks: [
        { heading: 1, text: 'Grain corridor reopens after talks' },
        { paragraph: 'Ships left Odesa on Tuesday for the first time in a month.' }
      ]
    })
  )

/** The build's chunks the page and its workers fetched, by file name ("pdf.worker-…js"). */
function chunksFetched(page: Page): string[] {
  const fetched: string[] = []
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? ''
    if (name.endsWith('.js')) fetched.push(name)
  })
  return fetched
}

const readerWorkers = (page: Page) => {
  const started: string[] = []
  page.on('worker', (worker) => {
    if (/format\.worker/.test(worker.url())) started.push(worker.url())
  })
  return started
}

const PDF_CHUNKS = /^(pdf|pdf\.worker)-[\w-]+\.js$/
const WORD_CHUNK = /^docx-[\w-]+\.js$/

test('a PDF read fetches pdf.js but not the Word reader, and the next read reuses the same worker', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const fetched = chunksFetched(page)
  const started = readerWorkers(page)

  const dialog = await app.openFileInImport({
    name: 'kharkiv.pdf',
    mimeType: 'application/pdf',
    buffer: await pdf()
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('Kharkiv restores power after strikes')
  expect(fetched.filter((name) => PDF_CHUNKS.test(name))).toHaveLength(2)
  expect(fetched.filter((name) => WORD_CHUNK.test(name))).toEqual([])

  await app.pickFileInImport(dialog, {
    name: 'odesa.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docx()
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('Grain corridor reopens after talks')
  await expect(dialog.getByLabel('Article text')).toHaveValue(
    'Ships left Odesa on Tuesday for the first time in a month.'
  )
  expect(fetched.filter((name) => WORD_CHUNK.test(name))).toHaveLength(1)
  // One worker, started when the dialog opened, read both files.
  expect(started).toHaveLength(1)
  expect(page.workers().filter((worker) => /format\.worker/.test(worker.url()))).toHaveLength(1)
})

test('a Word read fetches the Word reader but not pdf.js', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const fetched = chunksFetched(page)
  const dialog = await app.openFileInImport({
    name: 'odesa.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: await docx()
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('Grain corridor reopens after talks')
  expect(fetched.filter((name) => WORD_CHUNK.test(name))).toHaveLength(1)
  expect(fetched.filter((name) => PDF_CHUNKS.test(name))).toEqual([])
})
