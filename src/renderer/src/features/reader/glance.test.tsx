// The reader at a glance, in real Chromium over a real library: rating chips by reliability class,
// the ring on sentences not graded, the legend drawn by the reader's own rules, the status counts
// and the filters, and what a filter costs the page (React's Profiler counts paragraph renders).
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, useState, type ProfilerOnRenderCallback } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import '@mantine/core/styles.css'
import { theme } from '../../theme'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { setTags, updateAssessment } from '../../db/assessments'
import { addLink } from '../../db/links'
import { expandSentences } from '../../db/sentences'
import { sourceMargin } from '../../db/reader-settings'
import { createSource } from '../../db/sources'
import { GlanceBar } from './GlanceBar'
import { isFiltering } from './reader-filter'
import { ParagraphRenderProbe, Reader } from './Reader'
import { useJumpHistory } from './use-jump-history'
import { useReaderGlance } from './use-reader-glance'
import { useWorkspace } from './use-workspace'
import classes from './Reader.module.css'

const TEXT = [
  `Sweden’s aid package ${crypto.randomUUID()}`,
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package.',
  'Russia’s defence ministry said its forces repelled the attack. Ukrainian officials denied the claim.',
  'The aid includes long-range weapons. It was not clear when they would arrive.'
].join('\n\n')

/** The article above, graded: B2 corroborated, C2 corroborated, E5 and C3 contested, B3 circular, one not graded. */
async function gradedArticle() {
  const outcome = await importArticle(db, { title: 'Aid', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const s = expandSentences((await db.sentences.get(outcome.articleId))!)
  const cnn = await createSource(db, { name: 'CNN', kind: 'media', reliability: 'B' })
  const kyiv = await createSource(db, { name: 'Kyiv officials', kind: 'government', reliability: 'C' })
  const tass = await createSource(db, { name: 'TASS', kind: 'media', reliability: 'E' })
  const grade = (i: number, sourceId: string, credibility: 2 | 3 | 5) =>
    updateAssessment(db, s[i], TEXT, {
      attributions: [{ sourceId, role: i === 1 ? 'direct-quote' : 'reported' }],
      credibility
    })
  await grade(1, cnn.id, 2)
  await grade(2, kyiv.id, 2)
  await grade(3, tass.id, 5)
  await grade(4, kyiv.id, 3)
  await grade(5, cnn.id, 3)
  await setTags(db, s[1], TEXT, ['aid'])
  await addLink(db, s[3], 'contradicts', { kind: 'sentence', sentenceId: s[4].id })
  await addLink(db, s[2], 'supports', { kind: 'sentence', sentenceId: s[1].id })
  await addLink(db, s[1], 'supports', { kind: 'sentence', sentenceId: s[5].id })
  return { articleId: outcome.articleId, sentences: s }
}

function Workbench({ articleId }: { articleId: string }) {
  const workspace = useWorkspace(articleId)
  const glance = useReaderGlance(workspace)
  const jumps = useJumpHistory(() => undefined)
  const [selected, setSelected] = useState(0)
  if (!workspace) return null
  return (
    <>
      <GlanceBar workspace={workspace} glance={glance} jumps={jumps} />
      <Reader
        text={workspace.article.text}
        sentences={workspace.sentences}
        views={workspace.views}
        judgments={workspace.judgments.citing}
        glances={glance.glances}
        unmatched={isFiltering(glance.filter) ? (glance.hide ? 'hide' : 'dim') : undefined}
        sourceMargin={glance.sourceMargin}
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
})
// Each test starts on an empty library: the same article and sources are made in each.
beforeEach(async () => {
  await db.delete()
  await db.open()
})
afterAll(() => db.delete())

async function mount(articleId: string, scheme: 'light' | 'dark' = 'light') {
  const rendered = new Set<string>()
  const probe: ProfilerOnRenderCallback = (id) => rendered.add(id)
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(
      <MantineProvider theme={theme} forceColorScheme={scheme}>
        <ParagraphRenderProbe.Provider value={probe}>
          <Workbench articleId={articleId} />
        </ParagraphRenderProbe.Provider>
      </MantineProvider>
    )
  })
  await expect.element(page.getByRole('option', { name: /not clear when/ })).toBeInTheDocument()
  return rendered
}

const el = (index: number) => document.querySelector<HTMLElement>(`[data-sentence-index="${index}"]`)!
/** The sentence's own element: it stays in the page while hidden, so its index never shifts. */
const sentence = (index: number) => page.elementLocator(el(index))
/** The chips and marks written after sentence `index`, up to the next sentence. */
function after(index: number): HTMLElement[] {
  const found: HTMLElement[] = []
  for (
    let n = el(index).nextElementSibling;
    n && !n.hasAttribute('data-sentence-index');
    n = n.nextElementSibling
  )
    found.push(n as HTMLElement)
  return found
}
const chip = (index: number) => after(index).find((n) => n.hasAttribute('data-reliability'))
const ring = (index: number) => after(index).find((n) => n.classList.contains(classes.ungradedMark))
const statusButton = (name: RegExp) =>
  page.getByRole('toolbar', { name: 'Article status' }).getByRole('button', { name })

