// The brief is built in its own worker in the app as served, under the app's content policy: the
// check, then a Markdown export carrying a grade made just before it.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('the export dialog’s brief is built in the brief’s worker, with the grades just made', async ({
  page
}) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.grade(3, { source: 'Mykhailo Podolyak', reliability: 'C', credibility: 1 })

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await expect(dialog.getByTestId('brief-check')).toContainText('Brief check: 1 warning')
  expect(workers.filter((url) => /brief\.worker[^/]*\.js/.test(url))).toHaveLength(1)

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain('Mykhailo Podolyak')
  expect(markdown).toMatch(/\bC1\b/)
  expect(errors).toEqual([])
})
