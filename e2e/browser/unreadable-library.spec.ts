// A library saved by a newer Sourcemark: the app says so instead of opening it, changes nothing,
// and saves every stored record to a file on request.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

/** Every store's row count and the stored version, read without upgrading anything. */
function storedCounts(page: Page): Promise<{ version: number; counts: Record<string, number> }> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('sourcemark')
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const names = Array.from(db.objectStoreNames)
          const tx = db.transaction(names, 'readonly')
          const counts: Record<string, number> = {}
          for (const name of names) {
            const count = tx.objectStore(name).count()
            count.onsuccess = () => (counts[name] = count.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve({ version: db.version, counts })
          }
        }
      })
  )
}

test('a library saved by a newer Sourcemark is not opened, not changed, and can be backed up', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  // Before the app loads again, a newer Sourcemark (format 99) takes the library and adds a table.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('newer-sourcemark')) return
    sessionStorage.setItem('newer-sourcemark', 'yes')
    const request = indexedDB.open('sourcemark', 990)
    request.onupgradeneeded = () => {
      request.result
        .createObjectStore('forecasts', { keyPath: 'id' })
        .add({ id: 'j1', text: 'North Korean units have left the Kursk front.' })
    }
    request.onsuccess = () => request.result.close()
  })
  await page.reload()

  await expect(
    page.getByRole('heading', { name: 'Your library was saved by a newer Sourcemark' })
  ).toBeVisible()
  await expect(
    page.getByText(/^It is stored in library format 99; this Sourcemark reads formats up to \d+\./)
  ).toBeVisible()
  await expect(page.getByText('Nothing in your library was changed or deleted.')).toBeVisible()
  await expect(app.sentences()).toHaveCount(0)

  const stored = await storedCounts(page)
  expect(stored.version).toBe(990)
  expect(stored.counts).toMatchObject({ articles: 1, texts: 1, sentences: 1, forecasts: 1 })
  expect(stored.counts.history).toBeGreaterThan(0)

  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up what can be read' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^sourcemark-library-as-stored-\d{4}-\d{2}-\d{2}\.json$/)
  const saved = JSON.parse(await readFile((await file.path())!, 'utf8'))
  expect(saved.version).toBe(990)
  expect(saved.stores.articles.rows[0].title).toMatch(/^North Korean troops withdraw from Kursk/)
  expect(saved.stores.texts.rows[0].text).toContain('North Korean troops deployed to aid Russia’s offensive')
  expect(saved.stores.forecasts.rows).toEqual([
    { id: 'j1', text: 'North Korean units have left the Kursk front.' }
  ])
  await expect(page.getByRole('status')).toContainText('stored records as sourcemark-library-as-stored-')

  // Opening it again changes nothing either.
  await page.reload()
  await expect(
    page.getByRole('heading', { name: 'Your library was saved by a newer Sourcemark' })
  ).toBeVisible()
  expect(await storedCounts(page)).toEqual(stored)
})
