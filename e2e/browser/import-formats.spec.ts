// PDF and Word files imported through the dialog: each is read in the file reader's worker (pdf.js,
// mammoth) under the app's Content-Security-Policy, and opens in the reader with its own title;
// a locked PDF asks for its password in the dialog.
import { expect, test, type ConsoleMessage } from '@playwright/test'
import { writePdf } from '../../test-support/fixtures/pdf'
import { writeDocx } from '../../test-support/fixtures/docx'
import { WorkbenchPage } from '../pages/workbench-page'

const isCspReport = (message: ConsoleMessage) => /Content Security Policy/i.test(message.text())

/** A one-page story written by pdfkit, a word broken at a line end; locked with `password` if given. */
const storyPdf = async (password?: string) =>
  Buffer.from(
    await writePdf({
      title: 'Kharkiv restores power after strikes',
      ...(password ? { userPassword: password, ownerPassword: password } : {}),
      pages: [
        [
          { text: 'Engineers restored power to most of Kharkiv by the eve-', x: 50, y: 80 },
          { text: 'ning, the regional governor said.', x: 50, y: 94 },
          { text: 'Repairs to the last substations will take a week.', x: 50, y: 108 }
        ]
      ]
    })
  )

test('a PDF and a Word file open in the reader with their titles and first sentences', async ({ page }) => {
  const reports: string[] = []
  const workers: string[] = []
  page.on('console', (message) => {
    if (isCspReport(message)) reports.push(message.text())
  })
  page.on('worker', (worker) => workers.push(worker.url()))
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  let dialog = await app.openFileInImport({
    name: 'kharkiv.pdf',
    mimeType: 'application/pdf',
    buffer: await storyPdf()
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('Kharkiv restores power after strikes')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle(
    'Engineers restored power to most of Kharkiv by the evening, the regional governor said.'
  )
  await expect(
    app.library.getByRole('button', { name: /Kharkiv restores power after strikes/ })
  ).toBeVisible()

  // A Word file written by the docx library: a heading, a footnote and a table.
  const docx = await writeDocx({
    blocks: [
      { heading: 1, text: 'Grain corridor reopens after talks' },
      {
        paragraph: 'Ships left Odesa on Tuesday for the first time in a month.',
        footnote: 'Port authority statement.'
      },
      {
        table: [
          ['Port', 'Ships'],
          ['Odesa', '12']
        ]
      },
      { paragraph: 'Traders expect prices to fall.' }
    ]
  })
  dialog = await app.openFileInImport({
    name: 'corridor.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from(docx)
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('Grain corridor reopens after talks')
  await expect(dialog.getByText('footnote 1: Port authority statement.')).toBeVisible()
  await expect(dialog.getByText('a table of 2 rows (Port · Ships)')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('Ships left Odesa on Tuesday for the first time in a month.')
  await expect(app.sentence(1)).toHaveText('Traders expect prices to fall.')
  await expect(app.library.getByRole('button', { name: /Grain corridor reopens after talks/ })).toBeVisible()

  expect(workers.some((url) => /format\.worker/.test(url))).toBe(true)
  expect(reports).toEqual([])
})

test('a locked PDF asks for its password, says when it is wrong, and imports with the right one', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dialog = await app.openFileInImport({
    name: 'locked.pdf',
    mimeType: 'application/pdf',
    buffer: await storyPdf('kursk')
  })
  const password = dialog.getByLabel('Password to open “locked.pdf”')
  await password.fill('moscow')
  await dialog.getByRole('button', { name: 'Open PDF' }).click()
  await expect(dialog.getByRole('alert')).toContainText('“locked.pdf”: that is not the password of this PDF.')
  await password.fill('kursk')
  await dialog.getByRole('button', { name: 'Open PDF' }).click()
  await expect(dialog.getByLabel('Title')).toHaveValue('Kharkiv restores power after strikes')
  await expect(dialog.getByRole('alert')).toBeHidden()
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await app.waitForArticle('Engineers restored power to most of Kharkiv by the evening')
})
