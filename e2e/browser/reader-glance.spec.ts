// The reader at a glance: filter an article to its contested sentences, follow a link into
// another article, and come back.
import { expect, test } from '@playwright/test'
import { ReaderGlancePage } from '../pages/reader-glance-page'
import { WorkbenchPage } from '../pages/workbench-page'

const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const RUSSIAN_CLAIM = 'the Russian military asserts'

test('filter the reader to contested, jump through a link to another article and back', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const glance = new ReaderGlancePage(page)
  await app.openOnSample()
  const total = await app.sentences().count()
  expect(await glance.count('Contested')).toBe(0)
  expect(await glance.count('Not graded')).toBeGreaterThan(0)

  // A report in another article that contradicts a claim of the sample.
  await app.importPasted(
    'Seoul: North Korean units pulled back',
    'South Korea’s National Intelligence Service said North Korean units had been pulled back from the front lines in Kursk. Seoul gave no figures.'
  )
  await app.waitForArticle('South Korea’s National Intelligence Service said')
  await app.select(0)
  await app.addLink('Contradicts', RUSSIAN_CLAIM, SAMPLE_TITLE)
  await expect(app.sentence(0)).toHaveAttribute('data-corroboration', 'contested')
  // Graded by key: the inspector's chip is coloured as the reader's, by reliability class.
  await page.keyboard.press('2')
  const chip = app.inspector.locator('[data-rating-chip]')
  await expect(chip).toHaveText('-2')
  await expect(chip).toHaveAttribute('data-reliability', 'unknown')
  const background = (l: typeof chip) => l.evaluate((e) => getComputedStyle(e).backgroundColor)
  expect(await background(chip)).toBe(
    await background(
      page.getByRole('listbox', { name: 'Article sentences' }).locator('[data-reliability="unknown"]')
    )
  )

  await app.library.getByRole('button', { name: new RegExp(SAMPLE_TITLE.slice(0, 30)) }).click()
  await app.waitForArticle('North Korean troops deployed')
  const claim = app.sentences().filter({ hasText: RUSSIAN_CLAIM })
  await expect(claim).toHaveAttribute('data-corroboration', 'contested')
  expect(await glance.count('Contested')).toBe(1)

  // Filtered: every other sentence is dimmed, then hidden; j goes straight to the contested one.
  await glance.filterTo('Contested')
  await expect(app.sentence(3)).toHaveAttribute('data-outside', 'true')
  await expect(claim).not.toHaveAttribute('data-outside', 'true')
  await glance.hideOthers()
  await expect(app.sentences().filter({ visible: true })).toHaveCount(2) // the selection stays
  await page.keyboard.press('j')
  await expect(claim).toHaveAttribute('data-selected', 'true')
  await expect(app.sentences().filter({ visible: true })).toHaveCount(1)
  await page.keyboard.press('j')
  await expect(claim).toHaveAttribute('data-selected', 'true') // nothing shown after it
  await expect(app.sentences()).toHaveCount(total)

  // The link is near the top of the inspector, above the claim type and the note.
  const evidence = app.inspector.getByRole('list', { name: 'Evidence links' })
  const link = evidence.getByRole('button', { name: /Seoul: North Korean units pulled back/ })
  await expect(link).toBeVisible()
  const linkTop = (await link.boundingBox())!.y
  expect(linkTop).toBeLessThan((await app.inspector.getByLabel('Claim type').boundingBox())!.y)
  expect(linkTop).toBeLessThan((await app.inspector.getByLabel('Note').boundingBox())!.y)

  // Jump to the other article, and back.
  await expect(glance.back).toBeHidden()
  await link.click()
  await app.waitForArticle('South Korea’s National Intelligence Service said')
  await expect(app.selected()).toContainText('South Korea’s National Intelligence Service said')
  await expect(glance.back).toBeVisible()

  await page.keyboard.press('Backspace')
  await app.waitForArticle('North Korean troops deployed')
  await expect(claim).toHaveAttribute('data-selected', 'true')
  await expect(glance.back).toBeHidden()

  // Once more by the button, then clear the filter: the whole article is back.
  await evidence.getByRole('button', { name: /Seoul: North Korean units pulled back/ }).click()
  await app.waitForArticle('South Korea’s National Intelligence Service said')
  await glance.back.click()
  await expect(claim).toHaveAttribute('data-selected', 'true')
  await glance.clear()
  await expect(app.sentences().filter({ visible: true })).toHaveCount(total)
})
