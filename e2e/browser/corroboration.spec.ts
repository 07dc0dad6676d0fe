// Corroboration in the reader: derived from links (independent support, contradiction), and the
// analyst's override with its reason, which the brief prints.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('independent support corroborates, a contradiction contests, an override needs a reason', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await page.goto('/')
  await app.waitForArticle('North Korean troops deployed')

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
