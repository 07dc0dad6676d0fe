// Undo in one window after another window changed the same grade is refused, and says why;
// the undo list of a window outlives a reload of it.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('undo after another window changed the same grade is refused with a message', async ({ context }) => {
  const a = new WorkbenchPage(await context.newPage())
  await a.openOnSample()
  await a.select(1)
  await a.page.keyboard.press('3')
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-3')

  const b = new WorkbenchPage(await context.newPage())
  await b.openOnSample()
  await b.select(1)
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-3')
  await b.page.keyboard.press('6')
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-6')

  await a.page.bringToFront()
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-6')
  await a.page.keyboard.press('Control+z')
  const refusal = a.page.getByRole('dialog', { name: 'Undo refused' })
  await expect(refusal).toContainText(
    'Cannot undo “Grade sentence 2”: the grade of sentence 2 (“Colonel Oleksandr'
  )
  await expect(refusal).toContainText('was changed after this action (perhaps in another window)')
  await refusal.getByRole('button', { name: 'OK' }).click()
  await expect(a.sentence(1)).toHaveAttribute('data-rating', '-6')
  await b.page.reload()
  await b.waitForArticle('North Korean troops')
  await expect(b.sentence(1)).toHaveAttribute('data-rating', '-6')
})

test('Ctrl+Z after a reload still undoes the last grade', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(2)
  await page.keyboard.press('4')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-4')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '')
  await page.keyboard.press('Control+Shift+z')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-4')
})

test('a grade shown before the library stored it survives a reload, with its undo entry', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(3)
  // Another connection holds the grades and the history in a transaction that never ends, so the
  // grade's write waits behind it; the reload ends that transaction and every write in flight.
  await page.evaluate(
    () =>
      new Promise<void>((held, failed) => {
        const open = indexedDB.open('sourcemark')
        open.onerror = () => failed(open.error)
        open.onsuccess = () => {
          const store = open.result
            .transaction(['assessments', 'history'], 'readwrite')
            .objectStore('history')
          const keepBusy = () => (store.count().onsuccess = keepBusy)
          keepBusy()
          held()
        }
      })
  )
  await page.keyboard.press('5')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '-5')
  const stored = () =>
    page.evaluate(
      () =>
        new Promise<number>((answer) => {
          const open = indexedDB.open('sourcemark')
          open.onsuccess = () => {
            const request = open.result.transaction('assessments').objectStore('assessments').count()
            request.onsuccess = () => {
              open.result.close()
              answer(request.result)
            }
          }
        })
    )
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '-5')
  await expect.poll(stored).toBe(1)
  await expect(page.getByRole('button', { name: 'Undo' })).toBeEnabled()
  await page.keyboard.press('Control+z')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '')
  await page.keyboard.press('Control+Shift+z')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '-5')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  // Written once: the reload after the redo finds nothing left to write again.
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '-5')
  await page.keyboard.press('Control+z')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '')
})
