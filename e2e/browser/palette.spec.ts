// The command palette: Ctrl+K to a sentence of another article, found by its words without their
// diacritics; a command run from it, shown with its key; and Ctrl+K is not the reader's K.
import { readFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { PalettePage } from '../pages/palette-page'
import { RegistryPage } from '../pages/registry-page'
import { SAMPLE_LEDE, WorkbenchPage } from '../pages/workbench-page'

const [KYIV_TITLE, ...KYIV_LINES] = readFileSync(
  new URL('../fixtures/kyiv-blackout.txt', import.meta.url),
  'utf8'
)
  .trim()
  .split('\n')
const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const KINDRATENKO = 'Colonel Oleksandr Kindratenko, a spokesperson for Ukraine’s Special Operations Forces'

test('Ctrl+K finds a sentence of another article by its words and opens it, selected', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const palette = new PalettePage(page)
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  await app.openOnSample()
  await app.importPasted(KYIV_TITLE!, KYIV_LINES.join('\n'))
  await app.waitForArticle(KYIV_LINES[0]!.slice(0, 40))

  // Ctrl+K is the palette's, not the reader's Shift+K: no judgment is started by it.
  await palette.open()
  await page.keyboard.press('Escape')
  await palette.expectClosed()
  await expect(page.getByRole('status')).not.toContainText('Judgment started')
  await expect(page.locator('[data-judgments]')).toHaveCount(0)

  await palette.open('kindratenk spokesperson')
  const hit = palette.result('Sentences', 'Special Operations Forces')
  await expect(hit).toHaveCount(1)
  // The words found are marked, and the sentence's article is named.
  await expect(hit.locator('mark')).toHaveText(['Kindratenko', 'spokesperson'])
  await expect(hit).toContainText(SAMPLE_TITLE)
  await hit.click()
  await palette.expectClosed()

  await app.waitForArticle(SAMPLE_LEDE)
  await expect(app.selected()).toContainText(KINDRATENKO)
  await expect(app.inspector).toContainText(KINDRATENKO)
  // The index was built and searched off the page's thread, under the app's CSP.
  expect(workers.some((url) => url.includes('search.worker'))).toBe(true)
})

test('the palette finds words typed without their diacritics, and articles by title', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const palette = new PalettePage(page)
  await app.openOnSample()
  await app.importPasted(
    'Port of Gdańsk',
    'Dockers in Gdańsk went on strike on Monday. The port authority said ships were waiting.'
  )
  await app.waitForArticle('Dockers in Gdańsk')

  await palette.open('gdansk')
  await expect(palette.result('Articles', 'Port of Gdańsk')).toBeVisible()
  await expect(palette.result('Sentences', 'Dockers in')).toHaveCount(1)
  await expect(palette.result('Sentences', 'Dockers in').locator('mark')).toHaveText(['Gdańsk'])
  // A letter left out is still found.
  await palette.search.fill('kursk regin')
  await expect(palette.result('Sentences', /stationed in the Kursk region/)).toHaveCount(1)
  await palette.result('Articles', 'Port of Gdańsk').waitFor({ state: 'detached' })
  await palette.search.fill(SAMPLE_TITLE.split(' ').slice(0, 3).join(' ').toLowerCase())
  await palette.result('Articles', SAMPLE_TITLE).click()
  await app.waitForArticle(SAMPLE_LEDE)
})

test('a command runs from the palette, shown with its key, and undo is one too', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const palette = new PalettePage(page)
  await app.openOnSample()
  await app.select(2)
  // From a field too: the note has the focus.
  await page.keyboard.press('e')
  await expect(app.inspector.getByLabel('Note')).toBeFocused()

  await palette.open('credibility 3')
  const command = palette.result('Commands', 'Credibility of the information: 3')
  await expect(command.locator('kbd')).toHaveText(['3'])
  await page.keyboard.press('Enter')
  await palette.expectClosed()
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-3')

  await palette.open('next sentence')
  await expect(palette.result('Commands', 'Next sentence').first().locator('kbd')).toHaveText(['j', '↓'])
  await palette.result('Commands', /^Next sentencej/).click()
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '3')

  await palette.open('undo')
  await expect(palette.result('Commands', 'Undo').locator('kbd')).toHaveText(['Ctrl/⌘', 'Z'])
  await page.keyboard.press('Enter')
  await expect(app.sentence(2)).not.toHaveAttribute('data-rating', '-3')
})

test('the link picker searches the same index: words misspelt or out of order are found', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  const target = app.inspector.getByLabel('Linked sentence', { exact: true })
  await target.click()
  await target.fill('confirmed Podoljak')
  // The picker's options are numbered; the reader's sentences are options too, unnumbered.
  const option = page.getByRole('option', { name: /^4\. Ukrainian presidential adviser Mykhailo Podolyak/ })
  await expect(option).toHaveCount(1)
  await expect(page.getByRole('option', { name: /^\d+\. / })).toHaveCount(1)
  await option.click()
  await app.inspector.getByRole('button', { name: 'Add link' }).click()
  await expect(app.inspector.getByRole('list', { name: 'Evidence links' })).toContainText(
    'Mykhailo Podolyak also confirmed'
  )
})

test('a source found in the palette opens in the source registry, at its entry', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const palette = new PalettePage(page)
  const registry = new RegistryPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Ukrainian Special Operations Forces')

  await palette.open('special operations')
  const source = palette.result('Sources', 'Ukrainian Special Operations Forces')
  await expect(source).toHaveCount(1)
  await source.click()
  await palette.expectClosed()
  await expect(registry.details('Ukrainian Special Operations Forces')).toBeVisible()
})
