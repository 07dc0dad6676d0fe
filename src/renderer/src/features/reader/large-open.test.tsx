// Opening a large article in real Chromium over a real library: the reader shows what the views
// derived whole would show (text, kinds, ratings, statuses and the status bar's counts), derives
// the views of the sentences it shows and no others, and the page answers while the counts are
// taken: a chain of timers keeps running between their slices. Work is counted, never timed.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import '@mantine/core/styles.css'
import type { Sentence } from '@shared/model'
import { updateViews, type SentenceView } from '@shared/corroboration/incremental-views'
import type { LazyViews } from '@shared/corroboration/lazy-views'
import { theme } from '../../theme'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { addLink } from '../../db/links'
import { expandSentences } from '../../db/sentences'
import { createSource } from '../../db/sources'
import { GlanceBar } from './GlanceBar'
import { countStatuses, STATUS_FILTER_LABELS, STATUS_FILTERS } from './reader-filter'
import { Reader } from './Reader'
import { countInSlices, SLICE } from './status-counts'
import { useJumpHistory } from './use-jump-history'
import { useReaderGlance } from './use-reader-glance'
import { useWorkspace, type Workspace } from './use-workspace'

const PARAGRAPHS = 1_000

/** A heading, then paragraphs of four sentences (one of them a quote), 4,001 sentences in all. */
function articleText(): string {
  const paragraphs = Array.from({ length: PARAGRAPHS }, (_, p) =>
    [
      `Report ${p} said the troops withdrew from the Kursk front on Tuesday.`,
      `Officials in Kyiv confirmed the withdrawal of unit ${p}.`,
      `“We saw the convoy leave,” a resident of village ${p} said.`,
      `The ministry gave no figure for the losses near sector ${p}.`
    ].join(' ')
  )
  return `Withdrawal from Kursk ${crypto.randomUUID()}\n\n${paragraphs.join('\n\n')}\n`
}

/** The article, graded here and there: corroborated, contested and circular sentences among them. */
async function gradedArticle(): Promise<{ articleId: string; sentences: Sentence[] }> {
  const text = articleText()
  const outcome = await importArticle(db, { title: 'Withdrawal', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const s = expandSentences((await db.sentences.get(outcome.articleId))!)
  const cnn = await createSource(db, { name: 'CNN', kind: 'media', reliability: 'B' })
  const kyiv = await createSource(db, { name: 'Kyiv officials', kind: 'government', reliability: 'C' })
  const tass = await createSource(db, { name: 'TASS', kind: 'media', reliability: 'E' })
  const grade = (i: number, sourceId: string, credibility: 2 | 3 | 5) =>
    updateAssessment(db, s[i], text, { attributions: [{ sourceId, role: 'reported' }], credibility })
  // Near the top, in the middle and at the end of the article.
  for (const at of [1, 2000, 3990]) {
    await grade(at, cnn.id, 2)
    await grade(at + 1, kyiv.id, 2)
    await grade(at + 2, tass.id, 5)
    await grade(at + 3, cnn.id, 3)
    await addLink(db, s[at + 1], 'supports', { kind: 'sentence', sentenceId: s[at].id })
    await addLink(db, s[at + 2], 'contradicts', { kind: 'sentence', sentenceId: s[at + 1].id })
    await addLink(db, s[at + 3], 'supports', { kind: 'sentence', sentenceId: s[at].id })
  }
  return { articleId: outcome.articleId, sentences: s }
}

let shown: Workspace | undefined
let select: (index: number) => void = () => undefined

function Workbench({ articleId, glanceBar }: { articleId: string; glanceBar: boolean }) {
  const workspace = useWorkspace(articleId)
  const glance = useReaderGlance(glanceBar ? workspace : undefined)
  const jumps = useJumpHistory(() => undefined)
  const [selected, setSelected] = useState(0)
  select = setSelected
  if (!workspace) return null
  shown = workspace
  return (
    <>
      {glanceBar && <GlanceBar workspace={workspace} glance={glance} jumps={jumps} />}
      <Reader
        text={workspace.article.text}
        sentences={workspace.sentences}
        views={workspace.views}
        judgments={workspace.judgments.citing}
        glances={glance.glances}
        selectedIndex={selected}
        onSelect={setSelected}
      />
    </>
  )
}

let root: Root | undefined
let host: HTMLElement | undefined
afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
  shown = undefined
})
afterAll(() => db.delete())

async function mount(articleId: string, glanceBar: boolean): Promise<void> {
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(
      <MantineProvider theme={theme}>
        <Workbench articleId={articleId} glanceBar={glanceBar} />
      </MantineProvider>
    )
  })
}

const shownSentences = () => [...document.querySelectorAll<HTMLElement>('[data-sentence-index]')]
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))

/** Every view derived at once, as the reader derived them before views were read lazily. */
function wholeViews(workspace: Workspace): Map<string, SentenceView> {
  const { sentences, graded, sources, links } = workspace
  return new Map(updateViews(undefined, { sentences, graded, sources, links }).views)
}

/** Each sentence in the page against its sentence and its view derived whole. */
function expectShownAsWhole(sentences: Sentence[], text: string, whole: Map<string, SentenceView>) {
  const elements = shownSentences()
  expect(elements.length).toBeGreaterThan(10)
  for (const element of elements) {
    const sentence = sentences[Number(element.dataset.sentenceIndex)]
    const view = whole.get(sentence.id)!
    expect(element.textContent).toBe(text.slice(sentence.start, sentence.end))
    expect(element.dataset.kind).toBe(sentence.kind)
    expect(element.dataset.rating).toBe(view.rating)
    expect(element.dataset.corroboration).toBe(view.status)
  }
}

