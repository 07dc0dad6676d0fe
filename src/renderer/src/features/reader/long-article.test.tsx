// An article of 30,000 paragraphs is windowed by blocks of consecutive paragraphs, so the
// virtualizer lays out a few thousand items, not one per paragraph: what the analyst sees is the
// same (the paragraphs spaced as before, every sentence reachable and brought into view).
import { expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import '@mantine/core/styles.css'
import { sentenceId, type Sentence } from '@shared/model'
import { ScrollParent } from '../../components/scroll-parent'
import { mountInTheme } from '../../test-support/mount'
import { MOST_BLOCKS } from './blocks'
import { Reader } from './Reader'

const PARAGRAPHS = 30_000
/** Paragraphs to a block at that length: 30,000 over at most 4,096 blocks. */
const BLOCK = 8

/** A heading every tenth paragraph, the others of one to three sentences. */
function article(): { text: string; sentences: Sentence[] } {
  const id = 'long-article'
  const sentences: Sentence[] = []
  let text = ''
  for (let p = 0; p < PARAGRAPHS; p++) {
    if (p > 0) text += '\n\n'
    const heading = p % 10 === 0
    const count = heading ? 1 : 1 + (p % 3)
    for (let s = 0; s < count; s++) {
      if (s > 0) text += ' '
      const words = heading
        ? `Part ${p / 10}`
        : `Report ${sentences.length} said the troops withdrew from Kursk.`
      const index = sentences.length
      sentences.push({
        id: sentenceId(id, index),
        articleId: id,
        index,
        start: text.length,
        end: text.length + words.length,
        kind: heading ? 'heading' : 'body'
      })
      text += words
    }
  }
  return { text: `${text}\n`, sentences }
}

const { text, sentences } = article()
const NOTHING = new Map()
let select: (index: number) => void = () => undefined

/** Sentence `index` as the analyst finds it: the option named by its words. */
function option(index: number) {
  const { start, end } = sentences[index]
  return page.getByRole('option', { name: text.slice(start, end), exact: true })
}

function InPane() {
  const [pane, setPane] = useState<HTMLDivElement | null>(null)
  const [selected, setSelected] = useState(0)
  select = setSelected
  return (
    <div ref={setPane} data-testid="pane" style={{ position: 'relative', height: 400, overflowY: 'auto' }}>
      <ScrollParent.Provider value={pane}>
        {pane && (
          <Reader
            text={text}
            sentences={sentences}
            views={NOTHING}
            judgments={NOTHING}
            selectedIndex={selected}
            onSelect={setSelected}
          />
        )}
      </ScrollParent.Provider>
    </div>
  )
}

/** The windowed items in the page, each with the paragraphs it holds. */
function items(): { index: number; paragraphs: number }[] {
  return [...document.querySelectorAll<HTMLElement>('[data-index]')].map((item) => ({
    index: Number(item.dataset.index),
    paragraphs: item.querySelectorAll('p[role="group"]').length
  }))
}

/** The spaces between each paragraph in the page and the next, by their kinds ("body → heading"). */
function gaps(): Map<string, Set<number>> {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('p[role="group"]')]
  const kind = (p: HTMLElement) => p.querySelector('[data-kind]')!.getAttribute('data-kind')
  const found = new Map<string, Set<number>>()
  for (let i = 1; i < paragraphs.length; i++) {
    const pair = `${kind(paragraphs[i - 1])} → ${kind(paragraphs[i])}`
    const gap = paragraphs[i].getBoundingClientRect().top - paragraphs[i - 1].getBoundingClientRect().bottom
    if (!found.has(pair)) found.set(pair, new Set())
    found.get(pair)!.add(Math.round(gap))
  }
  return found
}

it('windows 30,000 paragraphs as blocks of eight, spaced as paragraphs, every sentence brought into view', async () => {
  expect(Math.ceil(PARAGRAPHS / BLOCK)).toBeLessThanOrEqual(MOST_BLOCKS)
  // In the app's theme: the paragraphs' margins are its spacings.
  await mountInTheme(<InPane />)
  await expect.element(option(0)).toBeVisible()
  // The overscan widens a task after the first paint: forty paragraphs past the view, five blocks.
  await expect.poll(() => document.querySelectorAll('p[role="group"]').length).toBeGreaterThan(40)

  const first = items()
  expect(first[0].index).toBe(0)
  // Each item is a block of eight paragraphs; the page holds a window of them, not the article.
  for (const item of first) expect(item.paragraphs).toBe(BLOCK)
  expect(document.querySelectorAll('p[role="group"]').length).toBeLessThan(200)

  // The last sentence is the last block's: the virtualizer's items are the 3,750 blocks.
  const last = sentences.length - 1
  act(() => select(last))
  await expect.element(option(last)).toBeInViewport()
  const end = items()
  expect(Math.max(...end.map((item) => item.index))).toBe(PARAGRAPHS / BLOCK - 1)
  expect(document.querySelectorAll('p[role="group"]').length).toBeLessThan(200)

  // Anywhere between, and back to the start: each selected sentence is in the page and in view.
  for (const index of [31_337, 7, 45_000, 1, 0]) {
    act(() => select(index))
    await expect.element(option(index)).toBeInViewport()
  }

  // Paragraphs in one block are spaced as paragraphs in two: their margins neither collapse
  // together nor leave the block that measures them.
  // (Without the blocks' own layout, a heading's top margin would collapse into the paragraph
  // before it when both are in one block, and not when they are in two.)
  const spaces = gaps()
  expect([...spaces.keys()].sort()).toEqual(['body → body', 'body → heading', 'heading → body'])
  for (const [pair, sizes] of spaces) expect([pair, [...sizes]]).toEqual([pair, [...sizes].slice(0, 1)])
  const [beforeHeading] = spaces.get('body → heading')!
  const [betweenBodies] = spaces.get('body → body')!
  expect(beforeHeading).toBeGreaterThan(betweenBodies)
})
