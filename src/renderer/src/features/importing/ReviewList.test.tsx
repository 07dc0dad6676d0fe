// Several files dropped at once become a review list, one row per file, then one import and a
// summary. Real Chromium, the real import worker, real IndexedDB.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import savedPage from '../../../../../e2e/fixtures/kyiv-grid.html?raw'
import { BACKUP_FORMAT } from '@shared/backup/format'
import { MAX_IMPORT_FILE_BYTES } from '@shared/files/size-limit'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import type { ChosenFile } from '../../platform'
import { mountInApp } from '../../test-support/in-app'
import { ImportDialog } from './ImportDialog'
import { readDroppedFiles } from './use-file-drop'

let observer: MutationObserver | undefined
afterEach(() => {
  observer?.disconnect()
  observer = undefined
})

const encode = (text: string) => new TextEncoder().encode(text)
const file = (fileName: string, text: string): ChosenFile => ({ fileName, bytes: encode(text) })

/** A real 1×1 PNG, as an image editor writes it. */
const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0)
)

const KURSK =
  'North Korean troops have withdrawn from the Kursk region, Ukrainian officials said on Monday. The withdrawal began last week.'
const KHARKIV =
  'Kharkiv grid repairs\n\nEngineers restored power to most of Kharkiv by the evening, the regional governor said. Repairs to the last substations will take a week.'
const ODESA =
  'Grain corridor reopens\n\nBy Iryna Balachuk\n\nShips left Odesa on Tuesday for the first time in a month. Traders expect prices to fall.'

async function show(dropped: ChosenFile[], onImported = vi.fn()) {
  await mountInApp(<ImportDialog opened onClose={() => {}} onImported={onImported} dropped={dropped} />)
  return onImported
}

const row = (fileName: string) => page.getByRole('listitem', { name: fileName, exact: true })
const outcome = (fileName: string) => row(fileName).getByTestId('row-outcome')
/** Waits for the summary: a wait for a state, not a time limit (the worker loads its code first). */
const summary = () => page.getByRole('region', { name: 'Import summary' })
const WAIT = { timeout: 10 * 60_000 }
const section = (name: string | RegExp) => summary().getByRole('region', { name, exact: true })

async function library() {
  const articles = await db.articles.toArray()
  return { titles: articles.map((a) => a.title).sort(), history: await db.history.count() }
}

