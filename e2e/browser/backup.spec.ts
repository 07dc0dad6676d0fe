// Backing up the library and restoring it: the grades come back; a damaged file changes nothing.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('back up, delete, restore: the article comes back with its grade', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('a')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await page.getByRole('button', { name: 'Library ▾' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Back up workspace' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^sourcemark-backup-\d{4}-\d{2}-\d{2}\.json$/)
  const backup = await readFile((await file.path())!)

  await page.getByRole('button', { name: 'Delete article' }).click()
  await page
    .getByRole('dialog', { name: 'Delete article' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  await expect(page.getByText('The library is empty. Import an article to begin.')).toBeVisible()

  await page.getByRole('button', { name: 'Library ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Restore backup…' }).click()
  await (await chooser).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup })
  const dialog = page.getByRole('dialog', { name: 'Restore backup' })
  await expect(dialog.getByTestId('restore-plan')).toContainText('1 article to add')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(dialog).toBeHidden()

  await app.library.getByRole('button', { name: /North Korean troops withdraw/ }).click()
  await app.waitForArticle('North Korean troops deployed')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await app.select(1)
  await expect(app.inspector.getByLabel('Source', { exact: true })).toHaveValue('Oleksandr Kindratenko')
})

test('a damaged backup is refused by name and the library stays as it was', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await page.getByRole('button', { name: 'Library ▾' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('menuitem', { name: 'Restore backup…' }).click()
  await (
    await chooser
  ).setFiles({
    name: 'team.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{ "format": "sourcemark-backup", "version": 1, "articles": [')
  })
  const dialog = page.getByRole('dialog', { name: 'Restore backup' })
  await expect(dialog.getByRole('alert')).toContainText('“team.json” is not valid JSON: it ends too soon')
  await expect(dialog).toContainText('The library is as it was.')
  await page.keyboard.press('Escape')
  await expect(app.library.getByRole('button')).toHaveCount(1)
})
