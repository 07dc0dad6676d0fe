// Correcting the segmentation in the reader: merge and split keep grades and links, and undo.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const LEDE = 'North Korean troops deployed to aid Russia’s offensive'
const STATEMENT = 'Colonel Oleksandr Kindratenko, a spokesperson'
const QUOTE = '“The presence of DPRK troops has not been observed'

test('merge two sentences, keep the grade and the link, undo; split at the caret, undo', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const total = await app.sentences().count()

  // Grade the statement and link Podolyak's confirmation to the quote that follows it.
  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await app.sentences().filter({ hasText: 'Mykhailo Podolyak also confirmed' }).click()
  await app.addLink('Supports', 'The presence of DPRK troops')

  await app.select(1)
  await app.inspector.getByRole('button', { name: 'Merge with next' }).click()
  await expect(app.sentences()).toHaveCount(total - 1)
  await expect(app.sentence(1)).toContainText(STATEMENT)
  await expect(app.sentence(1)).toContainText(QUOTE)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  // The link that pointed at the quote now points at the merged sentence.
  await expect(app.inspector.getByRole('list', { name: 'Evidence links' })).toContainText('Mykhailo Podolyak')

  await page.keyboard.press('Control+z')
  await expect(app.sentences()).toHaveCount(total)
  await expect(app.sentence(1)).not.toContainText(QUOTE)
  await expect(app.sentence(2)).toContainText(QUOTE)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await app.select(2)
  await expect(app.inspector.getByRole('list', { name: 'Evidence links' })).toContainText('Mykhailo Podolyak')

  // Split the statement before "stated that": both parts keep the grade (the second has no note).
  await app.select(1)
  const field = app.inspector.getByLabel('Sentence text')
  const words = await field.inputValue()
  const caret = words.indexOf('stated that')
  await field.evaluate((el, at) => {
    const area = el as unknown as { focus(): void; setSelectionRange(start: number, end: number): void }
    area.focus()
    area.setSelectionRange(at, at)
  }, caret)
  await app.inspector.getByRole('button', { name: 'Split at caret' }).click()
  await expect(app.sentences()).toHaveCount(total + 1)
  await expect(app.sentence(1)).toHaveText(words.slice(0, caret).trimEnd())
  await expect(app.sentence(2)).toHaveText(words.slice(caret))
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-2')
  await expect(app.sentence(2)).not.toHaveAttribute('data-graded', 'false')

  await page.getByRole('button', { name: 'Undo' }).click()
  await expect(app.sentences()).toHaveCount(total)
  await expect(app.sentence(1)).toHaveText(words)

  // Corrections are kept across a reload like everything else.
  await app.select(1)
  await app.inspector.getByRole('button', { name: 'Merge with next' }).click()
  await expect(app.sentences()).toHaveCount(total - 1)
  await page.reload()
  await app.waitForArticle(LEDE)
  await expect(app.sentences()).toHaveCount(total - 1)
})
