// The library survives the browser: when IndexedDB is deleted between two launches (as Chromium
// does after a full disk), the app says so at once, names the last backup file, and restores it —
// or starts over on request. It never silently re-imports the sample.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { SAMPLE_LEDE, WorkbenchPage } from '../pages/workbench-page'

/** A page of the app's origin that is not the app: no database connection holds the deletion up. */
const TOOLS = '/storage-tools.html'

async function gradeAndBackUp(app: WorkbenchPage): Promise<{ fileName: string; bytes: Buffer }> {
  const page = app.page
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
  await expect(page.getByRole('status')).toContainText('Backup saved as')
  return { fileName: file.suggestedFilename(), bytes: await readFile((await file.path())!) }
}

/** Deletes the library's IndexedDB database the way the browser would: with the app closed. */
async function deleteDatabase(page: Page): Promise<void> {
  await page.route(`**${TOOLS}`, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Storage tools</title>' })
  )
  await page.goto(TOOLS)
  const outcome = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.deleteDatabase('sourcemark')
        request.onsuccess = () => resolve('deleted')
        request.onerror = () => resolve(`failed: ${request.error?.message}`)
        request.onblocked = () => resolve('blocked')
      })
  )
  expect(outcome).toBe('deleted')
  expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain(
    'sourcemark'
  )
}

test('a deleted library is reported at once, and the last backup file brings it back', async ({ page }) => {
  const app = new WorkbenchPage(page)
  const backup = await gradeAndBackUp(app)
  expect(backup.fileName).toMatch(/^sourcemark-backup-\d{4}-\d{2}-\d{2}\.json$/)
  // A relaunch with the library intact opens it as usual.
  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await deleteDatabase(page)
  await page.goto('/')
  const gone = page.getByRole('dialog', { name: 'Your library is gone' })
  await expect(gone).toBeVisible()
  await expect(gone.getByTestId('library-gone-summary')).toContainText(
    'The library that held 1 article and 1 graded sentence'
  )
  await expect(gone).toContainText('gone from this browser’s storage')
  await expect(gone).toContainText(`“${backup.fileName}”, saved`)
  // Nothing was imported behind the message.
  await expect(page.locator('[data-sentence-index]')).toHaveCount(0)

  const chooser = page.waitForEvent('filechooser')
  await gone.getByRole('button', { name: 'Restore your last backup file' }).click()
  await (
    await chooser
  ).setFiles({ name: backup.fileName, mimeType: 'application/json', buffer: backup.bytes })
  await expect(gone.getByTestId('restore-plan')).toContainText('1 article to add')
  // The workspace's key was lost with the library, so the file's signer is named by fingerprint.
  await expect(gone.getByTestId('restore-verdict')).toContainText('Signed by an unknown workspace')
  await gone.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(gone).toBeHidden()

  await app.waitForArticle(SAMPLE_LEDE)
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await app.select(1)
  await expect(app.inspector.getByLabel('Source', { exact: true })).toHaveValue('Oleksandr Kindratenko')

  // The restored library is the library from now on: the next launch opens it, sample not added twice.
  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect(app.library.getByRole('button')).toHaveCount(1)
  await expect(page.getByRole('dialog', { name: 'Your library is gone' })).toHaveCount(0)
})

test('starting a new library after the loss gives the sample, ungraded', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await gradeAndBackUp(app)
  await deleteDatabase(page)
  await page.goto('/')
  const gone = page.getByRole('dialog', { name: 'Your library is gone' })
  // A damaged file is refused by name; the choices stay.
  const chooser = page.waitForEvent('filechooser')
  await gone.getByRole('button', { name: 'Restore your last backup file' }).click()
  await (
    await chooser
  ).setFiles({ name: 'team.json', mimeType: 'application/json', buffer: Buffer.from('{ "format": ') })
  await expect(gone.getByRole('alert')).toContainText('“team.json” is not valid JSON')
  await gone.getByRole('button', { name: 'Start a new, empty library' }).click()
  await expect(gone).toBeHidden()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect(app.sentence(1)).not.toHaveAttribute('data-rating', 'B2')
  await expect(app.library.getByRole('button')).toHaveCount(1)

  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect(page.getByRole('dialog', { name: 'Your library is gone' })).toHaveCount(0)
})

test('a first launch with no library before it simply opens the sample', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(page.getByRole('dialog', { name: 'Your library is gone' })).toHaveCount(0)
})

test('refused persistent storage is said once, with how to back up', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const persisted = await page.evaluate(() => navigator.storage.persisted())
  test.skip(persisted, 'This Chromium granted persistent storage, so there is nothing to warn about')
  const notice = page.getByTestId('persistence-notice')
  await expect(notice).toContainText('may delete the library when disk space runs low')
  await expect(notice).toContainText('Library ▾ → Back up workspace')
  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect(notice).toHaveCount(0)
})