function luminance(color: string): number {
  const [r, g, b] = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    })
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (hi + 0.05) / (lo + 0.05)
}

describe('the reader at a glance', () => {
  it('colours each rating by its reliability class, rings what is not graded, names the sources on hover', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId)
    expect([1, 2, 3, 4, 5].map((i) => [chip(i)?.textContent, chip(i)?.dataset.reliability])).toEqual([
      ['B2', 'ab'],
      ['C2', 'c'],
      ['E5', 'de'],
      ['C3', 'c'],
      ['B3', 'ab']
    ])
    const colours = new Set([1, 2, 3].map((i) => getComputedStyle(chip(i)!).backgroundColor))
    expect(colours.size).toBe(3)

    // Not graded: a ring (a shape, not a colour), and "Not graded" for a screen reader.
    expect(el(6).dataset.graded).toBe('false')
    expect(ring(6)).toBeDefined()
    expect(ring(6)!.getBoundingClientRect().width).toBeGreaterThan(0)
    expect(el(6).getAttribute('aria-description')).toContain('Not graded')
    expect(ring(1)).toBeUndefined()
    expect(ring(0)).toBeUndefined() // a heading is not waiting for a grade

    expect(el(1).title).toBe('Primary source: CNN (direct quote)')
    expect(el(3).title).toBe('Primary source: TASS (reported by)')
    expect(after(1).map((n) => n.textContent)).toContain('#aid')
  })

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps every rating chip readable in the ${scheme} scheme`, async () => {
      const { articleId } = await gradedArticle()
      await mount(articleId, scheme)
      for (const i of [1, 2, 3]) {
        const style = getComputedStyle(chip(i)!)
        expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5)
      }
      // A sentence rated with a source not graded yet.
      const unknown = document.createElement('span')
      unknown.className = chip(1)!.className
      unknown.dataset.reliability = 'unknown'
      host!.append(unknown)
      const style = getComputedStyle(unknown)
      expect(contrast(style.color, style.backgroundColor)).toBeGreaterThanOrEqual(4.5)
    })
  }

  it('has a legend drawn by the same rules as the text', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId)
    await page.getByRole('button', { name: 'Legend' }).click()
    const legend = page.getByRole('table', { name: 'Legend' })
    await expect.element(legend).toBeVisible()
    const row = (name: string) => document.querySelector(`[data-legend="${name}"]`)!
    const sample = (name: string) => row(name).querySelector<HTMLElement>('span')!
    expect(getComputedStyle(sample('reliability-ab')).backgroundColor).toBe(
      getComputedStyle(chip(1)!).backgroundColor
    )
    expect(getComputedStyle(sample('reliability-de')).backgroundColor).toBe(
      getComputedStyle(chip(3)!).backgroundColor
    )
    expect(getComputedStyle(sample('contested')).textDecorationStyle).toBe('wavy')
    expect(getComputedStyle(sample('contested')).textDecorationStyle).toBe(
      getComputedStyle(el(3)).textDecorationStyle
    )
    expect(getComputedStyle(sample('circular')).textDecorationStyle).toBe(
      getComputedStyle(el(5)).textDecorationStyle
    )
    expect(getComputedStyle(sample('corroborated')).textDecorationColor).toBe(
      getComputedStyle(el(1)).textDecorationColor
    )
    expect(getComputedStyle(sample('weak')).textDecorationStyle).toBe('dotted')
    for (const words of [
      'A–B: Completely reliable or usually reliable',
      'C: Fairly reliable',
      'D–E: Not usually reliable or unreliable',
      'F: Reliability cannot be judged; ?, -: source not graded yet, or none',
      'Not graded yet',
      'Contested',
      'Circular reporting',
      'Weakly corroborated'
    ]) {
      await expect.element(legend.getByText(words, { exact: false }).first()).toBeVisible()
    }
  })

  it('counts what the reader shows, and each count filters it', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId)
    const bar = page.getByRole('toolbar', { name: 'Article status' })
    await expect.element(bar).toHaveTextContent('Graded 5Not graded 1Corroborated 2Contested 2Circular 1')
    expect(document.querySelectorAll('[data-corroboration="contested"]')).toHaveLength(2)
    expect(document.querySelectorAll('[data-corroboration="circular"]')).toHaveLength(1)

    await statusButton(/^Contested/).click()
    await expect.element(statusButton(/^Contested/)).toHaveAttribute('aria-pressed', 'true')
    await expect.element(page.getByText('Showing: Contested')).toBeVisible()
    // Dimmed, not hidden: the article still reads whole.
    expect(el(3).dataset.outside).toBeUndefined()
    expect(el(4).dataset.outside).toBeUndefined()
    expect(el(2).dataset.outside).toBe('true')
    expect(Number(getComputedStyle(el(2)).opacity)).toBeLessThan(0.5)
    expect(getComputedStyle(chip(2)!).opacity).toBe(getComputedStyle(el(2)).opacity)

    await page.getByRole('button', { name: 'Hide others' }).click()
    await expect.element(sentence(2)).not.toBeVisible()
    await expect.element(sentence(3)).toBeVisible()
    // The paragraph with nothing left takes no room; the selected heading stays.
    expect(el(2).closest('p')!.getBoundingClientRect().height).toBe(0)
    await expect.element(sentence(0)).toBeVisible()

    await page.getByRole('button', { name: 'Clear filter' }).click()
    await expect.element(sentence(2)).toBeVisible()
    await expect.element(statusButton(/^Contested/)).toHaveAttribute('aria-pressed', 'false')
  })

  it('filters by source, rating, tag and key evidence', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId)
    const outside = () =>
      [...document.querySelectorAll<HTMLElement>('[data-sentence-index]')]
        .filter((s) => s.dataset.outside !== 'true')
        .map((s) => Number(s.dataset.sentenceIndex))

    // Folded away until wanted.
    await expect.element(page.getByRole('combobox', { name: 'Source' })).not.toBeInTheDocument()
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('combobox', { name: 'Source' }).click()
    await page.getByRole('option', { name: 'TASS', exact: true }).click()
    await expect.element(page.getByText('Showing: Source: TASS')).toBeVisible()
    expect(outside()).toEqual([0, 3]) // the selected heading stays in sight

    await page.getByRole('button', { name: 'Clear filter' }).click()
    await page.getByRole('combobox', { name: 'Rating' }).click()
    await page.getByRole('option', { name: 'C: Fairly reliable', exact: true }).click()
    expect(outside()).toEqual([0, 2, 4])

    await page.getByRole('button', { name: 'Clear filter' }).click()
    await page.getByRole('combobox', { name: 'Tag' }).click()
    await page.getByRole('option', { name: 'aid', exact: true }).click()
    expect(outside()).toEqual([0, 1])

    await page.getByRole('button', { name: 'Clear filter' }).click()
    await page.getByRole('button', { name: 'Key evidence' }).click()
    await expect.element(page.getByText('Showing: Key evidence')).toBeVisible()
    expect(outside()).toEqual([0])
  })

  it('shows each paragraph’s sources in a margin column, remembered in the library', async () => {
    const { articleId } = await gradedArticle()
    await mount(articleId)
    expect(document.querySelector('[data-margin-sources]')).toBeNull()
    await page.getByRole('button', { name: 'Filters' }).click()
    await page.getByRole('button', { name: 'Sources in margin' }).click()
    await expect.poll(() => document.querySelectorAll('[data-margin-sources]').length).toBe(4)
    const margin = (index: number) =>
      el(index).closest('p')!.querySelector<HTMLElement>('[data-margin-sources]')!
    expect(margin(1).innerText).toBe('CNN\nKyiv officials')
    expect(margin(3).innerText).toBe('TASS\nKyiv officials')
    expect(margin(5).innerText).toBe('CNN')
    expect(margin(1).getBoundingClientRect().right).toBeLessThanOrEqual(el(1).getBoundingClientRect().left)
    expect(margin(1).getBoundingClientRect().width).toBeGreaterThan(0)
    expect(await sourceMargin(db)).toBe(true)

    // Opened again, the reader has its margin at once.
    act(() => root?.unmount())
    host?.remove()
    await mount(articleId)
    await page.getByRole('button', { name: 'Filters' }).click()
    await expect
      .element(page.getByRole('button', { name: 'Sources in margin' }))
      .toHaveAttribute('aria-pressed', 'true')
    await expect.poll(() => document.querySelectorAll('[data-margin-sources]').length).toBe(4)
  })

  it('renders again only the paragraphs whose sentences a change reaches, filter or not', async () => {
    const { articleId, sentences } = await gradedArticle()
    const rendered = await mount(articleId)
    await statusButton(/^Contested/).click()
    await expect.element(page.getByText('Showing: Contested')).toBeVisible()

    rendered.clear()
    await page.getByRole('button', { name: 'Hide others' }).click()
    await expect.element(sentence(2)).not.toBeVisible()
    expect([...rendered]).toEqual([])

    // A grade under a filter: only its paragraph renders, the others keep their glance.
    await updateAssessment(db, sentences[6], TEXT, { credibility: 4 })
    await expect.element(page.getByRole('toolbar', { name: 'Article status' })).toHaveTextContent('Graded 6')
    expect([...rendered]).toEqual([sentences[5].id])
    expect(ring(6)).toBeUndefined()
  })
})