describe('a batch of files', () => {
  it('reviews a new file, a duplicate of a stored article and a PNG named .txt, and imports only the new one', async () => {
    await importArticle(db, { title: 'Kursk withdrawal', text: KURSK, origin: 'paste' })
    await show([
      file('kharkiv.txt', KHARKIV),
      file('kursk-again.txt', KURSK),
      { fileName: 'photo.txt', bytes: PNG }
    ])

    await expect.element(outcome('kharkiv.txt'), WAIT).toHaveTextContent('Ready')
    await expect
      .element(row('kharkiv.txt').getByLabelText('Title of “kharkiv.txt”'))
      .toHaveValue('Kharkiv grid repairs')
    // Counted by the import's own segmenter: the headline is the title, two sentences remain.
    await expect.element(row('kharkiv.txt')).toHaveTextContent('2 sentences')
    await expect
      .element(outcome('kursk-again.txt'), WAIT)
      .toHaveTextContent('Duplicate of “Kursk withdrawal”, already in the library')
    await expect
      .element(outcome('photo.txt'), WAIT)
      .toHaveTextContent('Refused: “photo.txt” looks like a PNG image, not text.')
    await page.getByRole('button', { name: 'Import 1 article' }).click()

    await expect.element(summary(), WAIT).toBeVisible()
    await expect
      .element(section('Imported (1)'))
      .toHaveTextContent('“Kharkiv grid repairs” from kharkiv.txt: 2 sentences.')
    await expect
      .element(section('Merged as duplicate (1)'))
      .toHaveTextContent(
        'kursk-again.txt: the same text as “Kursk withdrawal”, already in the library; nothing written.'
      )
    await expect
      .element(section('Not imported (1)'))
      .toHaveTextContent('photo.txt: “photo.txt” looks like a PNG image, not text.')
    expect((await library()).titles).toEqual(['Kharkiv grid repairs', 'Kursk withdrawal'])
  })

  it('says which file it is reading, and opens an imported article from the summary', async () => {
    const shown: string[] = []
    observer = new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]')) {
        const text = status.textContent ?? ''
        if (text && !shown.includes(text)) shown.push(text)
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    const onImported = await show([file('kharkiv.txt', KHARKIV), file('odesa.txt', ODESA)])
    await expect.element(page.getByRole('button', { name: 'Import 2 articles' }), WAIT).toBeEnabled()
    await page.getByRole('button', { name: 'Import 2 articles' }).click()
    await summary().getByRole('button', { name: 'Open “Grain corridor reopens”' }).click()
    const [articleId, message] = onImported.mock.calls[0]
    expect((await db.articles.get(articleId))?.title).toBe('Grain corridor reopens')
    expect(message).toBe('2 of 2 files imported; opened “Grain corridor reopens”.')
    expect(shown).toEqual(
      expect.arrayContaining(['Reading 1 of 2: kharkiv.txt …', 'Reading 2 of 2: odesa.txt …'])
    )
  })

  it('gives every file its own details: the second never inherits the first’s', async () => {
    await show([file('kyiv-grid.html', savedPage), file('odesa.txt', ODESA)])
    await expect.element(outcome('kyiv-grid.html'), WAIT).toHaveTextContent('Ready')
    await expect.element(outcome('odesa.txt'), WAIT).toHaveTextContent('Ready')
    await row('kyiv-grid.html').getByRole('button', { name: 'Details of “kyiv-grid.html”' }).click()
    await row('odesa.txt').getByRole('button', { name: 'Details of “odesa.txt”' }).click()
    await expect.element(page.getByLabelText('Outlet of “kyiv-grid.html”')).toHaveValue('Example Independent')
    await expect.element(page.getByLabelText('Author of “kyiv-grid.html”')).toHaveValue('Olena Harmash')
    await expect.element(page.getByLabelText('Title of “odesa.txt”')).toHaveValue('Grain corridor reopens')
    await expect.element(page.getByLabelText('Author of “odesa.txt”')).toHaveValue('Iryna Balachuk')
    for (const field of ['Outlet', 'Published', 'URL']) {
      await expect.element(page.getByLabelText(`${field} of “odesa.txt”`)).toHaveValue('')
    }
    // An edit to one row's details is that row's alone.
    await page.getByLabelText('Outlet of “odesa.txt”').fill('Odesa Journal')
    await expect.element(page.getByLabelText('Outlet of “kyiv-grid.html”')).toHaveValue('Example Independent')
    await page.getByRole('button', { name: 'Import 2 articles' }).click()
    await expect.element(summary(), WAIT).toBeVisible()

    const stored = await db.articles.toArray()
    const grid = stored.find((a) => a.origin.fileName === 'kyiv-grid.html')
    const odesa = stored.find((a) => a.origin.fileName === 'odesa.txt')
    expect(grid).toMatchObject({
      title: 'Russian strikes hit Ukraine’s power grid overnight',
      outlet: 'Example Independent',
      author: 'Olena Harmash',
      publishedAt: '2025-01-15',
      url: 'https://example-independent.test/news/russian-strikes-power-grid'
    })
    expect(odesa).toMatchObject({
      title: 'Grain corridor reopens',
      outlet: 'Odesa Journal',
      author: 'Iryna Balachuk'
    })
    expect(odesa).not.toHaveProperty('publishedAt')
    expect(odesa).not.toHaveProperty('url')
  })

  it('stores a row under the title typed on it, and leaves out a row that is unticked', async () => {
    await show([file('kharkiv.txt', KHARKIV), file('odesa.txt', ODESA), file('kursk.txt', KURSK)])
    await expect.element(page.getByRole('button', { name: 'Import 3 articles' }), WAIT).toBeEnabled()
    await page.getByLabelText('Title of “kharkiv.txt”').fill('Power back in Kharkiv')
    await page.getByLabelText('Import “odesa.txt”').click()
    await expect.element(outcome('odesa.txt')).toHaveTextContent('Left out')
    await page.getByRole('button', { name: 'Import 2 articles' }).click()

    await expect.element(summary(), WAIT).toBeVisible()
    await expect.element(section('Left out (1)')).toHaveTextContent('odesa.txt')
    expect((await library()).titles).toEqual(['Power back in Kharkiv', 'kursk'])
  })

  it('takes two identical files in one batch as one article and a duplicate of it', async () => {
    await show([file('kursk.txt', KURSK), file('kursk-copy.txt', KURSK)])
    await expect
      .element(outcome('kursk-copy.txt'), WAIT)
      .toHaveTextContent('Duplicate of “kursk” in this batch')
    // Left out, the first no longer stands in the way of the second.
    await page.getByLabelText('Import “kursk.txt”').click()
    await expect.element(outcome('kursk-copy.txt')).toHaveTextContent('Ready')
    await page.getByLabelText('Import “kursk.txt”').click()
    await page.getByRole('button', { name: 'Import 1 article' }).click()
    await expect
      .element(section('Merged as duplicate (1)'), WAIT)
      .toHaveTextContent('kursk-copy.txt: the same text as “kursk”')
    expect(await db.articles.count()).toBe(1)
  })

  it('imports a row of damaged UTF-8 only when its box is ticked', async () => {
    const damaged = Uint8Array.from([
      ...encode('Port reopens in Gdańsk\n\nThe port of Gda'),
      0xc5,
      ...encode('sk reopened on Monday, officials said. “Ships queued at dawn,” a pilot said.')
    ])
    const rows = [file('kharkiv.txt', KHARKIV), { fileName: 'gdansk.txt', bytes: damaged }]
    await show(rows)
    await expect.element(outcome('gdansk.txt'), WAIT).toHaveTextContent('Needs your agreement')
    await expect.element(row('gdansk.txt')).toHaveTextContent('1 invalid')
    await expect.element(page.getByRole('button', { name: 'Import 1 article' }), WAIT).toBeEnabled()
    const agree = page.getByLabelText('Import “gdansk.txt” with � in place of each invalid sequence')
    await agree.click()
    await expect.element(outcome('gdansk.txt'), WAIT).toHaveTextContent('Ready')
    await expect.element(page.getByLabelText('Title of “gdansk.txt”')).toHaveValue('Port reopens in Gdańsk')
    // Unticked again, it is out again.
    await agree.click()
    await expect.element(outcome('gdansk.txt')).toHaveTextContent('Needs your agreement')
    await agree.click()
    await page.getByRole('button', { name: 'Import 2 articles' }).click()
    await expect.element(summary(), WAIT).toBeVisible()
    const stored = await db.articles.toArray()
    const gdansk = stored.find((a) => a.origin.fileName === 'gdansk.txt')
    expect((await db.texts.get(gdansk!.id))?.text).toContain('The port of Gda\uFFFDsk reopened on Monday')
  })

  it('leaves a damaged row out when its box is never ticked, and says why', async () => {
    const damaged = Uint8Array.from([
      ...encode('Gdańsk port reopens. The port of Gda'),
      0xc5,
      ...encode('sk is open.')
    ])
    await show([file('kharkiv.txt', KHARKIV), { fileName: 'gdansk.txt', bytes: damaged }])
    await expect.element(page.getByRole('button', { name: 'Import 1 article' }), WAIT).toBeEnabled()
    await page.getByRole('button', { name: 'Import 1 article' }).click()
    await expect
      .element(section('Not imported (1)'), WAIT)
      .toHaveTextContent('gdansk.txt: its invalid UTF-8 was not agreed to be imported with � in its place.')
    expect((await library()).titles).toEqual(['Kharkiv grid repairs'])
  })

  it('refuses a file over 50 MB on its row, without reading it, and imports the others', async () => {
    const dropped = await readDroppedFiles([
      new File([KHARKIV], 'kharkiv.txt'),
      new File([new Uint8Array(MAX_IMPORT_FILE_BYTES + 1)], 'archive.txt'),
      new File([ODESA], 'odesa.txt')
    ])
    await show(dropped)
    await expect
      .element(outcome('archive.txt'))
      .toHaveTextContent('Refused: archive.txt is 50.1 MB; the limit is 50 MB')
    await expect.element(page.getByRole('button', { name: 'Import 2 articles' }), WAIT).toBeEnabled()
    await page.getByRole('button', { name: 'Import 2 articles' }).click()
    await expect
      .element(section('Not imported (1)'), WAIT)
      .toHaveTextContent('archive.txt: archive.txt is 50.1 MB; the limit is 50 MB')
    expect((await library()).titles).toEqual(['Grain corridor reopens', 'Kharkiv grid repairs'])
  })

  it('reports a row that fails on its row, and keeps the rows imported before and after it', async () => {
    await show([file('kharkiv.txt', KHARKIV), file('odesa.txt', ODESA), file('kursk.txt', KURSK)])
    await expect.element(page.getByRole('button', { name: 'Import 3 articles' }), WAIT).toBeEnabled()
    await page.getByRole('button', { name: 'Details of “odesa.txt”' }).click()
    await page.getByLabelText('URL of “odesa.txt”').fill('ftp://example.test/odesa')
    await page.getByRole('button', { name: 'Import 3 articles' }).click()
    await expect
      .element(section('Not imported (1)'), WAIT)
      .toHaveTextContent(
        'odesa.txt: URL: “ftp://example.test/odesa” is not a web address (http:// or https://).'
      )
    const after = await library()
    expect(after.titles).toEqual(['Kharkiv grid repairs', 'kursk'])
  })

  it('routes a backup in the batch to Restore, and back to the review', async () => {
    const backup = JSON.stringify({ format: BACKUP_FORMAT, version: 4 })
    await show([file('kharkiv.txt', KHARKIV), file('library.json', backup)])
    await expect.element(outcome('library.json'), WAIT).toHaveTextContent('A backup: restore it instead')
    await row('library.json').getByRole('button', { name: 'Restore it instead…' }).click()
    await expect
      .element(page.getByText('“library.json” is a Sourcemark backup, not an article'))
      .toBeVisible()
    // This one is no backup Sourcemark can restore: nothing is, and the review is there again.
    await page.getByRole('button', { name: 'Close' }).click()
    await expect.element(outcome('kharkiv.txt')).toHaveTextContent('Ready')
    await page.getByRole('button', { name: 'Import 1 article' }).click()
    await expect
      .element(section('Not imported (1)'), WAIT)
      .toHaveTextContent(
        'library.json: it is a Sourcemark backup: restore it with Library ▾ → Restore backup….'
      )
    expect((await library()).titles).toEqual(['Kharkiv grid repairs'])
  })

  it('Cancel during the import stops before the next file; the file being written lands whole or not at all', async () => {
    await show([file('kharkiv.txt', KHARKIV), file('odesa.txt', ODESA), file('kursk.txt', KURSK)])
    await expect.element(page.getByRole('button', { name: 'Import 3 articles' }), WAIT).toBeEnabled()
    // Cancel is pressed the moment the dialog says the first file is being imported.
    observer = new MutationObserver(() => {
      const importing = [...document.querySelectorAll('[role="status"]')].some((status) =>
        status.textContent?.startsWith('Importing 1 of 3')
      )
      if (!importing) return
      observer?.disconnect()
      ;[...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')?.click()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    await page.getByRole('button', { name: 'Import 3 articles' }).click()
    await expect.element(summary(), WAIT).toBeVisible()
    const notImported = section(/^Not imported/)
    await expect.element(notImported).toHaveTextContent('odesa.txt: the import was cancelled before it.')
    await expect.element(notImported).toHaveTextContent('kursk.txt: the import was cancelled before it.')
    const stored = await db.articles.toArray()
    expect(stored.map((a) => a.title).filter((t) => t !== 'Kharkiv grid repairs')).toEqual([])
    // The first file, if it landed, landed whole: its text and sentences are there too.
    for (const article of stored) {
      expect(await db.texts.get(article.id)).toBeDefined()
      expect(await db.sentences.get(article.id)).toBeDefined()
    }
    expect(await db.texts.count()).toBe(stored.length)
    expect(await db.sentences.count()).toBe(stored.length)
  })

  it('Cancel while the files are read writes nothing', async () => {
    const onClose = vi.fn()
    const before = await library()
    await mountInApp(
      <ImportDialog
        opened
        onClose={onClose}
        onImported={() => {}}
        dropped={[file('kharkiv.txt', KHARKIV), file('odesa.txt', ODESA)]}
      />
    )
    await page.getByRole('button', { name: 'Cancel' }).click()
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(await library()).toEqual(before)
  })
})
