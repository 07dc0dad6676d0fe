// An article opened renders its list of paragraphs once in the commit that mounts it, and reads
// no paragraph's size there: that read would lay out the whole page inside the commit, and a
// state update made within a commit is rendered at once, inside it, after every effect of the
// page has run: the longest task of a large import. The paragraphs are sized by their observer
// once the frame has laid them out. Renders and reads are counted, never timed.
import { afterEach, expect, it } from 'vitest'
import { Profiler, type ProfilerOnRenderCallback } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { sentenceId, type Sentence } from '@shared/model'
import { ScrollParent } from '../../components/scroll-parent'
import { Reader } from './Reader'

const CLAIMS = [
  'Report said the troops withdrew from the Kursk front on Tuesday.',
  'Officials in Kyiv confirmed the withdrawal of the unit after a week of fighting near the border.',
  '“We saw the convoy leave,” a resident said.',
  'The ministry gave no figure for the losses, and the regional governor declined to comment on the report when asked.'
]

/** `count` paragraphs of one to seven sentences: their heights vary, and none is the estimate's. */
function article(count: number): { text: string; sentences: Sentence[] } {
  const id = 'first-commit'
  const sentences: Sentence[] = []
  let text = ''
  for (let p = 0; p < count; p++) {
    if (p > 0) text += '\n\n'
    for (let s = 0; s < 1 + ((p * 5) % 7); s++) {
      if (s > 0) text += ' '
      const claim = `${CLAIMS[(p + s) % CLAIMS.length]} (${p}.${s})`
      const index = sentences.length
      sentences.push({
        id: sentenceId(id, index),
        articleId: id,
        index,
        start: text.length,
        end: text.length + claim.length,
        kind: 'body'
      })
      text += claim
    }
  }
  return { text: `${text}\n`, sentences }
}

const NOTHING = new Map()

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  root?.unmount()
  host?.remove()
  root = host = undefined
  blockReads = undefined
})

/** While set, each read of a paragraph block's layout size (offsetHeight, offsetWidth, getBoundingClientRect). */
let blockReads: number | undefined
for (const name of ['offsetHeight', 'offsetWidth'] as const) {
  const getter = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name)!.get!
  Object.defineProperty(HTMLElement.prototype, name, {
    configurable: true,
    get(this: HTMLElement) {
      if (blockReads !== undefined && this.hasAttribute('data-index')) blockReads++
      return getter.call(this)
    }
  })
}
const rect = Element.prototype.getBoundingClientRect
Element.prototype.getBoundingClientRect = function (this: Element) {
  if (blockReads !== undefined && this.hasAttribute('data-index')) blockReads++
  return rect.call(this)
}

/** A 400-pixel pane that scrolls, there before the reader, as the workbench's is. */
function pane(): HTMLElement {
  const element = document.createElement('div')
  element.style.cssText = 'position: relative; height: 400px; width: 600px; overflow-y: auto'
  return element
}

/**
 * Renders the reader of a 2,000-paragraph article into a new host, a pane or the page's flow,
 * with `probe` told of its renders; `watch` is given the host before the first render.
 */
function mountReader(
  where: 'pane' | 'window',
  probe: ProfilerOnRenderCallback = () => undefined,
  watch?: (host: HTMLElement) => void
): void {
  const { text, sentences } = article(2_000)
  const reader = (
    <Profiler id="reader" onRender={probe}>
      <Reader
        text={text}
        sentences={sentences}
        views={NOTHING}
        judgments={NOTHING}
        selectedIndex={0}
        onSelect={() => undefined}
      />
    </Profiler>
  )
  host = document.body.appendChild(where === 'pane' ? pane() : document.createElement('div'))
  watch?.(host)
  root = createRoot(host)
  root.render(
    where === 'pane' ? <ScrollParent.Provider value={host}>{reader}</ScrollParent.Provider> : reader
  )
}

/**
 * Mounts the reader of a 2,000-paragraph article (not within `act`, which would render every
 * later update in the same task) and counts the renders of the reader made inside the task of
 * the commit that mounted it, after that commit.
 */
async function renderedInMountCommit(where: 'pane' | 'window'): Promise<number> {
  let mounting = false
  let inside = 0
  let renders = 0
  const probe: ProfilerOnRenderCallback = (_id, phase) => {
    renders++
    if (phase === 'mount') {
      // A render flushed inside this commit comes before any microtask queued in it.
      mounting = true
      queueMicrotask(() => (mounting = false))
    } else if (mounting) inside++
  }
  mountReader(where, probe)
  await expect.poll(() => renders).toBeGreaterThan(0)
  // The overscan widens a task later: the renders that follow the mount have come.
  await expect.poll(() => host!.querySelectorAll('p[role="group"]').length).toBeGreaterThan(30)
  return inside
}

/** Each paragraph in the page starts where the one before it ends (to a pixel: sizes are rounded). */
function placedOneAfterAnother(): void {
  const items = [...host!.querySelectorAll<HTMLElement>('[data-index]')].sort(
    (a, b) => Number(a.dataset.index) - Number(b.dataset.index)
  )
  expect(items.length).toBeGreaterThan(30)
  for (let i = 1; i < items.length; i++) {
    expect(Number(items[i].dataset.index)).toBe(Number(items[i - 1].dataset.index) + 1)
    const gap = items[i].getBoundingClientRect().top - items[i - 1].getBoundingClientRect().bottom
    expect(Math.abs(gap)).toBeLessThanOrEqual(1)
  }
}

it('mounts the reader in a pane with no second render inside the commit, the paragraphs placed one after another', async () => {
  expect(await renderedInMountCommit('pane')).toBe(0)
  placedOneAfterAnother()
})

it('mounts the reader in the window with no second render inside the commit, the paragraphs placed one after another', async () => {
  expect(await renderedInMountCommit('window')).toBe(0)
  placedOneAfterAnother()
})

it.each(['pane', 'window'] as const)(
  'reads no paragraph block’s size in the %s: each is sized by its observer once laid out',
  async (where) => {
    blockReads = 0
    // The list's height as the commit that mounts it leaves it: every block at its estimate.
    let estimated: string | undefined
    const mounted = new MutationObserver(() => {
      const block = host!.querySelector('[data-index]')
      if (block && estimated === undefined)
        estimated = (block.parentElement!.parentElement as HTMLElement).style.height
    })
    mountReader(where, undefined, (into) => mounted.observe(into, { childList: true, subtree: true }))
    await expect.poll(() => estimated).toBeDefined()
    mounted.disconnect()
    const list = () => host!.querySelector('[data-index]')!.parentElement!.parentElement as HTMLElement
    // The observer's sizes have come: the list's height is no longer the estimates' sum.
    await expect.poll(() => list().style.height).not.toBe(estimated)
    await expect.poll(() => host!.querySelectorAll('p[role="group"]').length).toBeGreaterThan(30)
    expect(blockReads).toBe(0)
    blockReads = undefined
    placedOneAfterAnother()
  }
)
