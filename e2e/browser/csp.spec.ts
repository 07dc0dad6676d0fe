// The browser shell runs under the desktop app's Content-Security-Policy: its server sends the one
// policy of src/main/security/csp.ts as a header, the built page carries it as a meta tag, and the
// whole workbench (sample import, grading, the segmentation worker) works without a violation.
import { expect, test, type ConsoleMessage } from '@playwright/test'
import { buildContentSecurityPolicy, metaContentSecurityPolicy } from '../../src/main/security/csp'
import { WorkbenchPage } from '../pages/workbench-page'

const isCspReport = (message: ConsoleMessage) => /Content Security Policy/i.test(message.text())

test('the server sends the desktop policy and nosniff with the page and its scripts', async ({ request }) => {
  const page = await request.get('/')
  expect(page.status()).toBe(200)
  expect(page.headers()['content-security-policy']).toBe(buildContentSecurityPolicy())
  expect(page.headers()['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(page.headers()['x-content-type-options']).toBe('nosniff')

  const html = await page.text()
  const script = /<script type="module"[^>]* src="\.\/(assets\/[^"]+\.js)"/.exec(html)?.[1]
  expect(script).toBeTruthy()
  const asset = await request.get(`/${script}`)
  expect(asset.status()).toBe(200)
  expect(asset.headers()['content-security-policy']).toBe(buildContentSecurityPolicy())
  expect(asset.headers()['x-content-type-options']).toBe('nosniff')
})

test('the page carries the policy as its meta, and the workbench runs under it', async ({ page }) => {
  const reports: string[] = []
  page.on('console', (message) => {
    if (isCspReport(message)) reports.push(message.text())
  })
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    metaContentSecurityPolicy()
  )
  // A pasted article goes through the segmentation worker.
  await app.importPasted('Kyiv grid', 'Officials said the grid held. Ukrenergo confirmed repairs.')
  await expect(app.sentences()).toHaveCount(2)
  expect(reports).toEqual([])
})

test('no page may frame the app', async ({ page, baseURL }) => {
  const refused = page.waitForEvent('console', (message) => /frame-ancestors/.test(message.text()))
  await page.setContent(`<iframe src="${baseURL}" title="framed"></iframe>`)
  expect((await refused).text()).toContain("frame-ancestors 'none'")
  await expect(page.frameLocator('iframe').locator('[data-sentence-index]')).toHaveCount(0)
})
