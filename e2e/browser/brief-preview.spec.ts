// The export dialog's preview: the page that prints, shown in a frame where nothing can run; the
// dialog stays open across exports and says what each one really did.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const HANDLING = 'UNCLASSIFIED // FOR TRAINING'

/** The page without its "Generated …" time, which differs between two builds a minute apart. */
const undated = (html: string) => html.replace(/Generated [^<]*/g, 'Generated')

test('the preview shows the page that prints, follows the header, and exports leave the dialog open', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await app.startJudgment()
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByLabel('Handling').fill(HANDLING)
  await dialog.getByRole('switch', { name: 'Preview' }).press('Space')
  const frame = dialog.locator('iframe[title="Brief preview"]')
  const preview = dialog.frameLocator('iframe[title="Brief preview"]')
  await expect(preview.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)
  await expect(preview.locator('p.handling').first()).toHaveText(HANDLING)
  await expect(preview.locator('body')).toContainText('[B2]')
  await expect(preview.locator('body')).toContainText('Oleksandr Kindratenko')
  // A footnote marker leads to its footnote inside the preview, not away from the brief.
  const marker = preview.locator('a[data-footnote-ref]').first()
  const footnote = preview.locator(`[id="${(await marker.getAttribute('href'))!.slice(1)}"]`)
  await expect(footnote).not.toBeInViewport()
  await marker.click()
  await expect(footnote).toBeInViewport()
  await expect(preview.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)

  // Sandboxed like the print view, and nothing in it may run.
  const sandbox = await frame.getAttribute('sandbox')
  expect(sandbox).not.toBeNull()
  expect(sandbox!.split(/\s+/)).not.toContain('allow-scripts')
  const shown = await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  expect(shown).not.toMatch(/<script/i)
  // Its fonts travel inside it, as data: URLs the policy allows.
  const fontSources = [...shown.matchAll(/@font-face \{[^}]*src: url\("([^"]*)"\)/g)].map((m) => m[1]!)
  expect(fontSources.length).toBeGreaterThan(0)
  for (const src of fontSources) expect(src).toMatch(/^data:font\/woff2;base64,/)

  // A new bottom line appears in the preview once typing pauses.
  const bluf = 'North Korean units have likely left the Kursk front.'
  await dialog.getByLabel('Bottom line up front').fill(bluf)
  await expect(preview.locator('body')).toContainText(bluf)

  // Two Markdown exports in a row, without reopening the dialog.
  for (let i = 0; i < 2; i++) {
    const download = page.waitForEvent('download')
    await dialog.getByRole('button', { name: 'Markdown' }).click()
    const name = (await download).suggestedFilename()
    expect(name).toMatch(/^brief-north-korean-troops-withdraw-from-kursk-.*\.md$/)
    await expect(app.exportStatus()).toHaveText(`Downloaded ${name}.`)
    await expect(dialog).toBeVisible()
  }

  // The browser cannot tell a saved PDF from a cancelled print dialog: no claim that it was exported.
  await dialog.getByRole('button', { name: 'PDF' }).click()
  await expect(app.exportStatus()).toContainText('The print dialog was closed.')
  await expect(app.exportStatus()).not.toContainText(/exported|downloaded/i)
  await expect(dialog).toBeVisible()
  // The preview is the page the print dialog was given, header and grades alike.
  const printed = await page
    .locator('#sourcemark-print-view')
    .evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  const previewed = await frame.evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  expect(undated(previewed)).toBe(undated(printed))
  expect(printed).toContain(bluf)

  await app.closeExport()
})

const NOTE = 'The spokesman’s figure matches the ISW map of 30 January.'

test('the preview shows grading done since the dialog was last open', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByRole('switch', { name: 'Preview' }).press('Space')
  const preview = dialog.frameLocator('iframe[title="Brief preview"]')
  await expect(preview.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)
  await expect(preview.locator('body')).not.toContainText(NOTE)
  await app.closeExport()

  await app.select(1)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await app.setNote(NOTE)

  // The preview is still chosen, and now carries the new note.
  await app.openExport()
  await expect(preview.locator('body')).toContainText(NOTE)
})
