// A credibility key in the reader, against a real library in real Chromium: the rating shows
// before the database has the grade, only its paragraph renders for it, it stays through the
// write without flickering back, and the reader ends as the database has it when the write is
// refused or undone. Each sentence's ratings are followed as the page shows them.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import { act, type ProfilerOnRenderCallback } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { db, serially } from '../../db'
import { importArticle } from '../../db/articles'
import { expandSentences } from '../../db/sentences'
import { undo } from '../../db/undo'
import { ParagraphRenderProbe, Reader } from './Reader'
import { runReaderCommand } from './reader-commands'
import { useWorkspace, type Workspace } from './use-workspace'

let workspace: Workspace | null | undefined
const notices: string[] = []

function Workbench({ articleId }: { articleId: string }) {
  workspace = useWorkspace(articleId)
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

let root: Root | undefined
let host: HTMLElement | undefined
let watching: MutationObserver | undefined
afterEach(() => {
  watching?.disconnect()
  act(() => root?.unmount())
  host?.remove()
  root = host = watching = undefined
  notices.length = 0
})
afterAll(() => db.delete())

/** Fifty paragraphs of five sentences after a heading; sentence n (from 1) says `Item n-1`. */
async function imported() {
  const paragraphs = Array.from({ length: 50 }, (_, p) =>
    Array.from({ length: 5 }, (_, s) => `Item ${p * 5 + s} was reported near Kursk on Tuesday.`).join(' ')
  )
  const outcome = await importArticle(db, {
    title: 'Kursk items',
    text: `Kursk items ${crypto.randomUUID()}\n\n${paragraphs.join('\n\n')}\n`,
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return {
    articleId: outcome.articleId,
    sentences: expandSentences((await db.sentences.get(outcome.articleId))!)
  }
}

/** Mounts the reader; returns the paragraphs rendered since the last clear and every rating shown. */
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
  /** Each sentence index's ratings before each change the page made to it. */
  const before = new Map<number, string[]>()
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      const index = Number((record.target as Element).getAttribute('data-sentence-index'))
      before.set(index, [...(before.get(index) ?? []), record.oldValue ?? ''])
    }
  }
  watching = new MutationObserver(note)
  watching.observe(host, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-rating'],
    attributeOldValue: true
  })
  /** Every rating sentence `index` has shown since the mount, in order. */
  const ratings = (index: number) => {
    note(watching!.takeRecords())
    const now = host!.querySelector(`[data-sentence-index="${index}"]`)?.getAttribute('data-rating') ?? ''
    return [...(before.get(index) ?? []), now]
  }
  return { rendered, ratings }
}

/** The analyst presses a credibility key with sentence `index` selected. */
function press(value: 1 | 2 | 3 | 4 | 5 | 6, index: number) {
  act(() =>
    runReaderCommand(
      { kind: 'credibility', value },
      {
        workspace: workspace!,
        selected: workspace!.sentences[index],
        select: () => undefined,
        notify: (text) => notices.push(text),
        openRegistry: () => undefined,
        openShortcuts: () => undefined,
        onJudgmentStarted: () => undefined
      }
    )
  )
}

/** Holds the analyst's writes back (they queue behind this one) until the returned function runs. */
function holdWrites(): () => void {
  let release = () => undefined as void
  void serially(() => new Promise<void>((resolve) => (release = resolve)))
  return () => release()
}

const option = (index: number) => page.getByRole('option', { name: `Item ${index - 1} was` })

describe('a credibility key', () => {
  it('shows its rating before the database has it, rendering only its paragraph, and keeps it', async () => {
    const { articleId, sentences } = await imported()
    const { rendered, ratings } = await mount(articleId)
    rendered.clear()
    const release = holdWrites()
    press(2, 7)
    await expect.element(option(7)).toHaveAttribute('data-rating', '-2')
    expect(await db.assessments.get(sentences[7].id)).toBeUndefined()
    // Sentence 7 is the second of paragraph 2 (sentences 6 to 10).
    expect([...rendered]).toEqual([sentences[6].id])

    // Two keys more before the first is stored: the last one shows, and the stored grades follow.
    press(5, 7)
    press(3, 7)
    await expect.element(option(7)).toHaveAttribute('data-rating', '-3')
    release()
    await expect.poll(async () => (await db.assessments.get(sentences[7].id))?.credibility).toBe(3)
    // A later grade elsewhere is a barrier: once it shows as stored, the first one's reads are over.
    press(4, 30)
    await expect.poll(async () => (await db.assessments.get(sentences[30].id))?.credibility).toBe(4)
    await expect.element(option(30)).toHaveAttribute('data-rating', '-4')
    expect(ratings(7)).toEqual(['', '-2', '-5', '-3'])
    expect(notices).toEqual([])
  })

  it('is taken back when the database refuses the grade, and says why', async () => {
    const { articleId, sentences } = await imported()
    const { ratings } = await mount(articleId)
    const refuse = () => {
      throw new Error('The library refused the grade.')
    }
    db.assessments.hook('creating', refuse)
    try {
      const release = holdWrites()
      press(4, 12)
      await expect.element(option(12)).toHaveAttribute('data-rating', '-4')
      release()
      await expect.element(option(12)).toHaveAttribute('data-rating', '')
    } finally {
      db.assessments.hook('creating').unsubscribe(refuse)
    }
    expect(await db.assessments.get(sentences[12].id)).toBeUndefined()
    expect(ratings(12)).toEqual(['', '-4', ''])
    expect(notices).toEqual(['The library refused the grade.'])
  })

  it('once stored, is undone as the database has it', async () => {
    const { articleId, sentences } = await imported()
    const { ratings } = await mount(articleId)
    press(2, 17)
    await expect.poll(async () => (await db.assessments.get(sentences[17].id))?.credibility).toBe(2)
    press(6, 17)
    await expect.poll(async () => (await db.assessments.get(sentences[17].id))?.credibility).toBe(6)
    await expect.element(option(17)).toHaveAttribute('data-rating', '-6')
    expect(await undo(db)).toBe('Grade sentence 18')
    await expect.element(option(17)).toHaveAttribute('data-rating', '-2')
    expect(await undo(db)).toBe('Grade sentence 18')
    await expect.element(option(17)).toHaveAttribute('data-rating', '')
    expect(ratings(17)).toEqual(['', '-2', '-6', '-2', ''])
  })
})
