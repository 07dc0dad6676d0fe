// Undo in one window after another window changed the same grade is refused, and says why;
// the undo list of a window outlives a reload of it.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('undo after another window changed the same grade is refused with a message', async ({ context }) => {
  const a = new WorkbenchPage(await context.newPage())
  await a.openOnSample()
  await a.select(1)
  await a.page.keyboard.press('3')
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-3')

  const b = new WorkbenchPage(await context.newPage())
  await b.openOnSample()
  await b.select(1)
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-3')
  await b.page.keyboard.press('6')
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-6')

  await a.page.bringToFront()
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-6')
  await a.page.keyboard.press('Control+z')
  const refusal = a.page.getByRole('dialog', { name: 'Undo refused' })
  await expect(refusal).toContainText(
    'Cannot undo “Grade sentence 2”: the grade of sentence 2 (“Colonel Oleksandr'
  )
  await expect(refusal).toContainText('was changed after this action (perhaps in another window)')
  await refusal.getByRole('button', { name: 'OK' }).click()
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-6')
  await b.page.reload()
  await b.waitForArticle('North Korean troops')
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-6')
})

test('Ctrl+Z after a reload still undoes the last grade', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(2)
  await page.keyboard.press('4')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-4')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '')
  await page.keyboard.press('Control+Shift+z')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-4')
})
