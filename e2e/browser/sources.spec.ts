// The source registry: the picker never concatenates names or creates a source by accident,
// new sources are not graded until the analyst says, and two sources can be merged, then undone.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('s on an attributed sentence replaces its source by the name typed, never appends to it', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const zelenskyy = app.sentences().filter({ hasText: 'Zelenskyy expressed gratitude' })
  await zelenskyy.click()
  await app.setSource('Volodymyr Zelenskyy')
  await page.keyboard.press('Shift+B')
  await expect(zelenskyy).toHaveAttribute('data-rating', 'B-')

  // A new source has no reliability until graded: ? with a hint, never F.
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '?-')
  await expect(app.sentence(1)).toHaveAttribute('aria-description', /source not graded yet/)
  await expect(app.inspector.getByTitle('source not graded yet')).toHaveText('?-')

  await page.keyboard.press('s')
  await expect(app.sourceField()).toBeFocused()
  await expect(app.sourceField()).toHaveValue('')
  await page.keyboard.type('Volodymyr Zelenskyy')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).not.toBeFocused()
  await expect(app.sourceField()).toHaveValue('Volodymyr Zelenskyy')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B-')

  // The registry holds the two names, and no concatenation of them.
  await app.sourceField().click()
  await expect(app.dropdownOption(/^Volodymyr Zelenskyy \(B\)$/)).toHaveCount(1)
  await expect(app.dropdownOption(/^Oleksandr Kindratenko \(not graded\)$/)).toHaveCount(1)
  await expect(app.dropdownOption(/Zelenskyy.*Zelenskyy|Kindratenko.*Zelenskyy/)).toHaveCount(0)
  await page.keyboard.press('Escape')
  await app.sourceField().blur()

  // Enter finds a known name whatever its case.
  await app.select(2)
  await page.keyboard.press('s')
  await page.keyboard.type('oleksandr kindratenko')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toHaveValue('Oleksandr Kindratenko')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '?-')

  // A new name and Enter create nothing: the analyst must choose the Create option.
  await app.select(3)
  await page.keyboard.press('s')
  await page.keyboard.type('Mykhailo Podolyak')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toBeFocused()
  await expect(app.inspector.getByText('New name: choose “Create source”')).toBeVisible()
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(app.sourceField()).toHaveValue('Mykhailo Podolyak')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '?-')
})

test('merging a source moves its sentences to the other, and undo moves them back', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const gratitude = app.sentences().filter({ hasText: 'Zelenskyy expressed gratitude' })
  const wrote = app.sentences().filter({ hasText: 'Sharing details on X' })
  await gratitude.click()
  await app.setSource('Volodymyr Zelenskyy')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await wrote.click()
  await app.setSource('Zelensky')
  await page.keyboard.press('3')
  await expect(wrote).toHaveAttribute('data-rating', '?3')

  // The twin is cited, so it cannot be deleted; it can be merged.
  let dialog = await app.openEditSource()
  await expect(dialog.getByRole('button', { name: 'Delete source' })).toBeDisabled()
  await expect(dialog).toContainText('Cannot be deleted: cited by 1 sentence in 1 article.')
  await dialog.getByRole('button', { name: 'Merge into…' }).click()
  await dialog.getByRole('combobox', { name: 'Merge into' }).click()
  await app.dropdownOption('Volodymyr Zelenskyy').click()
  await expect(dialog).toContainText(
    '1 sentence in 1 article will be attributed to “Volodymyr Zelenskyy”. “Zelensky” becomes another name of “Volodymyr Zelenskyy”'
  )
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(wrote).toHaveAttribute('data-rating', 'B3')
  await expect(app.sourceField()).toHaveValue('Volodymyr Zelenskyy')
  dialog = await app.openEditSource()
  await expect(dialog.getByText('Zelensky', { exact: true })).toBeVisible()
  await dialog.getByRole('button', { name: 'Cancel' }).first().click()

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Undone: Merge sources')
  await expect(wrote).toHaveAttribute('data-rating', '?3')
  await expect(app.sourceField()).toHaveValue('Zelensky')
  await expect(gratitude).toHaveAttribute('data-rating', 'B2')
})

