// Cancel during a large import writes nothing: the library's every table holds exactly the rows
// it held before, the article is nowhere, the next import lands, and a reload shows the same. The
// import is held where it cannot have written (its write waiting behind a transaction the spec
// holds, or its worker not yet loaded) until Cancel has been clicked, so no machine is too fast.
// Cancel while a large PDF is still being read (pdf.js held back) ends the reader the same way.
import { expect, test, type Locator, type Page, type Worker } from '@playwright/test'
import { writePdf } from '../../test-support/fixtures/pdf'
import { SAMPLE_LEDE, WorkbenchPage } from '../pages/workbench-page'
import {
  holdImportWorker,
  holdScripts,
  holdTables,
  libraryRows,
  rowChanges,
  tablesHolding,
  type LibraryRows
} from '../pages/library-holds'

const HEADLINE = 'Ceasefire monitors log shelling along the front line'
const TOWNS = ['Huliaipole', 'Orikhiv', 'Kupiansk', 'Lyman', 'Siversk', 'Toretsk', 'Pokrovsk', 'Vuhledar']

/** A news report of `paragraphs` distinct paragraphs of three sentences each (320 characters or so). */
function largeReport(paragraphs: number): string {
  const body = Array.from({ length: paragraphs }, (_, i) => {
    const town = TOWNS[i % TOWNS.length]
    return [
      `Monitors in ${town} recorded ${((i * 7) % 90) + 3} explosions in report ${i + 1}, the mission said on day ${Math.floor(i / 24) + 1}.`,
      `Patrol ${i + 1} counted ${((i * 13) % 40) + 2} craters near the ${town} road and photographed the damage.`,
      `“We heard the shells land at ${(i % 12) + 1} o’clock,” a resident of ${town} told the patrol.`
    ].join(' ')
  })
  return `${HEADLINE}\nBy Oksana Lytvyn\n\n${body.join('\n\n')}\n`
}

/** About 4.3 MB of text, 40,000 sentences: an import that takes its worker a while to prepare. */
const LARGE = {
  name: 'front-line-monitoring.txt',
  mimeType: 'text/plain',
  buffer: Buffer.from(largeReport(13_000))
}
/** Phrases only the large report holds: its title, and a sentence from its middle. */
const LARGE_PHRASES = [HEADLINE, 'Patrol 6500 counted']

const SMALL_TITLE = 'Kherson ferry resumes crossings'
const SMALL_TEXT =
  'The ferry between Kherson and Hola Prystan resumed crossings on Monday, the regional administration said. ' +
  'Two trips a day are planned while the river stays calm.'

/** The library list's entries, as it shows them. */
const libraryTitles = (app: WorkbenchPage): Locator => app.library.getByRole('button')

/** The page's animations that repeat without end (a spinner, a striped bar), named by their element. */
const endlessAnimations = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    document
      .getAnimations()
      .filter((a) => a.effect?.getComputedTiming().iterations === Infinity)
      .map((a) => {
        const target = (a.effect as KeyframeEffect | null)?.target
        return `${target?.tagName.toLowerCase()}.${target?.className}`
      })
  )

/**
 * The small import that must land after the cancelled one: the library then holds exactly what it
 * held before, plus that article (its rows, two history entries, and the reader's last-opened
 * article pointing at it). Any stray write of the cancelled import would show here too.
 */
async function importSmallAndCheck(app: WorkbenchPage, before: LibraryRows): Promise<LibraryRows> {
  await app.page.getByRole('button', { name: 'Import', exact: true }).click()
  const dialog = app.page.getByRole('dialog', { name: 'Import article' })
  // Cancel stopped the import, not the draft: the file is still in the form, to import or clear.
  await expect(dialog.getByText(`Text from “${LARGE.name}”`)).toBeVisible()
  await dialog.getByRole('button', { name: 'Clear' }).click()
  // Its text, written ahead of an import while the form held it, goes with it: the import worker
  // drops it in a transaction of its own, and the next import is told only once that is done.
  await expect.poll(() => tablesHolding(app.page, LARGE_PHRASES)).toEqual([])
  await dialog.getByLabel('Title').fill(SMALL_TITLE)
  await dialog.getByLabel('Article text').fill(SMALL_TEXT)
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('The ferry between Kherson')
  await expect(app.page.getByRole('status')).toContainText(`Imported “${SMALL_TITLE}”: 2 sentences.`)
  const after = await libraryRows(app.page)
  const [smallId] = Object.keys(after.articles ?? {}).filter((key) => !(key in (before.articles ?? {})))
  expect(smallId).toBeDefined()
  const lastHistory = Math.max(...Object.keys(before.history ?? {}).map(Number))
  expect(rowChanges(before, after).sort()).toEqual(
    [
      `articles ${smallId}: added`,
      `texts ${smallId}: added`,
      `sentences ${smallId}: added`,
      `articleCounts ${smallId}: added`,
      `history ${lastHistory + 1}: added`,
      `history ${lastHistory + 2}: added`,
      `settings "lastArticleId": changed`
    ].sort()
  )
  expect(await tablesHolding(app.page, LARGE_PHRASES)).toEqual([])
  return after
}

