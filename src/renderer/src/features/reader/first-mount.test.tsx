// Opening a huge article never puts the whole of it in the page, not even for one render: every
// sentence element added is counted as it is added (a MutationObserver, not a look once the
// reader has settled), from the click that opens it until its first sentence shows. The article's
// text and its sentence table are read by separate live queries; here the text's read is held
// back by another window's write to the texts table, as a slow disk holds it back in a fresh
// browser profile, so the sentences arrive first.
import { afterAll, afterEach, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { Paragraphs } from './paragraphs'
import { Reader } from './Reader'
import { useWorkspace } from './use-workspace'

/** `paragraphs` paragraphs of five sentences each after a heading. */
function articleText(title: string, paragraphs: number): string {
  const lines = Array.from({ length: paragraphs }, (_, p) =>
    Array.from(
      { length: 5 },
      (_, s) => `Report ${p * 5 + s} said the troops withdrew from the Kursk front on Tuesday.`
    ).join(' ')
  )
  return `${title} ${crypto.randomUUID()}\n\n${lines.join('\n\n')}\n`
}

async function imported(title: string, paragraphs: number): Promise<string> {
  const outcome = await importArticle(db, {
    title,
    text: articleText(title, paragraphs),
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

let open: (articleId: string) => void = () => undefined

function Workbench({ first }: { first: string }) {
  const [articleId, setArticleId] = useState(first)
  open = setArticleId
  const workspace = useWorkspace(articleId)
  if (!workspace) return null
  return (
    <Reader
      text={workspace.article.text}
      sentences={workspace.sentences}
      views={workspace.views}
      judgments={workspace.judgments.citing}
      selectedIndex={0}
      onSelect={() => undefined}
    />
  )
}

/** The most sentence elements in the page at any one time while it is watched. */
function watchSentences(): { most: () => number; stop: () => void } {
  const SENTENCE = '[data-sentence-index]'
  const count = (node: Node) =>
    node instanceof Element ? (node.matches(SENTENCE) ? 1 : 0) + node.querySelectorAll(SENTENCE).length : 0
  let now = document.querySelectorAll(SENTENCE).length
  let most = now
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) now += count(node)
      most = Math.max(most, now)
      for (const node of record.removedNodes) now -= count(node)
    }
    now = document.querySelectorAll(SENTENCE).length
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return { most: () => most, stop: () => observer.disconnect() }
}

/**
 * Keeps a read-write transaction on the texts table open until `release` is called: what another
 * window writing an import does. Reads of the table wait for it; reads of sentences do not.
 */
function holdTexts(): { release: () => void; done: Promise<void> } {
  let held = true
  const done = db.transaction('rw', db.texts, () => {
    const spin = (): Promise<void> | undefined => (held ? db.texts.get('nothing').then(spin) : undefined)
    return spin()
  })
  return { release: () => (held = false), done }
}

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
})
afterAll(() => db.delete())

it('opens a 75,000-sentence article with only the paragraphs near the view in the page', async () => {
  const small = await imported('Short dispatch', 3)
  const huge = await imported('Long dispatch', 15_000)
  expect((await db.sentences.get(huge))!.seqs.length).toBe(75_001)
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(<Workbench first={small} />)
  })
  await expect.element(page.getByRole('option', { name: /^Short dispatch/ })).toBeVisible()

  const watch = watchSentences()
  // Which paragraphs of the huge article had their list of sentences made (each is made once).
  const made = new Set<number>()
  const at = Paragraphs.prototype.at
  vi.spyOn(Paragraphs.prototype, 'at').mockImplementation(function (this: Paragraphs<never>, p: number) {
    if (this.count > 1000) made.add(p)
    return at.call(this, p)
  })
  const texts = holdTexts()
  act(() => open(huge))
  // The huge article's sentence table is read while its text waits behind the write; then a few
  // frames pass, time enough for the reader to render what it was given.
  await db.sentences.get(huge)
  for (let i = 0; i < 5; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  texts.release()
  await texts.done
  await expect.element(page.getByRole('option', { name: /^Long dispatch/ })).toBeVisible()
  watch.stop()

  // The view and forty paragraphs either side of it (five sentences each): a few hundred at most.
  expect(watch.most()).toBeGreaterThan(0)
  expect(watch.most()).toBeLessThan(750)
  expect(page.getByRole('listbox').element().getAttribute('aria-setsize')).toBe('75001')
  // Lists of sentences for the paragraphs it showed, not one for each of the 15,001.
  expect(made.size).toBeGreaterThan(0)
  expect(made.size).toBeLessThan(150)
  vi.restoreAllMocks()
})
