// Merging two graded sentences asks whose grade to keep; the other's note is kept too.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('merge with next asks which grade to keep, appends the other note, and undoes as one', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const total = await app.sentences().count()
  await app.select(1)
  await page.keyboard.press('2')
  await app.setNote('The spokesperson’s statement.')
  await app.select(2)
  await page.keyboard.press('5')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-5')

  await app.select(1)
  await app.inspector.getByRole('button', { name: 'Merge with next' }).click()
  const question = page.getByRole('dialog', { name: 'Merge two graded sentences' })
  await expect(question).toContainText('Sentences 2 and 3 are both graded.')
  await expect(question).toContainText('Sentence 2: -2 · no source · note “The spokesperson’s statement.”')
  await expect(question).toContainText('Sentence 3: -5 · no source')

  // Cancel merges nothing.
  await question.getByRole('button', { name: 'Cancel' }).click()
  await expect(question).toBeHidden()
  await expect(app.sentences()).toHaveCount(total)

  await app.inspector.getByRole('button', { name: 'Merge with next' }).click()
  await question.getByRole('button', { name: 'Keep sentence 3’s grade' }).click()
  await expect(app.sentences()).toHaveCount(total - 1)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-5')
  await expect(app.inspector.getByLabel('Note')).toHaveValue('The spokesperson’s statement.')

  await page.keyboard.press('Control+z')
  await expect(app.sentences()).toHaveCount(total)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-5')
})
