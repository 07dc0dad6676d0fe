// Saved pages in the import dialog are read in the file reader's worker: the page keeps answering
// while one is read, a page nested 50,000 levels deep is refused by name, and Stop reading ends a
// long read. Nothing is written. Real Chromium, real workers, real IndexedDB.
import { describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import type { PickedFile } from '../../platform'
import { libraryRows as library, openImportDialog } from './import-dialog-harness'
import { readArticleFile } from './read-file'

/**
 * Counts the turns the page's thread takes while a read runs: a chain of timers that ticks only
 * when the thread is free. A read on the page's own thread would hold it until the read ended.
 */
function countTurns() {
  let turns = 0
  let running = true
  const tick = () => {
    if (!running) return
    turns++
    setTimeout(tick, 0)
  }
  setTimeout(tick, 0)
  return {
    stop: () => {
      running = false
      return turns
    }
  }
}

const ARTICLE =
  '<h1>Strikes hit the grid</h1>' +
  '<p>Russian missiles and drones struck energy facilities in five regions overnight, the grid operator said on Wednesday.</p>' +
  '<p>Repair crews restored power to most of Kyiv by the morning, according to the city administration.</p>' +
  '<p>The operator asked residents to limit their use of heavy appliances during the evening peak hours.</p>'

/** A page whose article lies `levels` elements deep. */
const nested = (levels: number) =>
  `<!doctype html><html lang="en"><head><title>Deep page</title></head><body>` +
  `${'<div>'.repeat(levels)}${ARTICLE}${'</div>'.repeat(levels)}</body></html>`

/**
 * A page within the depth limit that Readability still works on far longer than a click takes:
 * 40 branches, each 505 levels deep (508 with html and body, under the 512 read). A page over
 * the limit would be refused at once, before anything could be stopped.
 */
const slowPage = () =>
  `<!doctype html><html lang="en"><head><title>Slow page</title></head><body>` +
  `${'<div>'.repeat(505)}${ARTICLE}${'</div>'.repeat(505)}`.repeat(40) +
  `</body></html>`

const DEEP_REFUSAL =
  '“report.html” is nested too deeply to read (50,003 levels of elements; a page is read up to 512, and news pages have a few dozen).'

const file = (fileName: string, html: string): PickedFile => ({
  fileName,
  bytes: new TextEncoder().encode(html)
})

describe('saved pages read in the worker', () => {
  // The turns are counted from before the read starts until its promise settles: a read on this
  // thread would settle before a single timer could fire.
  it('refuse a page nested 50,000 levels deep, naming it, while this page answers', async () => {
    const deep = file('report.html', nested(50_000))
    expect(deep.bytes.length).toBeGreaterThan(550_000)
    const turns = countTurns()
    const outcome = await readArticleFile(deep)
    expect(turns.stop()).toBeGreaterThan(1)
    expect(outcome).toEqual({ kind: 'refused', message: DEEP_REFUSAL })
  })

  it('read a page 150 levels deep to its article while this page answers', async () => {
    const turns = countTurns()
    const outcome = await readArticleFile(file('deep.html', nested(150)))
    expect(turns.stop()).toBeGreaterThan(1)
    expect(outcome).toMatchObject({
      kind: 'article',
      article: {
        title: 'Deep page',
        text: expect.stringContaining('Repair crews restored power to most of Kyiv by the morning')
      }
    })
  })

  it('stop when the read is cancelled: it rejects as cancelled, never giving the article', async () => {
    const controller = new AbortController()
    const read = readArticleFile(file('slow.html', slowPage()), { signal: controller.signal })
    // Cancelled a few turns of this thread after the read started, while its worker is at work.
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setTimeout(resolve, 0))
    controller.abort()
    await expect(read).rejects.toMatchObject({ name: 'FileReadError', reason: 'cancelled' })
  })
})

describe('saved pages in the import dialog', () => {
  it('refuses a page nested 50,000 levels deep by name, writing nothing', async () => {
    const { drop } = await openImportDialog()
    const before = await library()
    drop(file('report.html', nested(50_000)))
    await expect.element(page.getByRole('alert')).toHaveTextContent(DEEP_REFUSAL)
    await expect.element(page.getByLabelText('Title')).toHaveValue('')
    expect(await library()).toBe(before)
  })

  it('stops reading a page on Stop reading, and the stopped read fills in nothing', async () => {
    const { drop } = await openImportDialog()
    const before = await library()
    drop(file('slow.html', slowPage()))
    await expect.element(page.getByText('Reading “slow.html”…')).toBeVisible()
    await page.getByRole('button', { name: 'Stop reading' }).click()
    await expect.element(page.getByText(/Reading “slow\.html”/)).not.toBeInTheDocument()

    // A page read after it is the dialog's, whatever the stopped read would have said.
    drop(file('short.html', `<html><head><title>The short note</title></head><body>${ARTICLE}</body></html>`))
    await expect.element(page.getByLabelText('Title')).toHaveValue('The short note')
    expect(await library()).toBe(before)
  })
})
