// Data exports of the graded article: CSV for spreadsheets, W3C Web Annotations for other tools.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

async function exportAs(page: Page, button: string): Promise<string> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await download
  return (await readFile((await file.path())!, 'utf8')) + `\n#name:${file.suggestedFilename()}`
}

test('CSV and Web Annotation exports carry the grades, safely', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('a')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await app.setNote('=HYPERLINK("http://example.invalid","click")')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await app.openExport()
  const csv = await exportAs(page, 'CSV')
  expect(csv.charCodeAt(0)).toBe(0xfeff)
  expect(csv).toMatch(/#name:assessments-.*\.csv$/)
  const lines = csv.slice(1).split('\r\n')
  expect(lines[0]).toMatch(/^article_title,article_id,sentence_index,sentence_id,kind,text,rating,source,/)
  const row = lines.find((l) => l.includes('Colonel Oleksandr Kindratenko, a spokesperson'))!
  expect(row).toContain(',B2,Oleksandr Kindratenko,person,B,Usually reliable,2,Probably true,')
  // A note that looks like a formula is written as text, never as one.
  expect(row).toContain(`"'=HYPERLINK(""http://example.invalid"",""click"")"`)
  expect(lines.filter((l) => l.trim() && !l.trim().startsWith('#name:')).length).toBe(1 + 18)

  // The dialog stays open: the second export follows the first without reopening it.
  await expect(app.exportStatus()).toHaveText(/^Downloaded assessments-.*\.csv\.$/)
  const jsonld = await exportAs(page, 'Web Annotations')
  await expect(app.exportStatus()).toHaveText(/^Downloaded annotations-.*\.jsonld\.$/)
  expect(jsonld).toMatch(/#name:annotations-.*\.jsonld$/)
  const collection = JSON.parse(jsonld.slice(0, jsonld.lastIndexOf('\n#name:')))
  expect(collection.type).toBe('AnnotationCollection')
  const annotation = collection.first.items.find((a: { id: string }) =>
    /^urn:sourcemark:assessment:.*:1$/.test(a.id)
  )
  expect(annotation.motivation).toBe('assessing')
  const quote = annotation.target.selector.find((s: { type: string }) => s.type === 'TextQuoteSelector')
  expect(quote.exact).toMatch(/^Colonel Oleksandr Kindratenko, a spokesperson/)
  expect(JSON.stringify(annotation.body)).toContain('B2 — Usually reliable / Probably true')
})
