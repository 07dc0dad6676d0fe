// The import dialog says where a long import is while the worker prepares the article, and the
// page keeps running meanwhile. Real Chromium, real worker, real IndexedDB.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import sampleText from '../../../../../resources/samples/dprk-kursk.txt?raw'
import savedPage from '../../../../../e2e/fixtures/kyiv-grid.html?raw'
import { db } from '../../db'
import { theme } from '../../theme'
import { ImportDialog } from './ImportDialog'

let root: Root | undefined
let host: HTMLElement | undefined
let observer: MutationObserver | undefined
afterEach(async () => {
  observer?.disconnect()
  act(() => root?.unmount())
  host?.remove()
  root = host = observer = undefined
  await db.delete()
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
  it('shows each stage of a long import in order, then reports the import', async () => {
    const onImported = vi.fn()
    const bytes = new TextEncoder().encode(longArticle(600_000))
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(
        <MantineProvider theme={theme}>
          <ImportDialog
            opened
            onClose={() => {}}
            onImported={onImported}
            dropped={{ fileName: 'kursk-digest.txt', bytes }}
          />
        </MantineProvider>
      )
    })
    await expect.element(page.getByText('Text from “kursk-digest.txt”')).toBeVisible()

    // Every status the analyst could have seen, recorded as the page changes it.
    const shown: string[] = []
    observer = new MutationObserver(() => {
      const status = document.querySelector('[role="status"]')?.textContent ?? ''
      if (status && status !== shown.at(-1)) shown.push(status)
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    // Frames the page painted while the worker was segmenting: the UI thread was free to run.
    let framesWhileSegmenting = 0
    let counting = true
    const countFrame = () => {
      if (shown.at(-1)?.includes('step 3')) framesWhileSegmenting++
      if (counting) requestAnimationFrame(countFrame)
    }
    requestAnimationFrame(countFrame)
    await page.getByRole('button', { name: 'Import article' }).click()

    // A wait for the dialog's report, not a time limit: the worker loads the database code first.
    await expect.poll(() => onImported.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    counting = false
    const [articleId, message] = onImported.mock.calls[0]
    expect(message).toMatch(/^Imported “kursk digest”: \d+ sentences\.$/)
    expect(await db.sentences.get(articleId)).toBeDefined()
    // The worker's segmenting of 600,000 characters outlasts many frames: it is always painted.
    expect(shown).toContain('Splitting it into sentences… (step 3 of 4)')
    const steps = shown.map((s) => Number(/step (\d) of 4/.exec(s)?.[1]))
    expect(steps).toEqual([...steps].sort())
    expect(framesWhileSegmenting).toBeGreaterThan(0)
    expect(document.querySelector('[role="status"]')).toBeNull()
  })
  it('says that a line with no sentence end was split, and into how many parts', async () => {
    const onImported = vi.fn()
    await db.open()
    const line = 'drone '.repeat(1_000).trim()
    const bytes = new TextEncoder().encode(`Sumy drone report\n\n${line}\n\nThe border stayed closed.`)
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(
        <MantineProvider theme={theme}>
          <ImportDialog
            opened
            onClose={() => {}}
            onImported={onImported}
            dropped={{ fileName: 'sumy.txt', bytes }}
          />
        </MantineProvider>
      )
    })
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
    await db.open()
    const before = { articles: await db.articles.count(), history: await db.history.count() }
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(
        <MantineProvider theme={theme}>
          <ImportDialog
            opened
            onClose={onClose}
            onImported={onImported}
            dropped={{ fileName: 'kursk-digest.txt', bytes }}
          />
        </MantineProvider>
      )
    })
    // Cancel is pressed the moment the dialog says the worker is segmenting, as an analyst
    // watching for it would: the worker is then still splitting 2 MB into sentences.
    observer = new MutationObserver(() => {
      if (!document.querySelector('[role="status"]')?.textContent?.includes('step 3')) return
      observer?.disconnect()
      const cancel = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')
      cancel?.click()
    })
    observer.observe(document.body, { subtree: true, childList: true, characterData: true })
    await page.getByRole('button', { name: 'Import article' }).click()
    await expect.poll(() => onClose.mock.calls.length, { timeout: 10 * 60_000 }).toBe(1)
    expect(onImported).not.toHaveBeenCalled()
    expect({ articles: await db.articles.count(), history: await db.history.count() }).toEqual(before)
    expect(await db.articleCounts.count()).toBe(0)
  })
  it('gives a second file its own details, never the first file’s, and imports it under them', async () => {
    await db.open()
    const onImported = vi.fn()
    host = document.body.appendChild(document.createElement('div'))
    const show = (dropped: { fileName: string; bytes: Uint8Array }) =>
      act(async () => {
        root ??= createRoot(host!)
        root.render(
          <MantineProvider theme={theme}>
            <ImportDialog opened onClose={() => {}} onImported={onImported} dropped={dropped} />
          </MantineProvider>
        )
      })
    await show({ fileName: 'kyiv-grid.html', bytes: new TextEncoder().encode(savedPage) })
    await expect.element(page.getByLabelText('Outlet')).toHaveValue('Example Independent')
    await expect.element(page.getByLabelText('Author')).toHaveValue('Olena Harmash')
    await show({ fileName: 'sumy-notes.txt', bytes: new TextEncoder().encode(sampleText) })
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
  it('keeps a long file’s text whole and editable in a box that scrolls instead of growing', async () => {
    const text = longArticle(60_000)
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(
        <MantineProvider theme={theme}>
          <ImportDialog
            opened
            onClose={() => {}}
            onImported={() => {}}
            dropped={{ fileName: 'kursk-digest.txt', bytes: new TextEncoder().encode(text) }}
          />
        </MantineProvider>
      )
    })
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
