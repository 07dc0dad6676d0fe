// Importing a text file: its bytes are decoded, the text is segmented in a Web Worker off the
// UI thread, and the article opens; a file the app cannot read is refused by name.
import { expect, test, type Worker } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const PARAGRAPH = [
  'KYIV, Ukraine (AP) — Russian forces launched 96 drones overnight, the Ukrainian Air Force said on Tuesday.',
  'Lt. Gen. Serhii Nayev told reporters at 9:30 a.m. that air defences downed 71 of them.',
  '“We expect more attacks this week,” he said. “Our crews are ready.”'
].join(' ')

test('a large text file is segmented in a worker and opens in the reader', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  const paragraphs = 600
  const text = `Drone attacks continue\n${Array.from({ length: paragraphs }, () => PARAGRAPH).join('\n\n')}\n`

  const dialog = await app.openFileInImport({
    name: 'drone-attacks_tuesday.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text)
  })
  await expect(dialog.getByLabel('Title')).toHaveValue('drone attacks tuesday')
  // Too long to show in the form: it is summarised instead of slowing the dialog down.
  await expect(dialog.getByText('Text from “drone-attacks_tuesday.txt”')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()

  await app.waitForArticle('Drone attacks continue')
  // 1 headline + 4 sentences in each paragraph; a text this long is not all in the page at once.
  const total = 1 + 4 * paragraphs
  await expect(app.library.getByRole('button', { name: /drone attacks tuesday/ })).toContainText(
    `${total.toLocaleString('en')} sentences`
  )
  expect(await app.sentences().count()).toBeLessThan(300)
  await page.keyboard.press('End')
  await expect(app.selected()).toHaveAttribute('data-sentence-index', String(total - 1))
  await expect(app.selected()).toBeInViewport()
  await expect(app.selected()).toHaveText('“Our crews are ready.”')
  await page.keyboard.press('3')
  await expect(app.selected()).toHaveAttribute('data-rating', '-3')
  await page.keyboard.press('Home')
  await expect(app.sentence(0)).toBeInViewport()
  await expect(app.sentence(1)).toHaveText(
    'KYIV, Ukraine (AP) — Russian forces launched 96 drones overnight, the Ukrainian Air Force said on Tuesday.'
  )
  await expect(app.sentence(2)).toHaveText(
    'Lt. Gen. Serhii Nayev told reporters at 9:30 a.m. that air defences downed 71 of them.'
  )
  // The import worker, started for the sample at first run and kept for every import, did it.
  expect(page.workers().some((worker) => /segment/.test(worker.url()))).toBe(true)
  await expect(page.getByRole('status')).toContainText(
    `Imported “drone attacks tuesday”: ${(1 + 4 * paragraphs).toLocaleString('en')} sentences.`
  )
})

test('a file that is not plain text is refused by name and nothing is imported', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dialog = await app.openFileInImport({
    name: 'scan.png',
    mimeType: 'image/png',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47])
  })
  await expect(dialog.getByRole('alert')).toContainText(
    '“scan.png”: only plain text (.txt), Markdown (.md), saved web pages (.html), PDF (.pdf), Word (.docx) and Sourcemark backups (.json) can be read here.'
  )
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(1)
})

test('a text file dropped on the window opens the import dialog with it loaded', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const text =
    'Grid repairs continue\nEngineers restored power to 80% of Kharkiv by 6 p.m., the regional governor said.'
  const transfer = await page.evaluateHandle((content) => {
    const data = new DataTransfer()
    data.items.add(new File([content], 'kharkiv_grid.txt', { type: 'text/plain' }))
    return data
  }, text)
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
  await expect(
    page.getByText('Drop articles to import (text, Markdown, saved page, PDF, Word) or a backup to restore')
  ).toBeVisible()
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })

  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await expect(dialog.getByLabel('Title')).toHaveValue('kharkiv grid')
  await expect(dialog.getByLabel('Article text')).toHaveValue(text)
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await app.waitForArticle('Grid repairs continue')
  await expect(app.sentences()).toHaveCount(2)
})

