// The reader over a real library in real Chromium: a generated article imported through the
// import path, read back by the live hooks, graded through the assessment writes. React's
// Profiler reports each paragraph that renders, so the test sees what a grade costs the page.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState, type ProfilerOnRenderCallback } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { addLink } from '../../db/links'
import { expandSentences } from '../../db/sentences'
import { createSource, updateSource } from '../../db/sources'
import { ScrollParent } from '../../components/scroll-parent'
import { ParagraphRenderProbe, Reader } from './Reader'
import { useWorkspace } from './use-workspace'
import { WAIT_GUARD } from '../../test-support/wait-guard'

const WORDS = [
  'troops',
  'withdrew',
  'from',
  'the',
  'front',
  'officials',
  'said',
  'on',
  'Tuesday',
  'near',
  'Kursk'
]

/** `paragraphs` paragraphs of five sentences each, every one different from the others. */
function articleText(paragraphs: number): string {
  const sentence = (n: number) => {
    const words = Array.from({ length: 6 + (n % 5) }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length])
    return `Report ${n} ${words.join(' ')}.`
  }
  const lines = Array.from({ length: paragraphs }, (_, p) =>
    Array.from({ length: 5 }, (_, s) => sentence(p * 5 + s)).join(' ')
  )
  return `Sweden and the Kursk front ${crypto.randomUUID()}\n\n${lines.join('\n\n')}\n`
}

async function imported(paragraphs: number) {
  const outcome = await importArticle(db, {
    title: 'Generated',
    text: articleText(paragraphs),
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome
}

let select: (index: number) => void = () => undefined

function Workbench({ articleId, initial = 0 }: { articleId: string; initial?: number }) {
  const workspace = useWorkspace(articleId)
  const [selected, setSelected] = useState(initial)
  select = setSelected
  if (!workspace) return null
  return (
    <Reader
      text={workspace.article.text}
      sentences={workspace.sentences}
      views={workspace.views}
      judgments={workspace.judgments.citing}
      selectedIndex={selected}
      onSelect={setSelected}
    />
  )
}

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
})
afterAll(() => db.delete())

/** The reader inside a pane of its own that scrolls, as the workbench shows it. */
function InPane({ articleId, initial }: { articleId: string; initial?: number }) {
  const [pane, setPane] = useState<HTMLDivElement | null>(null)
  return (
    <div ref={setPane} data-testid="pane" style={{ position: 'relative', height: 400, overflowY: 'auto' }}>
      <ScrollParent.Provider value={pane}>
        <Workbench articleId={articleId} initial={initial} />
      </ScrollParent.Provider>
    </div>
  )
}

/** The reader of the article, with the ids of the paragraphs that rendered since the last `clear`. */
async function mount(articleId: string) {
  const rendered = new Set<string>()
  const probe: ProfilerOnRenderCallback = (id) => rendered.add(id)
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(
      <ParagraphRenderProbe.Provider value={probe}>
        <Workbench articleId={articleId} />
      </ParagraphRenderProbe.Provider>
    )
  })
  await expect.element(page.getByRole('option').first()).toBeVisible()
  return rendered
}

