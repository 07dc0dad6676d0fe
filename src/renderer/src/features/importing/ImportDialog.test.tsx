// The import dialog says where a long import is while the worker prepares the article, and the
// page keeps running meanwhile. Real Chromium, real worker, real IndexedDB.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { act } from 'react'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import savedPage from '../../../../../e2e/fixtures/kyiv-grid.html?raw'
import { db } from '../../db'
import { mountInApp } from '../../test-support/in-app'
import { DraftFieldsRenderProbe } from './DraftFields'
import { ImportDialog } from './ImportDialog'

let observer: MutationObserver | undefined
afterEach(() => {
  observer?.disconnect()
  observer = undefined
})

/** The sample's paragraphs, numbered so that no two repeat, to about `chars` characters. */
function longArticle(chars: number): string {
  const paragraphs = sampleText.split('\n').filter((line) => line.trim())
  const out: string[] = []
  for (let i = 0, size = 0; size < chars; i++) {
    const line = `${paragraphs[i % paragraphs.length]} (${i})`
    out.push(line)
    size += line.length + 1
  }
  return out.join('\n')
}

describe('ImportDialog', () => {
  it('counts the sentences of a file as soon as it is read, then imports it with nothing left to split', async () => {
    const onImported = vi.fn()
    const bytes = new TextEncoder().encode(longArticle(600_000))
    // Every count the dialog showed, recorded as the page changes it, and the frames it painted
    // while the worker was counting: the UI thread is free meanwhile.
    const counts: string[] = []
    let framesWhileCounting = 0
    let counting = true
    const countFrame = () => {
      if (counts.at(-1) === 'Counting sentences…') framesWhileCounting++
      if (counting) requestAnimationFrame(countFrame)
    }
    requestAnimationFrame(countFrame)
    observer = new MutationObserver(() => {
      const count = document.querySelector('[data-testid="import-sentence-count"]')?.textContent ?? ''
      if (count && count !== counts.at(-1)) counts.push(count)
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    await mountInApp(
      <ImportDialog
        opened
        onClose={() => {}}
        onImported={onImported}
        dropped={{ fileName: 'kursk-digest.txt', bytes }}
      />
    )
    await expect.element(page.getByText('Text from “kursk-digest.txt”')).toBeVisible()
    // A wait for the count, not a time limit: the worker loads the segmenter first.
    const shown = page.getByTestId('import-sentence-count').getByText(/^[\d,]+ sentences$/)
    await expect.element(shown, { timeout: 10 * 60_000 }).toBeVisible()
    counting = false
    expect(counts[0]).toBe('Counting sentences…')
    expect(framesWhileCounting).toBeGreaterThan(0)
    const count = shown.element().textContent!

    // Every status the analyst could have seen after the click.
    const statuses: string[] = []
    const statusObserver = new MutationObserver(() => {
      const status = document.querySelector('[role="status"]')?.textContent ?? ''
      if (status && status !== statuses.at(-1)) statuses.push(status)
    })
    statusObserver.observe(document.body, { subtree: true, childList: true, characterData: true })
    await page.getByRole('button', { name: 'Import article' }).click()
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    statusObserver.disconnect()
    const [articleId, message] = onImported.mock.calls[0]
    // The count said before the click is the count imported and stored.
    expect(message).toBe(`Imported “kursk digest”: ${count}.`)
    const table = await db.sentences.get(articleId)
    expect(table!.seqs.length.toLocaleString('en')).toBe(count.replace(' sentences', ''))
    // Prepared ahead: after the click, nothing was normalised or split any more.
    expect(statuses.some((s) => /step [23]/.test(s))).toBe(false)
    const steps = statuses.map((s) => Number(/step (\d) of 4/.exec(s)?.[1]))
    expect(steps).toEqual([...steps].sort())
    expect(document.querySelector('[role="status"]')).toBeNull()
  })
  it('counts a pasted text once typing pauses, says the count is stale while an edit is counted, and imports the edited text', async () => {
    const onImported = vi.fn()
    await mountInApp(<ImportDialog opened onClose={() => {}} onImported={onImported} />)
    const count = page.getByTestId('import-sentence-count')
    await page.getByLabelText('Title').fill('Sumy report')
    await page
      .getByLabelText('Article text')
      .fill('Drones struck Sumy overnight, the governor said. Two people were injured.')
    await expect.element(count, { timeout: 10 * 60_000 }).toHaveTextContent(/^2 sentences$/)
    const box = page.getByLabelText('Article text')
    ;(box.element() as HTMLTextAreaElement).focus()
    await userEvent.keyboard('{End} Schools stayed closed.')
    // Stale from the first key until the edited text is counted.
    await expect.element(count).toHaveTextContent('Counting sentences…')
    await expect.element(count, { timeout: 10 * 60_000 }).toHaveTextContent(/^3 sentences$/)
    await page.getByRole('button', { name: 'Import article' }).click()
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    const [articleId, message] = onImported.mock.calls[0]
    expect(message).toBe('Imported “Sumy report”: 3 sentences.')
    expect((await db.texts.get(articleId))?.text).toBe(
      'Drones struck Sumy overnight, the governor said. Two people were injured. Schools stayed closed.'
    )
  })
  it('says that a line with no sentence end was split, and into how many parts', async () => {
    const onImported = vi.fn()
    const line = 'drone '.repeat(1_000).trim()
    const bytes = new TextEncoder().encode(`Sumy drone report\n\n${line}\n\nThe border stayed closed.`)
    await mountInApp(
      <ImportDialog
        opened
        onClose={() => {}}
        onImported={onImported}
        dropped={{ fileName: 'sumy.txt', bytes }}
      />
    )
    // Said before the click, once the worker has prepared the text.
    await expect
      .element(page.getByTestId('import-sentence-count'), { timeout: 10 * 60_000 })
      .toHaveTextContent(
        '1 line of 5,999 characters without a sentence end will be split into 4 parts of at most 2,000 characters.5 sentences'
      )
    await page.getByRole('button', { name: 'Import article' }).click()
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    const [articleId, message] = onImported.mock.calls[0]
    expect(message).toBe(
      // The first line reads as a headline, so it is the title and not a sentence.
      'Imported “Sumy drone report”: 5 sentences. 1 line of 5,999 characters without a sentence end was split into 4 parts of at most 2,000 characters.'
    )
    const table = await db.sentences.get(articleId)
    expect(Array.from(table!.starts, (start, i) => table!.ends[i] - start).every((n) => n <= 2_000)).toBe(
      true
    )
  })
  it('Cancel during a long import closes the dialog once nothing can land, and nothing does', async () => {
    const onImported = vi.fn()
    const onClose = vi.fn()
    const bytes = new TextEncoder().encode(longArticle(2_000_000))
    const before = { articles: await db.articles.count(), history: await db.history.count() }
    // Import article is clicked the moment the dialog starts counting (the worker is then still
    // preparing 2 MB ahead), and Cancel as soon as the dialog shows the import under way.
    let clicked = false
    observer = new MutationObserver(() => {
      const button = (name: string) =>
        [...document.querySelectorAll('button')].find((b) => b.textContent === name)
      const importButton = button('Import article')
      if (document.querySelector('form[aria-busy="true"]')) {
        observer?.disconnect()
        button('Cancel')?.click()
      } else if (!clicked && document.body.textContent?.includes('Counting sentences…')) {
        clicked = true
        importButton?.click()
      }
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
    await mountInApp(
      <ImportDialog
        opened
        onClose={onClose}
        onImported={onImported}
        dropped={{ fileName: 'kursk-digest.txt', bytes }}
      />
    )
    await expect.poll(() => onClose.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    expect(onImported).not.toHaveBeenCalled()
    expect({ articles: await db.articles.count(), history: await db.history.count() }).toEqual(before)
    expect(await db.articleCounts.count()).toBe(0)
  })
  it('gives a second file its own details, never the first file’s, and imports it under them', async () => {
    const onImported = vi.fn()
    const dialog = (dropped: { fileName: string; bytes: Uint8Array }) => (
      <ImportDialog opened onClose={() => {}} onImported={onImported} dropped={dropped} />
    )
    const shown = await mountInApp(
      dialog({ fileName: 'kyiv-grid.html', bytes: new TextEncoder().encode(savedPage) })
    )
    await expect.element(page.getByLabelText('Outlet')).toHaveValue('Example Independent')
    await expect.element(page.getByLabelText('Author')).toHaveValue('Olena Harmash')
    // Dropped on the open dialog: the same dialog given the next file.
    await act(async () =>
      shown.render(dialog({ fileName: 'sumy-notes.txt', bytes: new TextEncoder().encode(sampleText) }))
    )
    await expect.element(page.getByLabelText('Title')).toHaveValue('sumy notes')
    for (const field of ['Outlet', 'Author', 'Published', 'URL']) {
      await expect.element(page.getByLabelText(field)).toHaveValue('')
    }
    await page.getByRole('button', { name: 'Import article' }).click()
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    const stored = await db.articles.get(onImported.mock.calls[0][0])
    expect(stored).toMatchObject({
      title: 'sumy notes',
      origin: { fileName: 'sumy-notes.txt', mediaType: 'text/plain' }
    })
    expect(stored).not.toHaveProperty('outlet')
    expect(stored).not.toHaveProperty('author')
    expect(stored).not.toHaveProperty('url')
  })
  it('renders its buttons and progress from Import article until the article is stored, never the form’s fields', async () => {
    let fieldRenders = 0
    let fieldRendersWhenStored: number | undefined
    const onImported = vi.fn(() => (fieldRendersWhenStored = fieldRenders))
    await mountInApp(
      <DraftFieldsRenderProbe.Provider value={() => fieldRenders++}>
        <ImportDialog opened onClose={() => {}} onImported={onImported} />
      </DraftFieldsRenderProbe.Provider>
    )
    await page.getByLabelText('Title').fill('Kherson report')
    await page.getByLabelText('Article text').fill(longArticle(20_000))
    const count = page.getByTestId('import-sentence-count')
    await expect.element(count, { timeout: 10 * 60_000 }).toHaveTextContent(/^[\d,]+ sentences$/)
    // The dialog renders (its button is disabled from the click on), the fields do not.
    const button = page.getByRole('button', { name: 'Import article' })
    await expect.element(button).toBeEnabled()
    let busyShown = false
    observer = new MutationObserver(() => {
      busyShown ||= (button.element() as HTMLButtonElement).disabled
    })
    observer.observe(document.body, { subtree: true, attributes: true })
    fieldRenders = 0
    await button.click()
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    expect(busyShown).toBe(true)
    expect(fieldRendersWhenStored).toBe(0)
  })

  it('leaves the page in the commit that closes it, with no exit animation under the article it opened', async () => {
    const dialog = (opened: boolean) => (
      <ImportDialog opened={opened} onClose={() => {}} onImported={() => {}} />
    )
    const root = await mountInApp(dialog(true))
    await expect.element(page.getByRole('dialog', { name: 'Import article' })).toBeVisible()
    // The article imported renders over the frames after this commit; an animation's steps, each a
    // render of its own, would interrupt that render and start it again.
    await act(async () => root.render(dialog(false)))
    expect(document.querySelector('[role="dialog"]')).toBeNull()
  })

  it('keeps a long file’s text whole and editable in a box that scrolls instead of growing', async () => {
    const text = longArticle(60_000)
    await mountInApp(
      <ImportDialog
        opened
        onClose={() => {}}
        onImported={() => {}}
        dropped={{ fileName: 'kursk-digest.txt', bytes: new TextEncoder().encode(text) }}
      />
    )
    const box = page.getByLabelText('Article text')
    await expect.element(box).toHaveValue(text)
    const area = box.element() as HTMLTextAreaElement
    // At most 20 lines high, however long the text: the rest is reached by scrolling the box.
    const line = parseFloat(getComputedStyle(area).fontSize) * 1.6
    expect(area.clientHeight).toBeLessThan(22 * line)
    expect(area.scrollHeight).toBeGreaterThan(area.clientHeight * 10)
    // Edited at its end, as the analyst would after scrolling down: every character stays.
    area.focus()
    area.setSelectionRange(text.length, text.length)
    await userEvent.keyboard(' Edited.')
    await expect.element(box).toHaveValue(`${text} Edited.`)
  })
})
