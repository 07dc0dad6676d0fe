// Opening another article in real Chromium over a real library: once read, it is rendered in a
// transition, a few of React's milliseconds at a time, and the page runs other tasks between
// them; the reader shows the loading state or one article, never the two mixed.
import { afterAll, afterEach, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { Reader } from './Reader'
import { useWorkspace } from './use-workspace'

/** Tasks of a chain of messages, each posting the next: how many ran between two moments. */
let ticks = 0
let ticking = false
const chain = new MessageChannel()
chain.port1.onmessage = () => {
  ticks++
  if (ticking) chain.port2.postMessage(null)
}

/** The tick count at each render of the marks before and after the reader, with the article shown. */
const marks: { at: 'before' | 'after'; title: string; ticks: number }[] = []
function Mark({ at, title }: { at: 'before' | 'after'; title: string }) {
  marks.push({ at, title, ticks })
  return null
}

let open: (articleId: string) => void = () => undefined

function Workbench({ first }: { first: string }) {
  const [articleId, setArticleId] = useState(first)
  open = setArticleId
  const workspace = useWorkspace(articleId)
  if (!workspace) return null
  return (
    <>
      <Mark at="before" title={workspace.article.title} />
      <Reader
        text={workspace.article.text}
        sentences={workspace.sentences}
        views={workspace.views}
        judgments={workspace.judgments.citing}
        selectedIndex={0}
        onSelect={() => undefined}
      />
      <Mark at="after" title={workspace.article.title} />
    </>
  )
}

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  ticking = false
  vi.restoreAllMocks()
})
afterAll(() => db.delete())

async function imported(title: string, paragraphs: number): Promise<string> {
  const lines = Array.from(
    { length: paragraphs },
    (_, p) => `${title} report ${p} said the troops withdrew. ${title} officials confirmed unit ${p} left.`
  )
  const outcome = await importArticle(db, {
    title,
    text: `${title} ${crypto.randomUUID()}\n\n${lines.join('\n\n')}\n`,
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

it('renders another article a slice at a time, the page running other tasks between, never mixing the two', async () => {
  const first = await imported('Sweden', 50)
  const second = await imported('Kursk', 2000)
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(<Workbench first={first} />)
  })
  await expect.element(page.getByRole('option', { name: /^Sweden report 0 / })).toBeVisible()

  // What the page held after each change to it, from the switch until the new article is shown.
  const seen = new Set<string>()
  const watch = new MutationObserver(() => {
    const titles = new Set(
      [...document.querySelectorAll('[data-sentence-index]')].map((s) => s.textContent!.split(' ')[0])
    )
    seen.add([...titles].sort().join('+') || 'nothing')
  })
  watch.observe(host, { childList: true, subtree: true, characterData: true })
  // React's clock, read between components, steps a millisecond a read: a render of more than a
  // few components is more than one of its slices, however fast this machine.
  let clock = performance.now()
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 1))
  marks.length = 0
  ticking = true
  chain.port2.postMessage(null)
  act(() => open(second))
  await expect.element(page.getByRole('option', { name: /^Kursk report 0 / })).toBeVisible()
  watch.disconnect()

  expect([...seen].filter((shown) => shown !== 'Kursk' && shown !== 'nothing')).toEqual([])
  const rendered = (at: 'before' | 'after') => marks.filter((m) => m.at === at && m.title === 'Kursk')
  // The render that first showed the new article began before other tasks ran, and ended after.
  expect(rendered('before').length).toBeGreaterThan(0)
  expect(rendered('after')[0].ticks).toBeGreaterThan(rendered('before')[0].ticks)
})
