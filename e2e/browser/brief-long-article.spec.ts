// A brief of a long article with few graded sentences: the preview, the printed PDF and the
// Markdown show the graded sentence with its neighbours in its paragraph and count what is left
// out, or every sentence when asked.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'
import { printToPdf, squeeze } from '../printed-pdf'

const COUNT = 700
const line = (n: number) => `Line ${n} of the field report places the convoy near Sudzha.`
const TEXT = Array.from({ length: COUNT / 5 }, (_, p) =>
  Array.from({ length: 5 }, (_, i) => line(p * 5 + i + 1)).join(' ')
).join('\n\n')

test('a long brief leaves ungraded sentences out until the full annotated text is asked for', async ({
  page,
  context
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.importPasted('Field report', TEXT)
  await expect(app.sentences()).not.toHaveCount(0)
  await app.select(9)
  await page.keyboard.press('2')
  await expect(app.sentence(9)).toHaveAttribute('data-rating', '-2')

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByRole('switch', { name: 'Preview' }).press('Space')
  const preview = dialog.frameLocator('iframe[title="Brief preview"]')
  const body = preview.locator('body')
  // Sentence 10 ends its paragraph of five: the one before it is shown, the next paragraph's first is not.
  await expect(body).toContainText(`${COUNT - 2} ungraded sentences of ${COUNT} left out`)
  await expect(body).toContainText(`${line(9)} ${line(10)} [-2]`)
  await expect(body).not.toContainText(line(11))
  await expect(body).not.toContainText(line(COUNT))
  await expect(body).toContainText(`sentences 1–9, 11–${COUNT} (${COUNT - 1} sentences)`)

  // On paper too: the count of what is left out, and the graded sentence with its grade.
  await dialog.getByRole('button', { name: 'PDF', exact: true }).click()
  await expect(app.exportStatus()).toContainText('The print dialog was closed.')
  const printed = await page
    .locator('#sourcemark-print-view')
    .evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  const pdf = (await printToPdf(await context.newPage(), printed)).squeezedPages.join('')
  expect(pdf).toContain(squeeze(`${COUNT - 2} ungraded sentences of ${COUNT} left out`))
  expect(pdf).toContain(squeeze(`${line(9)} ${line(10)} [-2]`))
  expect(pdf).toContain(squeeze(`… ${COUNT - 10} ungraded sentences left out …`))
  expect(pdf).not.toContain(squeeze(line(11)))

  await dialog.getByRole('switch', { name: 'Full annotated text' }).click({ force: true })
  await expect(body).toContainText(line(COUNT))
  await expect(body).not.toContainText('left out')

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  for (const n of [1, 350, COUNT]) expect(markdown).toContain(line(n))
  expect(markdown).not.toContain('left out')
})
