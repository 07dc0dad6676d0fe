// The audit trail: each sentence's changes in words, and a check that shows tampering.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('a sentence’s history lists its changes, and an edited entry breaks the chain', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
  await page.keyboard.press('4')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-4')
  await app.setNote('Revised after the ISW map.')

  await app.inspector.getByRole('button', { name: /History of this sentence \(3\)/ }).click()
  const timeline = app.inspector.getByLabel('Changes to this sentence')
  await expect(timeline).toContainText('Credibility 2 — Probably true')
  await expect(timeline).toContainText('Credibility 4 — Doubtful')
  await expect(timeline).toContainText('Note: “Revised after the ISW map.”')

  await app.inspector.getByRole('button', { name: 'Verify audit trail' }).click()
  await expect(app.inspector.getByRole('status')).toContainText('Audit trail intact')

  // Someone edits a past grade behind the app's back, straight in IndexedDB.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('sourcemark')
        open.onsuccess = () => {
          const tx = open.result.transaction('history', 'readwrite')
          const store = tx.objectStore('history')
          const cursor = store.openCursor()
          cursor.onsuccess = () => {
            const c = cursor.result
            if (!c) return
            const entry = c.value as { entity: string; after: { credibility?: number } }
            if (entry.entity === 'assessment' && entry.after?.credibility === 2) {
              entry.after.credibility = 1
              c.update(entry)
              return
            }
            c.continue()
          }
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error)
        }
      })
  )
  await app.inspector.getByRole('button', { name: 'Verify audit trail' }).click()
  await expect(app.inspector.getByRole('alert')).toContainText(
    'its content no longer matches its hash — it was changed after it was written'
  )
})