test('a saved web page is reduced to its article, with its details, and never rendered', async ({ page }) => {
  // Read in the file reader's worker, under the app's Content-Security-Policy.
  const cspReports: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspReports.push(message.text())
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dialog = await app.openFileInImport(new URL('../fixtures/kyiv-grid.html', import.meta.url).pathname)

  await expect(dialog.getByLabel('Title')).toHaveValue('Russian strikes hit Ukraine’s power grid overnight')
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Example Independent')
  await expect(dialog.getByLabel('Author')).toHaveValue('Olena Harmash')
  await expect(dialog.getByLabel('Published')).toHaveValue('2025-01-15')
  await expect(dialog.getByLabel('Article text')).not.toHaveValue(/Subscribe|VPN|trackingPixel/)
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()

  // The headline is the title; the text is the article body, byline first.
  await app.waitForArticle('By Olena Harmash')
  await expect(app.sentence(1)).toHaveText(
    'Russian missiles and drones struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Wednesday.'
  )
  await expect(page.getByTestId('article-byline')).toHaveText(
    'Example Independent · Olena Harmash · 2025-01-15 · https://example-independent.test/news/russian-strikes-power-grid · Imported from kyiv-grid.html'
  )
  await expect(page.locator('[data-kind="heading"]').filter({ hasText: 'Air defence' })).toHaveCount(1)
  // A list item is a line of its own words: no bullet is put in front of them, and it is read as
  // a list item to grade, not as a heading.
  await expect(
    page.locator('[data-kind="list-item"]').filter({ hasText: /^Kyiv: 3 substations damaged$/ })
  ).toHaveCount(1)
  await expect(app.sentences().filter({ hasText: /•/ })).toHaveCount(0)
  // The page's own script never ran: the title is still Sourcemark's.
  await expect(page).toHaveTitle('Sourcemark')
  expect(cspReports).toEqual([])
})

test('a saved page nested 50,000 levels deep is refused by name, its reader ended, nothing imported', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const levels = 50_000
  const html =
    '<!doctype html><html><head><title>Report</title></head><body>' +
    `${'<div>'.repeat(levels)}<p>The report says the grid held.</p>${'</div>'.repeat(levels)}</body></html>`
  const started: string[] = []
  page.on('worker', (worker) => started.push(worker.url()))
  const dialog = await app.openFileInImport({
    name: 'report.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html)
  })
  await expect(dialog.getByRole('alert')).toContainText(
    '“report.html” is nested too deeply to read (50,003 levels of elements;'
  )
  // The page was read in the file reader's worker, started when the dialog opened, which answered
  // and is kept for the next read.
  expect(started.filter((url) => /format\.worker/.test(url))).toHaveLength(1)
  expect(page.workers().filter((worker) => /format\.worker/.test(worker.url()))).toHaveLength(1)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(1)
})

test('Stop reading ends the worker reading a saved page, and nothing is imported', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  // 40 branches 505 levels deep: read, but Readability works on it far longer than a click takes,
  // also in a reader worker already started and warm.
  const levels = 505
  const branch = `${'<div>'.repeat(levels)}<p>The report says the grid held.</p>${'</div>'.repeat(levels)}`
  const html =
    '<!doctype html><html><head><title>Slow page</title></head><body>' + `${branch.repeat(40)}</body></html>`
  const readers: Worker[] = []
  page.on('worker', (worker) => {
    if (/format\.worker/.test(worker.url())) readers.push(worker)
  })
  const dialog = await app.openFileInImport({
    name: 'slow.html',
    mimeType: 'text/html',
    buffer: Buffer.from(html)
  })
  await expect(dialog.getByText('Reading “slow.html”…')).toBeVisible()
  expect(readers).toHaveLength(1)
  const ended = new Promise<void>((resolve) => readers[0]!.on('close', () => resolve()))
  await dialog.getByRole('button', { name: 'Stop reading' }).click()
  await ended
  await expect(dialog.getByText(/Reading “slow\.html”/)).toBeHidden()
  await expect(dialog.getByLabel('Title')).toHaveValue('')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(1)
})
