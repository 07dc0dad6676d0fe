// Several files picked or dropped at once: a review list with one row per file, one import, and
// every file in the library under its own title. The PDF is written by pdfkit, as real PDFs are.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import PDFDocument from 'pdfkit'
import { ImportBatchPage } from '../pages/import-batch-page'
import { WorkbenchPage } from '../pages/workbench-page'

/** The import's size limit, as the README states it. */
const FIFTY_MB = 50 * 1024 * 1024

const KHARKIV_PDF_TITLE = 'Kharkiv restores power after strikes'

/** A one-page news PDF with its title in the document's metadata; locked to open, with `password`. */
function kharkivPdf(password?: string): Promise<Buffer> {
  const doc = new PDFDocument({
    info: { Title: KHARKIV_PDF_TITLE },
    ...(password ? { userPassword: password, ownerPassword: password, pdfVersion: '1.7' as const } : {})
  })
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))))
  doc.fontSize(20).text(KHARKIV_PDF_TITLE)
  doc.moveDown()
  doc
    .fontSize(12)
    .text('Engineers restored power to most of Kharkiv by the evening, the regional governor said.')
    .text('Repairs to the last substations will take a week.')
  doc.end()
  return done
}

const ODESA_TXT = [
  'Grain corridor reopens',
  '',
  'Ships left Odesa on Tuesday for the first time in a month, the port authority said.',
  'Traders expect prices to fall.'
].join('\n')

async function files() {
  return [
    { name: 'odesa.txt', mimeType: 'text/plain', buffer: Buffer.from(ODESA_TXT) },
    {
      name: 'kyiv-grid.html',
      mimeType: 'text/html',
      buffer: await readFile(new URL('../fixtures/kyiv-grid.html', import.meta.url))
    },
    { name: 'kharkiv.pdf', mimeType: 'application/pdf', buffer: await kharkivPdf() }
  ]
}

const TITLES = {
  'odesa.txt': 'Grain corridor reopens',
  'kyiv-grid.html': 'Russian strikes hit Ukraine’s power grid overnight',
  'kharkiv.pdf': KHARKIV_PDF_TITLE
}

async function reviewAndImport(page: Page) {
  const app = new WorkbenchPage(page)
  const batch = new ImportBatchPage(page)
  await batch.waitUntilRead(Object.keys(TITLES))
  for (const [fileName, title] of Object.entries(TITLES)) {
    await expect(batch.outcome(fileName)).toHaveText('Ready')
    await expect(batch.title(fileName)).toHaveValue(title)
  }
  await expect(batch.row('kyiv-grid.html')).toContainText('Example Independent · 2025-01-15')
  await expect(batch.row('kharkiv.pdf')).toContainText('2 sentences')
  await batch.importButton(3).click()
  await expect(batch.section('Imported (3)')).toBeVisible()
  for (const title of Object.values(TITLES)) {
    await expect(batch.section('Imported (3)')).toContainText(`“${title}”`)
  }
  await batch.dialog.getByRole('button', { name: 'Close' }).click()
  await expect(batch.dialog).toBeHidden()
  // The sample and the three files, each under its own title.
  await expect(app.library.getByRole('button')).toHaveCount(4)
  for (const title of Object.values(TITLES)) {
    await expect(app.library.getByRole('button', { name: new RegExp(title) })).toBeVisible()
  }
  await app.library.getByRole('button', { name: new RegExp(KHARKIV_PDF_TITLE) }).click()
  await app.waitForArticle('Engineers restored power to most of Kharkiv by the evening')
}

test('three files picked at once are reviewed on rows of their own and imported under their own titles', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.openFileInImport(await files())
  await reviewAndImport(page)
})

test('three files dropped on the window open the same review list', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dropped = (await files()).map(({ name, mimeType, buffer }) => ({
    name,
    mimeType,
    bytes: [...buffer]
  }))
  const transfer = await page.evaluateHandle((list) => {
    const data = new DataTransfer()
    for (const { name, mimeType, bytes } of list) {
      data.items.add(new File([new Uint8Array(bytes)], name, { type: mimeType }))
    }
    return data
  }, dropped)
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })
  await reviewAndImport(page)
})

test('a locked PDF in a batch asks for its password on its row, and a file over 50 MB is refused on its own', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  const batch = new ImportBatchPage(page)
  await app.openOnSample()
  // Files on disk, as the analyst picks them: the one over the limit is never read by the page.
  const folder = await mkdtemp(join(tmpdir(), 'import-batch-'))
  try {
    await writeFile(join(folder, 'odesa.txt'), ODESA_TXT)
    await writeFile(join(folder, 'locked.pdf'), await kharkivPdf('kursk'))
    await writeFile(join(folder, 'archive.txt'), Buffer.alloc(FIFTY_MB + 1, 0x61))
    await app.openFileInImport(['odesa.txt', 'locked.pdf', 'archive.txt'].map((name) => join(folder, name)))
    // The page reads the files it takes after the pick: they stay on disk until their rows show
    // (removed at once, a page slower than this test to read them found them gone, and showed none).
    await expect(batch.outcome('archive.txt')).toHaveText(
      'Refused: archive.txt is 50.1 MB; the limit is 50 MB'
    )
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
  await expect(batch.outcome('locked.pdf')).toHaveText('Needs a password')
  const password = batch.row('locked.pdf').getByLabel('Password to open “locked.pdf”')
  await password.fill('moscow')
  await batch.row('locked.pdf').getByRole('button', { name: 'Open PDF' }).click()
  await expect(batch.row('locked.pdf')).toContainText('That is not the password of this PDF.')
  await password.fill('kursk')
  await batch.row('locked.pdf').getByRole('button', { name: 'Open PDF' }).click()
  await expect(batch.outcome('locked.pdf')).toHaveText('Ready')
  await expect(batch.title('locked.pdf')).toHaveValue(KHARKIV_PDF_TITLE)
  await batch.importButton(2).click()
  await expect(batch.section('Imported (2)')).toBeVisible()
  await expect(batch.section('Not imported (1)')).toContainText(
    'archive.txt: archive.txt is 50.1 MB; the limit is 50 MB'
  )
  await batch.dialog.getByRole('button', { name: 'Close' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(3)
  await expect(app.library.getByRole('button', { name: new RegExp(KHARKIV_PDF_TITLE) })).toBeVisible()
  await expect(app.library.getByRole('button', { name: /Grain corridor reopens/ })).toBeVisible()
})