/** A text pasted without line breaks: one paragraph of `sentences` sentences after its heading. */
async function oneParagraphOf(sentences: number) {
  const body = Array.from({ length: sentences }, (_, n) => `Report ${n} said the troops withdrew near Kursk.`)
  const outcome = await importArticle(db, {
    title: 'One paragraph',
    text: `Kursk ${crypto.randomUUID()}\n\n${body.join(' ')}\n`,
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome
}

async function sentencesOf(articleId: string) {
  return expandSentences((await db.sentences.get(articleId))!)
}

describe('Reader', () => {
  // At 600 paragraphs each is a block of its own; at 5,000 they come two to a block; at 15,128
  // (75,641 sentences, the size of the 5 MB article) four to a block.
  it.each([600, 5_000, 15_128])(
    're-renders only the graded sentence’s paragraph, and the paragraphs linked to it (%i paragraphs)',
    async (paragraphs) => {
      const { articleId, sentenceCount } = await imported(paragraphs)
      expect(sentenceCount).toBe(paragraphs * 5 + 1)
      const sentences = await sentencesOf(articleId)
      const text = (await db.texts.get(articleId))!.text
      const rendered = await mount(articleId)
      // Paragraph n (from 1) holds sentences 5n-4 … 5n; the heading is paragraph 0.
      const firstOf = (index: number) => sentences[index - ((index - 1) % 5)].id
      // A long article opens with a screenful and then widens its window to forty paragraphs past
      // the view: once paragraph 40 is in the page, what renders is the grades' doing.
      await vi.waitFor(
        () => expect(document.querySelector('[data-sentence-index="200"]')).not.toBeNull(),
        WAIT_GUARD
      )

      rendered.clear()
      await updateAssessment(db, sentences[7], text, { credibility: 2 })
      await expect
        .element(page.getByRole('option', { name: /Report 6 / }))
        .toHaveAttribute('data-rating', '-2')
      // A second grade, elsewhere, is a barrier: once it shows, the first grade's renders are over.
      await updateAssessment(db, sentences[13], text, { credibility: 5 })
      await expect
        .element(page.getByRole('option', { name: /Report 12 / }))
        .toHaveAttribute('data-rating', '-5')
      expect([...rendered].sort()).toEqual([firstOf(7), firstOf(13)].sort())

      // Regrading a source re-renders the paragraph of the sentence citing it; the sentence linked
      // to it is derived again, but it has no source of its own, so its view and paragraph stay.
      // A source of this case's own: the other case's was graded B already.
      const source = await createSource(db, { name: `Swedish defence ministry ${paragraphs}` })
      await updateAssessment(db, sentences[2], text, {
        attributions: [{ sourceId: source.id, role: 'reported' }],
        credibility: 3
      })
      await addLink(db, sentences[2], 'contradicts', { kind: 'sentence', sentenceId: sentences[19].id })
      await expect
        .element(page.getByRole('option', { name: /Report 1 / }))
        .toHaveAttribute('data-rating', '?3')
      await expect
        .element(page.getByRole('option', { name: /Report 18 / }))
        .toHaveAttribute('data-corroboration', 'contested')
      rendered.clear()
      await updateSource(db, source.id, { reliability: 'B' })
      await expect
        .element(page.getByRole('option', { name: /Report 1 / }))
        .toHaveAttribute('data-rating', 'B3')
      await updateAssessment(db, sentences[13], text, { credibility: 4 })
      await expect
        .element(page.getByRole('option', { name: /Report 12 / }))
        .toHaveAttribute('data-rating', '-4')
      expect([...rendered].sort()).toEqual([firstOf(2), firstOf(13)].sort())
    }
  )

  it('windows an article of a thousand sentences: only paragraphs near the viewport are in the page', async () => {
    const { articleId, sentenceCount } = await imported(200)
    expect(sentenceCount).toBe(1001)
    await mount(articleId)
    const inPage = document.querySelectorAll('[data-sentence-index]').length
    expect(inPage).toBeGreaterThan(0)
    // The view and forty paragraphs either side of it (five sentences each), not the whole article.
    expect(inPage).toBeLessThan(1001 / 3)
    expect(page.getByRole('listbox').element().getAttribute('aria-setsize')).toBe('1001')
  })

  it('in a pane of its own, windows a thousand sentences and scrolls the pane, not the page, to the selection', async () => {
    const { articleId } = await imported(200)
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(<InPane articleId={articleId} />)
    })
    await expect.element(page.getByRole('option').first()).toBeVisible()
    // Windowed by the pane's height: the view and forty paragraphs either side of it.
    expect(document.querySelectorAll('[data-sentence-index]').length).toBeLessThan(1001 / 3)
    const pane = page.getByTestId('pane').element()
    for (const index of [2, 900, 450, 1000]) {
      act(() => select(index))
      await expect
        .element(page.getByRole('option', { name: new RegExp(`^Report ${index - 1} `) }))
        .toBeInViewport()
    }
    expect(pane.scrollTop).toBeGreaterThan(0)
    expect(document.scrollingElement!.scrollTop).toBe(0)
  })

  it('scrolls an article just opened to its selection after its first frame, not in the task that mounts it', async () => {
    const { articleId } = await imported(200)
    // Animation frames since the first sentence was put in the page, counted from the frame after.
    let frames = -1
    const count = () => {
      frames++
      requestAnimationFrame(count)
    }
    const mounted = new MutationObserver(() => {
      if (frames !== -1 || !document.querySelector('[data-sentence-index]')) return
      frames = 0
      requestAnimationFrame(count)
    })
    mounted.observe(document.body, { childList: true, subtree: true })
    const framesAtScroll: number[] = []
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      framesAtScroll.push(frames)
      original.call(this, options)
    }
    try {
      host = document.body.appendChild(document.createElement('div'))
      await act(async () => {
        root = createRoot(host!)
        // Sentence 12 is in paragraph 3, in the page from the first render.
        root.render(<InPane articleId={articleId} initial={12} />)
      })
      await expect.element(page.getByRole('option', { name: /^Report 11 / })).toBeInViewport()
      await expect.poll(() => framesAtScroll.length).toBeGreaterThan(0)
      expect(framesAtScroll[0]).toBeGreaterThanOrEqual(1)
    } finally {
      Element.prototype.scrollIntoView = original
      mounted.disconnect()
    }
  })

  it('keeps a sentence in view when the paragraph taller than the window it was brought into is measured after', async () => {
    // The paragraph is first measured in the frame after it is put in the page: a sentence selected
    // before that frame is brought into view inside a paragraph the virtualizer still holds at its
    // estimate, about 3,300 px shorter than it is. A slow frame on a busy machine is enough.
    const { articleId } = await oneParagraphOf(400)
    const inPage = new Promise<void>((resolve) => {
      const added = new MutationObserver(() => {
        if (!document.querySelector('[data-sentence-index="300"]')) return
        added.disconnect()
        resolve()
      })
      added.observe(document.body, { childList: true, subtree: true })
    })
    host = document.body.appendChild(document.createElement('div'))
    await act(async () => {
      root = createRoot(host!)
      root.render(<Workbench articleId={articleId} />)
    })
    await inPage
    act(() => select(300))
    const sentence = page.getByRole('option', { name: 'Report 299 said' })
    await expect.element(sentence).toBeInViewport()
    await new Promise((measured) => requestAnimationFrame(() => requestAnimationFrame(measured)))
    await expect.element(sentence).toBeInViewport()
  })

  it('brings the selected sentence into view inside a paragraph taller than the window', async () => {
    await mount((await oneParagraphOf(400)).articleId)
    for (const index of [300, 120, 399, 1]) {
      act(() => select(index))
      await expect.element(page.getByRole('option', { name: `Report ${index - 1} said` })).toBeInViewport()
    }
  })
})
