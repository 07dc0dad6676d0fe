// The PDF brief in the browser shell: "PDF" opens the print view of the brief, the same HTML the
// desktop prints to PDF. Rendered to a real PDF here and read back with pdftotext.
import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'
import { pdfFolder, printToPdf, squeeze } from '../printed-pdf'

test('the PDF brief carries the title, ratings, sources with their labels and the legend', async ({
  page,
  context
}) => {
  // A print the sandbox stops is only reported on the console, or thrown in the page.
  const blocked: string[] = []
  page.on('console', (message) => {
    if (/print\(\)|Content Security Policy/i.test(message.text())) blocked.push(message.text())
  })
  page.on('pageerror', (error) => blocked.push(error.message))
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await app.startJudgment()
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByLabel('Analyst').fill('R. Okafor')
  await dialog.getByLabel('Handling').fill('UNCLASSIFIED // FOR TRAINING')
  await dialog.getByLabel('Bottom line up front').fill('North Korean units have likely left the Kursk front.')
  await page.getByRole('button', { name: 'PDF' }).click()
  const printView = page.frameLocator('#sourcemark-print-view')
  await expect(printView.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)
  // The print view lays the brief out as wide as the paper's text, not a character to a line.
  const width = await printView.locator('h1').evaluate((h) => h.getBoundingClientRect().width)
  expect(width).toBeGreaterThan(600)
  const html = await page
    .locator('#sourcemark-print-view')
    .evaluate((frame) => (frame as unknown as { srcdoc: string }).srcdoc)
  expect(html).not.toMatch(/<script/i)
  // Sandboxed: nothing in the brief can run, and the print dialog was still opened on it.
  const sandbox = await page.locator('#sourcemark-print-view').getAttribute('sandbox')
  expect(sandbox?.split(/\s+/).sort()).toEqual(['allow-modals', 'allow-same-origin'])
  // window.print() cannot tell a saved PDF from a cancelled dialog: the app claims neither.
  await expect(app.exportStatus()).toContainText('The print dialog was closed.')
  await expect(app.exportStatus()).not.toContainText(/exported/i)
  expect(blocked).toEqual([])

  const printer = await context.newPage()
  await printer.setContent(html)
  const dir = pdfFolder()
  const file = join(dir, 'brief.pdf')
  writeFileSync(file, await printer.pdf({ format: 'A4', printBackground: true }))
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
  expect(text).toContain('Brief: North Korean troops withdraw from Kursk')
  expect(text).toContain('Analyst: R. Okafor')
  expect(text).toContain('North Korean units have likely left the Kursk front.')
  // The handling line and the page number stand on every page, not only at the ends.
  const pages = text.split('\f').filter((p) => p.trim())
  expect(pages.length).toBeGreaterThan(1)
  pages.forEach((p, i) => {
    expect(p).toContain('UNCLASSIFIED // FOR TRAINING')
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`)
  })
  expect(text).toContain('Key judgments')
  expect(text).toMatch(/Oleksandr Kindratenko.*B — Usually reliable/)
  expect(text).toContain('[B2]')
  for (const label of [
    'Completely reliable',
    'Reliability cannot be judged',
    'Confirmed by other sources',
    'Truth cannot be judged'
  ]) {
    expect(text).toContain(label)
  }
})

test('hostile text in the article is printed as text, never as markup', async ({ page, context }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.importPasted(
    'Injected <b>markup</b>',
    [
      'Officials said <img src=x onerror="document.title=1"> was posted.',
      'A <script>alert(1)</script> followed.',
      'Read [the order](javascript:alert(1)) and **this** `note` now.'
    ].join(' ')
  )
  await app.openExport()
  await page.getByRole('button', { name: 'PDF' }).click()
  const printView = page.frameLocator('#sourcemark-print-view')
  await expect(printView.locator('h1')).toContainText('Injected <b>markup</b>')
  await expect(printView.locator('img')).toHaveCount(0)
  await expect(printView.locator('script')).toHaveCount(0)
  await expect(printView.locator('a[href^="javascript"]')).toHaveCount(0)
  await expect(printView.locator('body')).toContainText('<img src=x onerror="document.title=1">')

  // On paper, every one of them as the words typed.
  await expect(app.exportStatus()).toContainText('The print dialog was closed.')
  const html = await page.locator('#sourcemark-print-view').evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  const pdf = (await printToPdf(await context.newPage(), html)).squeezedPages.join('')
  for (const typed of [
    'Injected <b>markup</b>',
    'Officials said <img src=x onerror="document.title=1"> was posted.',
    'A <script>alert(1)</script> followed.',
    'Read [the order](javascript:alert(1)) and **this** `note` now.'
  ])
    expect(pdf).toContain(squeeze(typed))
})
