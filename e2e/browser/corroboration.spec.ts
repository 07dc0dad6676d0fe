// Corroboration in the reader: derived from links (independent support, contradiction), and the
// analyst's override with its reason, which the brief prints.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('independent support corroborates, a contradiction contests, an override needs a reason', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  const podolyak = app.sentences().filter({ hasText: 'Mykhailo Podolyak also confirmed' })
  await podolyak.click()
  await app.setSource('Mykhailo Podolyak')
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.addLink('Supports', 'Mykhailo Podolyak also confirmed')
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'corroborated')
  await expect(podolyak).toHaveAttribute('data-corroboration', 'corroborated')

  await app.addLink('Contradicts', 'the Russian military asserts')
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'contested')

  const override = app.inspector.getByLabel('Corroboration override')
  await override.selectOption({ label: 'Corroborated' })
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'corroborated')
  await expect(app.inspector.getByText('The brief must say why the status was set by hand.')).toBeVisible()
  await app.inspector
    .getByLabel('Reason for override')
    .fill('The Russian claim concerns territory, not troops.')
  await app.inspector.getByLabel('Reason for override').blur()
  await expect(app.inspector.getByText('The brief must say why the status was set by hand.')).toBeHidden()

  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain('The Russian claim concerns territory, not troops.')
})

test('a report in another article corroborates across the library, and the brief quotes it', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const sampleTitle = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'

  await app.importPasted(
    'Seoul: North Korean units pulled back',
    'South Korea’s National Intelligence Service said North Korean units had been pulled back from the front lines in Kursk.'
  )
  await app.waitForArticle('South Korea’s National Intelligence Service said')
  await app.select(0)
  await app.setSource('National Intelligence Service (South Korea)')
  await app.setReliability('B')
  await page.keyboard.press('2')

  await app.library.getByRole('button', { name: new RegExp(sampleTitle.slice(0, 30)) }).click()
  await app.waitForArticle('North Korean troops deployed')
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.addLink(
    'Supports',
    'South Korea’s National Intelligence Service',
    'Seoul: North Korean units pulled back'
  )
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'corroborated')
  await expect(app.inspector.getByRole('list', { name: 'Evidence links' })).toContainText(
    'Seoul: North Korean units pulled back, 1. South Korea’s National Intelligence Service said'
  )

  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain('Seoul: North Korean units pulled back')
  expect(markdown).toMatch(/Supported by \(independent\): “South Korea’s National Intelligence Service said/)
  await page.keyboard.press('Escape')

  // The link counts from the other side too.
  await app.library.getByRole('button', { name: /Seoul: North Korean units pulled back/ }).click()
  await app.waitForArticle('South Korea’s National Intelligence Service said')
  await expect(app.sentence(0)).toHaveAttribute('data-corroboration', 'corroborated')
})

test('editing a source changes it in every article, and the brief says why it has its reliability', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')

  await app.inspector.getByRole('button', { name: 'Edit source' }).click()
  const dialog = page.getByRole('dialog', { name: 'Edit source' })
  await dialog.getByLabel('Name', { exact: true }).fill('Col. Oleksandr Kindratenko')
  await dialog.getByLabel('Other names').fill('Kindratenko')
  await dialog.getByLabel('Other names').press('Enter')
  await dialog.getByLabel('Kind', { exact: true }).click()
  await app.dropdownOption('Military').click()
  await dialog.getByLabel('Affiliation').fill('Special Operations Forces of Ukraine')
  await dialog
    .getByLabel('Why this reliability')
    .fill('Official spokesman; his claims are hard to verify independently.')
  await dialog.getByRole('button', { name: 'Save source' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.inspector.getByLabel('Source', { exact: true })).toHaveValue('Col. Oleksandr Kindratenko')
  await expect(app.inspector).toContainText('military · Special Operations Forces of Ukraine')

  // His quote names him by surname only: the alias finds him in the registry.
  await app.select(2)
  await page.keyboard.press('a')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B-')

  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain('Official spokesman; his claims are hard to verify independently.')
  expect(markdown).toContain('Col. Oleksandr Kindratenko')
})

test('in a newly opened article, a link finds the sentences of that article', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.importPasted(
    'Sumy evacuation',
    'Sumy orders evacuation of border villages. Governor Volodymyr Artiukh said families must leave.'
  )
  await app.waitForArticle('Sumy orders evacuation')
  await app.select(0)
  await expect(app.inspector.getByLabel('In article').locator('option:checked')).toHaveText(
    'This article: Sumy evacuation'
  )
  await app.addLink('Supports', 'Governor Volodymyr Artiukh said')
  await expect(app.inspector.getByText('Governor Volodymyr Artiukh said families must leave.')).toBeVisible()
})
