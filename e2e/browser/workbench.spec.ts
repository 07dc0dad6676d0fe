// The analyst's whole path in the browser shell: sample on first run, grade, reload, export.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const FIRST_WORDS = 'North Korean troops deployed to aid Russia’s offensive'

test('first run opens the bundled sample, split the way an editor would', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(page.locator('[data-kind="heading"]')).toHaveText([
    'North Korea’s Military Losses in Russia',
    'Conflicting Reports on Kursk Region',
    'Sweden Sends Largest Defense Package to Ukraine'
  ])
  const quote = app.sentences().filter({ hasText: 'We deeply appreciate' })
  await expect(quote).toHaveCount(1)
  await expect(quote).not.toContainText('Peace through strength')
  await expect(
    app.sentences().filter({ hasText: /^Peace through strength can be achieved\.”$/ })
  ).toHaveCount(1)
  const count = await app.sentences().count()
  await expect(app.library).toContainText(`${count} sentences · 0 graded`)
  await expect(app.sentence(0)).toHaveAttribute('data-rating', '')
  await expect(app.sentence(0)).toHaveAttribute('data-corroboration', 'uncorroborated')

  // The sample is imported once: a reload does not add it again.
  await page.reload()
  await app.waitForArticle(FIRST_WORDS)
  await expect(app.library.getByRole('button')).toHaveCount(1)
})

test('grade three sentences with keys and the inspector, keep them across a reload, export Markdown', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  // Sentence 1: Kindratenko's statement; the source is created on the spot.
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  // j moves on to his direct quote: same source, credibility by key.
  await page.keyboard.press('j')
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '2')
  await app.setSource('Oleksandr Kindratenko')
  await page.keyboard.press('3')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B3')

  // The quote repeats the statement from the same man: support from him is circular, not corroboration.
  await app.addLink('Supports', 'Colonel Oleksandr Kindratenko')
  await expect(app.sentence(2)).toHaveAttribute('data-corroboration', 'circular')
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'circular')

  // k goes back, and a later sentence is graded entirely in the inspector.
  await page.keyboard.press('k')
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '1')
  const isw = app.sentences().filter({ hasText: 'as reported by the Institute for the Study of War' })
  await isw.click()
  await app.setSource('Institute for the Study of War')
  await app.setReliability('A')
  await app.setCredibility(3)
  await app.startJudgment()
  await app.setNote('ISW map analysis, dated January 26.')
  await expect(isw).toHaveAttribute('data-rating', 'A3')
  const count = await app.sentences().count()
  await expect(app.library).toContainText(`${count} sentences · 3 graded`)

  await page.reload()
  await app.waitForArticle(FIRST_WORDS)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B3')
  await expect(isw).toHaveAttribute('data-rating', 'A3')
  await expect(app.sentence(2)).toHaveAttribute('data-corroboration', 'circular')
  await isw.click()
  await expect(app.inspector.getByLabel('Note')).toHaveValue('ISW map analysis, dated January 26.')
  await expect(app.citingJudgments()).toHaveCount(1)
  await expect(app.citingJudgments()).toContainText('as reported by the Institute for the Study of War')

  await app.openExport()
  const downloadPromise = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toMatch(/\.md$/)
  const markdown = await readFile((await download.path())!, 'utf8')

  expect(markdown).toMatch(/^# Brief: North Korean troops withdraw from Kursk/m)
  expect(markdown).toContain('[B2]')
  expect(markdown).toContain('[B3]')
  expect(markdown).toContain('[A3]')
  expect(markdown).toMatch(/Key judgments[\s\S]*Institute for the Study of War/)
  expect(markdown).toMatch(
    /\| *Oleksandr Kindratenko *\|.*B — Usually reliable|Oleksandr Kindratenko[^\n]*Usually reliable/
  )
  for (const label of [
    'Completely reliable',
    'Usually reliable',
    'Fairly reliable',
    'Not usually reliable',
    'Unreliable',
    'Reliability cannot be judged',
    'Confirmed by other sources',
    'Probably true',
    'Possibly true',
    'Doubtful',
    'Improbable',
    'Truth cannot be judged'
  ]) {
    expect(markdown).toContain(label)
  }
})

test('a pasted article appears in the library and opens; an empty one is refused by name', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByLabel('Title').fill('Nothing here')
  await dialog.getByLabel('Article text').fill('   ')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Article text: there is no text to import.')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(1)

  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await dialog.getByLabel('Title').fill('Grid strikes')
  await dialog
    .getByLabel('Article text')
    .fill(
      'Kyiv says Russian strikes hit power grid\nRussian missiles struck energy facilities overnight, Ukraine’s energy ministry said. Lt. Gen. Ivan Petrenko, the regional commander, called it “the heaviest attack this winter.”'
    )
  await dialog.getByLabel('Outlet').fill('Kyiv Independent')
  await dialog.getByLabel('URL').fill('ftp://example.org/grid')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog.getByRole('alert')).toContainText('URL: “ftp://example.org/grid” is not a web address')
  await dialog.getByLabel('URL').fill('https://kyivindependent.com/grid')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('Kyiv says Russian strikes hit power grid')
  await expect(app.sentences()).toHaveCount(3)
  await expect(app.library.getByRole('button')).toHaveCount(2)
  await expect(app.library.getByRole('button', { name: /Grid strikes/ })).toHaveAttribute(
    'aria-current',
    'page'
  )
})

test('deleting an article asks first, and undo brings it back with its grades', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')

  await page.getByRole('button', { name: 'Delete article' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete article' })
  await expect(confirm).toContainText('its 1 graded sentence and every evidence link')
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(app.library).toHaveCount(0)
  await expect(page.getByText('The library is empty. Import an article to begin.')).toBeVisible()
  await expect(app.sentences()).toHaveCount(0)

  await page.getByRole('button', { name: 'Undo' }).click()
  await app.library.getByRole('button', { name: /North Korean troops withdraw/ }).click()
  await app.waitForArticle(FIRST_WORDS)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')

  // The sample does not come back on its own after a delete: the analyst's library is theirs.
  await page.getByRole('button', { name: 'Delete article' }).click()
  await page
    .getByRole('dialog', { name: 'Delete article' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  await expect(app.sentences()).toHaveCount(0)
  await page.reload()
  await expect(page.getByText('The library is empty. Import an article to begin.')).toBeVisible()
})

test('a sentence with a long unbroken token wraps inside the reader and can be clicked', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const token = `sha256:${'9f86d081884c7d659a2feaa0c55ad015'.repeat(6)}`
  await app.importPasted(
    'Leaked hash',
    `The file's hash was ${token} according to the leak. Nothing else was said.`
  )
  await app.waitForArticle('The file')
  const reader = page.getByRole('listbox', { name: 'Article sentences' })
  const [readerBox, sentenceBox] = [await reader.boundingBox(), await app.sentence(0).boundingBox()]
  expect(sentenceBox!.x + sentenceBox!.width).toBeLessThanOrEqual(readerBox!.x + readerBox!.width)
  await app.sentence(0).click()
  await expect(app.sentence(0)).toHaveAttribute('data-selected', 'true')
})