describe('opening a large article', () => {
  it('shows the text, kinds, ratings and status counts the views derived whole give', async () => {
    const { articleId, sentences } = await gradedArticle()
    await mount(articleId, true)
    await expect.element(page.getByRole('option', { name: /^Withdrawal from Kursk/ })).toBeVisible()
    const workspace = shown!
    const whole = wholeViews(workspace)
    const counts = countStatuses(workspace.sentences, whole)
    expect(counts.graded).toBe(12)
    // Both ends of each of the three contradictions.
    expect(counts.contested).toBe(6)
    const bar = page.getByRole('toolbar', { name: 'Article status' })
    await expect
      .element(bar)
      .toHaveTextContent(STATUS_FILTERS.map((s) => `${STATUS_FILTER_LABELS[s]} ${counts[s]}`).join(''))
    expectShownAsWhole(sentences, workspace.article.text, whole)
    expect(document.querySelector('[data-sentence-index="2"]')!.getAttribute('data-rating')).toBe('C2')

    // The middle and the end of the article, once scrolled to.
    for (const index of [2002, 3993]) {
      act(() => select(index))
      await expect
        .element(page.getByRole('option', { selected: true }))
        .toHaveAttribute('data-sentence-index', String(index))
      await expect
        .element(page.getByRole('option', { selected: true }))
        .toHaveAttribute('data-rating', whole.get(sentences[index].id)!.rating)
      expectShownAsWhole(sentences, workspace.article.text, whole)
    }

    // A grade moves the counts by the sentence it changed.
    await updateAssessment(db, sentences[3000], workspace.article.text, { credibility: 4 })
    const after = { ...counts, graded: counts.graded + 1, ungraded: counts.ungraded - 1 }
    await expect
      .element(bar)
      .toHaveTextContent(STATUS_FILTERS.map((s) => `${STATUS_FILTER_LABELS[s]} ${after[s]}`).join(''))
    expect(after).toEqual(countStatuses(shown!.sentences, wholeViews(shown!)))
  })

  it('derives the views of the sentences it shows, and no others', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId, false)
    await expect.element(page.getByRole('option', { name: /^Withdrawal from Kursk/ })).toBeVisible()
    for (let i = 0; i < 5; i++) await frame()
    const views = shown!.views as LazyViews<SentenceView>
    const mounted = shownSentences().length
    // Every sentence the reader has shown since it opened, however its window grew.
    expect(views.derivations.count).toBeGreaterThanOrEqual(mounted)
    expect(views.derivations.count).toBeLessThan(1_000)
    expect(shown!.sentences).toHaveLength(4_001)
  })

  it('paints the article before it counts it: its first frame derives only what it shows', async () => {
    const { articleId } = await gradedArticle()
    // The frame that first shows a sentence: what had been derived when it began. The page may
    // find the article on screen before that frame's callback has run, so it is awaited.
    let firstFrame: Promise<{ derived: number; mounted: number }> | undefined
    const observer = new MutationObserver(() => {
      if (firstFrame || !shown || shownSentences().length === 0) return
      firstFrame = new Promise((resolve) =>
        requestAnimationFrame(() => {
          const views = shown!.views as LazyViews<SentenceView>
          resolve({ derived: views.derivations.count, mounted: shownSentences().length })
        })
      )
    })
    observer.observe(document.body, { childList: true, subtree: true })
    await mount(articleId, true)
    await expect.element(page.getByRole('option', { name: /^Withdrawal from Kursk/ })).toBeVisible()
    observer.disconnect()
    expect(firstFrame).toBeDefined()
    const atFirstShow = await firstFrame!
    // The views of the sentences shown and of the few their links reach; not a slice of the
    // counts (at least 128 sentences), whose turn comes after that frame.
    expect(atFirstShow.derived - atFirstShow.mounted).toBeLessThan(64)
    const counts = countStatuses(shown!.sentences, wholeViews(shown!))
    await expect
      .element(page.getByRole('toolbar', { name: 'Article status' }))
      .toHaveTextContent(STATUS_FILTERS.map((s) => `${STATUS_FILTER_LABELS[s]} ${counts[s]}`).join(''))
  })

  it('lets the page answer between the slices of the counts', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId, false)
    await expect.element(page.getByRole('option', { name: /^Withdrawal from Kursk/ })).toBeVisible()
    const workspace = shown!
    const views = workspace.views as LazyViews<SentenceView>
    const before = views.derivations.count

    // A timer chain, as the page's own input and paint tasks: at each turn, how far the count was.
    const seen: number[] = []
    let running = true
    const tick = () => {
      seen.push(views.derivations.count - before)
      if (running) setTimeout(tick, 0)
    }
    setTimeout(tick, 0)
    const counts = await countInSlices(workspace.sentences, views, () => false)
    running = false

    expect(counts).toEqual(countStatuses(workspace.sentences, wholeViews(workspace)))
    // The timers ran while the count was under way, not only before or after it.
    const between = seen.filter((n) => n > 0 && n < workspace.sentences.length - before)
    expect(between.length).toBeGreaterThanOrEqual(Math.floor(workspace.sentences.length / SLICE) - 1)
  })

  it('stops counting when the counts are no longer wanted', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId, false)
    await expect.element(page.getByRole('option', { name: /^Withdrawal from Kursk/ })).toBeVisible()
    const views = shown!.views as LazyViews<SentenceView>
    const before = views.derivations.count
    let slices = 0
    const counts = await countInSlices(shown!.sentences, views, () => ++slices > 1)
    expect(counts).toBeUndefined()
    expect(views.derivations.count - before).toBeLessThanOrEqual(SLICE)
  })
})