/** After a reload the library shows the sample and the small article, and nothing of the large one. */
async function reloadAndCheck(app: WorkbenchPage, stored: LibraryRows): Promise<void> {
  await app.page.reload()
  await app.waitForArticle('The ferry between Kherson')
  await expect(app.library.getByRole('button', { name: new RegExp(SMALL_TITLE) })).toBeVisible()
  await expect(app.library.getByRole('button', { name: new RegExp(HEADLINE) })).toHaveCount(0)
  expect(rowChanges(stored, await libraryRows(app.page))).toEqual([])
}

test('Cancel while a large file is being saved writes nothing, and the next import lands', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const before = await libraryRows(page)
  const listed = await libraryTitles(app).allInnerTexts()

  const dialog = await app.openFileInImport(LARGE)
  await expect(dialog.getByLabel('Title')).toHaveValue(HEADLINE)
  await expect(dialog.getByText(`Text from “${LARGE.name}”`)).toBeVisible()

  // Every import writes its text, its sentence table and its history in one transaction: held
  // here, the import reaches its write (its duplicate check reads only the articles) and waits.
  const hold = await holdTables(page, ['texts', 'sentences', 'history'])
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog.getByRole('status')).toHaveText('Saving to the library… (step 4 of 4)')
  // Nothing spins or moves without end while it imports: each frame of such an animation was
  // drawn on a core the import's own tasks waited for.
  expect(await endlessAnimations(page)).toEqual([])
  const cancel = dialog.getByRole('button', { name: 'Cancel' })
  await cancel.click()
  // The dialog says it is stopping, and stays until the import has settled.
  await expect(cancel).toHaveAttribute('data-loading', 'true')
  await expect(dialog.getByRole('button', { name: 'Import article' })).toBeDisabled()
  await hold.release()

  // The write, let through, heard the cancel: the dialog closes with nothing stored.
  await expect(dialog).toBeHidden()
  expect(rowChanges(before, await libraryRows(page))).toEqual([])
  expect(await tablesHolding(page, LARGE_PHRASES)).toEqual([])
  expect(await libraryTitles(app).allInnerTexts()).toEqual(listed)
  await expect(app.sentence(0)).toContainText(SAMPLE_LEDE)
  await expect(page.getByText(`Imported “${HEADLINE}”`)).toHaveCount(0)

  await reloadAndCheck(app, await importSmallAndCheck(app, before))
})

/**
 * The sample open, and the import worker's script held back: a page opened on a library that
 * already holds the sample starts no import worker until the import dialog opens, and the worker
 * it starts then waits for its script. `importers` lists the import workers that ran (a worker
 * is reported once its script has loaded).
 */
async function withImportWorkerHeld(page: Page) {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  const before = await libraryRows(page)
  const importers: string[] = []
  page.on('worker', (worker) => {
    if (/segment\.worker/.test(worker.url())) importers.push(worker.url())
  })
  return { app, before, importers, script: await holdImportWorker(page) }
}

test('Cancel before the import worker has started closes at once, ends that worker, and writes nothing', async ({
  page
}) => {
  const { app, before, importers, script } = await withImportWorkerHeld(page)

  const dialog = await app.openFileInImport(LARGE)
  await expect(dialog.getByLabel('Title')).toHaveValue(HEADLINE)
  await expect.poll(script.requests).toBe(1)
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog.getByRole('button', { name: 'Import article' })).toBeDisabled()
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // At once, while the worker given the import still waits for its script: that worker is ended,
  // and a fresh one asks for the script in its place.
  await expect(dialog).toBeHidden()
  await expect.poll(script.requests).toBe(2)
  expect(importers).toEqual([])
  await script.release()

  expect(rowChanges(before, await libraryRows(page))).toEqual([])
  const stored = await importSmallAndCheck(app, before)
  // The next import went through the fresh worker; the one given the cancelled import never ran.
  expect(importers).toHaveLength(1)
  await reloadAndCheck(app, stored)
})

