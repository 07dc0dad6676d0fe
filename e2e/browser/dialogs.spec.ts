// The dialogs keep what belongs to them: the import dialog's details are the file's being
// imported, and each article's brief header stays as the analyst wrote it.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'

test('picking another file replaces every detail of the first one', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dialog = await app.openFileInImport(resolve(import.meta.dirname, '../fixtures/kyiv-grid.html'))
  await expect(dialog.getByLabel('Title')).toHaveValue('Russian strikes hit Ukraine’s power grid overnight')
  await expect(dialog.getByLabel('Outlet')).toHaveValue('Example Independent')

  await app.pickFileInImport(dialog, {
    name: 'sumy-evacuation.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(
      'Sumy orders evacuation of border villages\nRegional officials ordered families with children to leave 11 villages on Monday.\n'
    )
  })
  await expect(dialog.getByLabel('Article text')).toHaveValue(/^Sumy orders evacuation/)
  await expect(dialog.getByLabel('Title')).toHaveValue('sumy evacuation')
  for (const detail of ['Outlet', 'Author', 'Published', 'URL']) {
    await expect(dialog.getByLabel(detail)).toHaveValue('')
  }
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('Sumy orders evacuation of border villages')
  await expect(app.library.getByRole('button', { name: /sumy evacuation/ })).toBeVisible()
})

test('the brief header is kept per article across export, Show, closing and reloading', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  // Credibility 1 with nothing to confirm it: the brief check offers to show the sentence.
  await app.select(1)
  await app.setCredibility(1)

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  expect(await app.briefHeader()).toEqual({
    title: `Brief: ${SAMPLE_TITLE}`,
    analyst: '',
    handling: '',
    bluf: ''
  })
  const written = {
    title: 'Kursk: where the DPRK units went',
    analyst: 'R. Okafor',
    handling: 'UNCLASSIFIED // FOR TRAINING',
    bluf: 'North Korean units have likely left the Kursk front.'
  }
  await dialog.getByLabel('Brief title').fill(written.title)
  await dialog.getByLabel('Analyst').fill(written.analyst)
  await dialog.getByLabel('Handling').fill(written.handling)
  await dialog.getByLabel('Bottom line up front').fill(written.bluf)

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')
  expect(markdown).toContain(written.bluf)
  await expect(app.exportStatus()).toHaveText(/^Downloaded brief-kursk-where-the-dprk-units-went-.*\.md\.$/)
  await app.closeExport()

  await app.openExport()
  expect(await app.briefHeader()).toEqual(written)
  const check = page.getByTestId('brief-check')
  await check.getByRole('button', { name: 'Show' }).first().click()
  await check.getByRole('button', { name: 'Go to sentence' }).first().click()
  await expect(dialog).toBeHidden()
  await app.openExport()
  expect(await app.briefHeader()).toEqual(written)
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()

  await page.reload()
  await app.waitForArticle('North Korean troops')
  await app.openExport()
  expect(await app.briefHeader()).toEqual(written)
  await page.keyboard.press('Escape')

  // Another article has a header of its own; the analyst's name carries over as a default.
  await app.importPasted('Sumy evacuation', 'Sumy orders evacuation. Families with children must leave.')
  await app.waitForArticle('Sumy orders evacuation.')
  await app.openExport()
  expect(await app.briefHeader()).toEqual({
    title: 'Brief: Sumy evacuation',
    analyst: written.analyst,
    handling: written.handling,
    bluf: ''
  })
  await page.keyboard.press('Escape')
  await app.library.getByRole('button', { name: /North Korean troops withdraw/ }).click()
  await app.waitForArticle('North Korean troops')
  await app.openExport()
  expect(await app.briefHeader()).toEqual(written)
})

test('a dialog opens over the page without restyling it, and the wheel does not scroll what is behind', async ({
  page
}) => {
  // A window short enough for the sample article to scroll in its pane.
  await page.setViewportSize({ width: 1280, height: 480 })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  // The page never scrolls, its panes do: there is no page scroll for a dialog to lock.
  const pane = page.locator('[data-scroll="article"]')
  const paneTop = await pane.evaluate((el) => {
    el.scrollTop = 120
    return el.scrollTop
  })
  expect(paneTop).toBeGreaterThan(0)
  const pageState = () =>
    page.evaluate(() => ({
      pageScrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
      styleElements: document.querySelectorAll('style').length,
      body: [...document.body.attributes].map((a) => `${a.name}=${a.value}`).sort(),
      html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`).sort()
    }))
  const before = await pageState()
  expect(before.pageScrolls).toBe(false)

  await app.openExport()
  // Opening it added no style to the page and changed neither the body nor the root: nothing
  // behind the dialog has to be styled again (on a large article that was a long task).
  expect(await pageState()).toEqual(before)
  // The wheel over the dimmed page, beside the dialog, moves neither the page nor the article.
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  // Where the dialog stands once its opening has settled (a dialog still coming in has no box).
  await expect.poll(() => dialog.boundingBox()).not.toBeNull()
  const box = (await dialog.boundingBox())!
  await page.mouse.move(Math.max(5, box.x / 2), box.y + box.height / 2)
  await page.mouse.wheel(0, 600)
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
  )
  expect(await pane.evaluate((el) => el.scrollTop)).toBe(paneTop)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expect(dialog).toBeVisible()
})