test('an article’s details are corrected after import, checked like an import, and undone', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const byline = page.getByTestId('article-byline')
  await expect(byline).toHaveText('Bundled sample')

  const dialog = await app.openEditArticle()
  await dialog.getByLabel('Title').fill('North Korean troops leave Kursk')
  await dialog.getByLabel('Outlet').fill('Kyiv Post')
  await dialog.getByLabel('Author').fill('Kyiv Post staff')
  await dialog.getByLabel('Published').fill('2025-01-31')
  await dialog.getByLabel('URL').fill('kyivpost.com/post/46121')
  await dialog.getByRole('button', { name: 'Save details' }).click()
  // Refused like an import, naming the field; nothing is saved.
  await expect(dialog.getByRole('alert')).toContainText(
    'URL: “kyivpost.com/post/46121” is not a web address (http:// or https://).'
  )
  await expect(byline).toHaveText('Bundled sample')

  await dialog.getByLabel('URL').fill('https://www.kyivpost.com/post/46121')
  await dialog.getByRole('button', { name: 'Save details' }).click()
  await expect(dialog).toBeHidden()
  await expect(byline).toHaveText(
    'Kyiv Post · Kyiv Post staff · 2025-01-31 · https://www.kyivpost.com/post/46121 · Bundled sample'
  )
  await expect(page.getByRole('heading', { name: 'North Korean troops leave Kursk' })).toBeVisible()
  await expect(app.library).toContainText('North Korean troops leave Kursk')

  // The brief shows the new details.
  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain(
    '**North Korean troops leave Kursk** — Kyiv Post, by Kyiv Post staff, published 31 January 2025.'
  )
  await page.keyboard.press('Escape')

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Undone: Edit article details')
  await expect(byline).toHaveText('Bundled sample')
  await expect(app.library).not.toContainText('North Korean troops leave Kursk')
})

test('a source no sentence cites any more is deleted from the registry, and undo brings it back', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Kindratenko')
  // The analyst corrects the name by picking another source: the first one is cited by nothing now.
  await app.setSource('Oleksandr Kindratenko')

  await page.getByRole('button', { name: 'Sources', exact: true }).click()
  const registry = page.getByRole('dialog', { name: 'Source registry' })
  const row = (name: string) =>
    registry.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) })
  await expect(row('Oleksandr Kindratenko')).toContainText('not graded')
  await expect(row('Oleksandr Kindratenko')).toContainText('1')
  await expect(row('Kindratenko')).toContainText('not used')
  await registry.getByRole('button', { name: 'Edit Kindratenko', exact: true }).click()

  const dialog = page.getByRole('dialog', { name: 'Edit source' })
  await dialog.getByRole('button', { name: 'Delete source' }).click()
  await expect(dialog).toContainText('Delete “Kindratenko” from the registry?')
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(dialog).toBeHidden()
  await expect(row('Kindratenko')).toHaveCount(0)
  await expect(row('Oleksandr Kindratenko')).toHaveCount(1)

  // A cited source offers no deletion, and says why.
  await registry.getByRole('button', { name: 'Edit Oleksandr Kindratenko' }).click()
  await expect(dialog.getByRole('button', { name: 'Delete source' })).toBeDisabled()
  await expect(dialog).toContainText('Cannot be deleted: cited by 1 sentence in 1 article.')
  await dialog.getByRole('button', { name: 'Cancel' }).first().click()
  await page.keyboard.press('Escape')
  await expect(registry).toBeHidden()

  await page.getByRole('button', { name: 'Undo', exact: true }).click()
  await expect(page.getByRole('status')).toContainText('Undone: Delete source')
  await app.sourceField().click()
  await expect(app.dropdownOption(/^Kindratenko \(not graded\)$/)).toHaveCount(1)
})
