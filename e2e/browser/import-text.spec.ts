// Importing the text forms an article arrives in: Markdown read without its syntax, a backup
// dropped for import restored instead, damaged UTF-8 imported only when the analyst agrees, and
// an image named .txt refused with nothing written.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const NOTE = `---
title: Sweden sends new defence package to Kyiv
author: Anna Lindqvist
date: 2025-01-15
url: https://example-news.test/sweden-package-18
---

# Sweden sends new defence package to Kyiv

Sweden will send **air defence systems** and *artillery ammunition* to Ukraine, the
[defence ministry](https://mod.example.se/news/package-18) said on Wednesday.

> “This is our largest package so far,” the minister told reporters.

\`\`\`
internal note: check the SEK figure
\`\`\`
`

/** Every row of every store of the library, as JSON: what "nothing was written" is checked against. */
async function libraryRows(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('sourcemark')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const names = [...db.objectStoreNames]
          const tx = db.transaction(names, 'readonly')
          const rows: Record<string, unknown[]> = {}
          for (const name of names) {
            const request = tx.objectStore(name).getAll()
            request.onsuccess = () => (rows[name] = request.result)
          }
          tx.oncomplete = () => {
            db.close()
            resolve(
              JSON.stringify(rows, (_key, value: unknown) =>
                ArrayBuffer.isView(value) ? Array.from(value as Uint8Array) : value
              )
            )
          }
          tx.onerror = () => reject(tx.error)
        }
      })
  )
}

async function drop(page: Page, name: string, content: Buffer | string) {
  const transfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const data = new DataTransfer()
      data.items.add(new File([new Uint8Array(bytes)], name))
      return data
    },
    { name, bytes: [...Buffer.from(content)] }
  )
  await page.dispatchEvent('body', 'dragover', { dataTransfer: transfer })
  await page.dispatchEvent('body', 'drop', { dataTransfer: transfer })
}

test('a Markdown file is imported with its title and details, its text without syntax', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const dialog = await app.openFileInImport({
    name: 'sweden.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(NOTE)
  })

  await expect(dialog.getByLabel('Title')).toHaveValue('Sweden sends new defence package to Kyiv')
  await expect(dialog.getByLabel('Author')).toHaveValue('Anna Lindqvist')
  await expect(dialog.getByLabel('Published')).toHaveValue('2025-01-15')
  await expect(dialog.getByLabel('URL')).toHaveValue('https://example-news.test/sweden-package-18')
  await expect(dialog.getByTestId('import-links')).toContainText(
    'defence ministry — https://mod.example.se/news/package-18'
  )
  await expect(dialog.getByText('1 code block kept out of the text.')).toBeVisible()
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()

  await app.waitForArticle('Sweden will send air defence systems')
  await expect(app.sentences()).toHaveText([
    'Sweden will send air defence systems and artillery ammunition to Ukraine, the defence ministry said on Wednesday.',
    '“This is our largest package so far,” the minister told reporters.'
  ])
  await expect(
    app.library.getByRole('button', { name: /Sweden sends new defence package to Kyiv/ })
  ).toBeVisible()
})

test('a backup dropped for import is recognised and restored, saying so', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await page.getByRole('button', { name: 'Library ▾' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('menuitem', { name: 'Back up workspace' }).click()
  const backup = await readFile((await (await download).path())!)
  await page.getByRole('button', { name: 'Delete article' }).click()
  await page
    .getByRole('dialog', { name: 'Delete article' })
    .getByRole('button', { name: 'Delete', exact: true })
    .click()
  await expect(page.getByText('The library is empty. Import an article to begin.')).toBeVisible()

  await drop(page, 'library.json', backup)
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await expect(dialog).toContainText('“library.json” is a Sourcemark backup, not an article')
  await expect(dialog.getByTestId('restore-plan')).toContainText('1 article to add')
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(dialog.getByRole('status')).toContainText('Restored “library.json”')
  await dialog.getByRole('button', { name: 'Close' }).click()
  await expect(app.library.getByRole('button', { name: /North Korean troops withdraw/ })).toBeVisible()
})

test('damaged UTF-8 is reported with its places and imported with � only when agreed', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const damaged = Buffer.concat([
    Buffer.from('Port reopens in Gdańsk\n\nThe port of Gda'),
    Buffer.from([0xc5]),
    Buffer.from('sk reopened on Friday, officials said.\n')
  ])
  const dialog = await app.openFileInImport({ name: 'gdansk.txt', mimeType: 'text/plain', buffer: damaged })
  const alert = dialog.getByRole('alert')
  await expect(alert).toContainText(
    '“gdansk.txt” is UTF-8 with 1 invalid byte sequence (at line:column 3:16).'
  )
  await expect(dialog.getByLabel('Article text')).toHaveValue('')
  const agree = alert.getByLabel('Import it with � in place of each invalid sequence')
  await agree.check()
  await expect(dialog.getByLabel('Title')).toHaveValue('Port reopens in Gdańsk')
  await expect(dialog.getByLabel('Article text')).toHaveValue(
    'The port of Gda�sk reopened on Friday, officials said.\n'
  )
  await expect(dialog.getByText('1 invalid byte sequence shown as �.')).toBeVisible()
  // Changing one's mind takes the text out again.
  await agree.uncheck()
  await expect(dialog.getByLabel('Article text')).toHaveValue('')
  await agree.check()
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await app.waitForArticle('The port of Gda�sk reopened')
})

test('a PNG named .txt is refused by name and nothing is written', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const before = await libraryRows(page)
  expect(before).toContain('North Korean troops withdraw from Kursk')
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64'
  )
  const dialog = await app.openFileInImport({ name: 'photo.txt', mimeType: 'text/plain', buffer: png })
  await expect(dialog.getByRole('alert')).toContainText('“photo.txt” looks like a PNG image, not text.')
  await expect(dialog.getByLabel('Article text')).toHaveValue('')
  // Import article with nothing loaded adds nothing either: the form still wants a text.
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(app.library.getByRole('button')).toHaveCount(1)
  expect(await libraryRows(page)).toBe(before)
})