test('Cancel while the dialog counts a large file’s sentences ends that count at once and writes nothing; the file then counts and imports whole', async ({
  page
}) => {
  const { app, before, importers, script } = await withImportWorkerHeld(page)

  // The file read is handed to the import worker to be prepared ahead of Import article: that
  // worker waits for its script, held here, so the count cannot be ready when Cancel is clicked.
  const dialog = await app.openFileInImport(LARGE)
  await expect(dialog.getByLabel('Title')).toHaveValue(HEADLINE)
  await expect(dialog.getByTestId('import-sentence-count')).toHaveText('Counting sentences…')
  await expect.poll(script.requests).toBe(1)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toBeHidden()
  await script.release()
  expect(rowChanges(before, await libraryRows(page))).toEqual([])

  // The file is still in the form: counted again, and imported with the count the dialog said.
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByText(`Text from “${LARGE.name}”`)).toBeVisible()
  // The worker given the cancelled count was ended at Cancel: a fresh one asked for the script.
  await expect.poll(script.requests).toBe(2)
  const count = dialog.getByTestId('import-sentence-count')
  await expect(count).toHaveText(/^[\d,]+ sentences$/)
  const sentences = (await count.innerText()).replace(/ sentences$/, '')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('Monitors in Huliaipole recorded 3 explosions in report 1')
  await expect(page.getByRole('status')).toContainText(`Imported “${HEADLINE}”: ${sentences} sentences.`)
  await expect(app.library.getByRole('button', { name: new RegExp(HEADLINE) })).toContainText(
    `${sentences} sentences`
  )
  // Counted and imported by the fresh worker; the one given the cancelled count never ran.
  expect(importers).toHaveLength(1)
})

/** A report of `pages` pages of 40 lines each, every line a sentence of its own. */
async function largePdf(pages: number): Promise<Buffer> {
  return Buffer.from(
    await writePdf({
      title: 'Monitoring mission: daily shelling log',
      pages: Array.from({ length: pages }, (_, page) =>
        Array.from({ length: 40 }, (_, line) => ({
          text: `Entry ${page * 40 + line + 1}: monitors recorded shelling near ${TOWNS[(page + line) % TOWNS.length]} at ${(line % 12) + 1} o’clock.`,
          x: 50,
          y: 60 + line * 16
        }))
      )
    })
  )
}

test('Cancel while a large PDF is being read ends its reader, writes nothing, and the file reads again', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const before = await libraryRows(page)
  const pdf = { name: 'shelling-log.pdf', mimeType: 'application/pdf', buffer: await largePdf(60) }
  const readers: Array<{ worker: Worker; ended: boolean }> = []
  page.on('worker', (worker) => {
    if (!/format\.worker/.test(worker.url())) return
    const reader = { worker, ended: false }
    readers.push(reader)
    worker.on('close', () => (reader.ended = true))
  })
  // pdf.js is fetched by the file reader's worker on its first PDF: held, the read cannot end.
  const pdfjs = await holdScripts(page, /^pdf(\.worker)?-[\w-]+\.js$/)

  const dialog = await app.openFileInImport(pdf)
  await expect(dialog.getByText(`Reading “${pdf.name}”…`)).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Import article' })).toBeDisabled()
  // The reader's worker runs, and waits for pdf.js.
  await expect.poll(pdfjs.requests).toBeGreaterThan(0)
  await expect.poll(() => readers.length).toBe(1)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  // At once: the reader's worker is ended with the read it held.
  await expect(dialog).toBeHidden()
  await expect.poll(() => readers[0]!.ended).toBe(true)
  await pdfjs.release()
  expect(rowChanges(before, await libraryRows(page))).toEqual([])

  // Nothing of the stopped read reached the form; the same file, read again, imports whole.
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await expect(dialog.getByLabel('Title')).toHaveValue('')
  await expect(dialog.getByLabel('Article text')).toHaveValue('')
  await app.pickFileInImport(dialog, pdf)
  await expect(dialog.getByLabel('Title')).toHaveValue('Monitoring mission: daily shelling log')
  await dialog.getByRole('button', { name: 'Import article' }).click()
  await expect(dialog).toBeHidden()
  await app.waitForArticle('Entry 1: monitors recorded shelling near Huliaipole')
  await expect(
    app.library.getByRole('button', { name: /Monitoring mission: daily shelling log/ })
  ).toContainText('2,400 sentences')
})

test('a text counted in the form, and the window closed before Import article: nothing of it is left at the next start', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  const before = await libraryRows(page)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await dialog.getByLabel('Title').fill(SMALL_TITLE)
  await dialog.getByLabel('Article text').fill(SMALL_TEXT)
  await expect(dialog.getByTestId('import-sentence-count')).toHaveText('2 sentences')
  // Counted, its text is written ahead of Import article (which then writes only the small rows),
  // under the id its article would have: a row the library lists nowhere.
  expect(rowChanges(before, await libraryRows(page))).toEqual([
    expect.stringMatching(/^texts "[\w-]+": added$/)
  ])
  await expect(libraryTitles(app)).toHaveCount(1)

  await page.reload()
  await app.waitForArticle(SAMPLE_LEDE)
  await expect.poll(async () => rowChanges(before, await libraryRows(page))).toEqual([])
  expect(await tablesHolding(page, ['Hola Prystan'])).toEqual([])
})
