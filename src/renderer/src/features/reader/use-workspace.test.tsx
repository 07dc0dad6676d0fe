// An article just imported is opened as the import dialog's answer opens it: the article shown
// leaves the page in the commit that follows (loading), and the new one comes whole in the next,
// a render that waits for no read of the library; the reads that then find the rows it was shown
// from render it no more. Real import worker, real IndexedDB, real Chromium.
import { afterEach, expect, it } from 'vitest'
import { useLayoutEffect, useState } from 'react'
import { liveQuery } from 'dexie'
import { db } from '../../db'
import { importArticle, importLanguage, type ArticleDraft } from '../../db/articles'
import { standsIn } from '../../db/imported-text'
import { importOffThread, prepareHere } from '../../segmenting/segment-client'
import { mountInApp } from '../../test-support/in-app'
import { twoFrames } from '../../test-support/mount'
import { useWorkspace, type Workspace } from './use-workspace'

/** The workspace each render of the workbench put in the page (each commit). */
const renders: (Workspace | null | undefined)[] = []
let open: (articleId: string) => void = () => undefined

function Workbench({ first }: { first: string }) {
  const [articleId, setArticleId] = useState(first)
  open = setArticleId
  const workspace = useWorkspace(articleId)
  useLayoutEffect(() => {
    renders.push(workspace)
  })
  return null
}

function report(title: string, paragraphs: number): string {
  const lines = Array.from(
    { length: paragraphs },
    (_, p) => `${title} report ${p} said the troops withdrew. ${title} officials confirmed unit ${p} left.`
  )
  return `${title} ${crypto.randomUUID()}\n\n${lines.join('\n\n')}\n`
}

it('opens the article just imported in one commit after the one shown leaves, and its reads render it no more', async () => {
  const shown = await importArticle(db, { title: 'Sweden', text: report('Sweden', 20), origin: 'paste' })
  if (shown.kind !== 'imported') throw new Error('expected a new import')
  await mountInApp(<Workbench first={shown.articleId} />)
  await expect.poll(() => renders.at(-1)?.article.title).toBe('Sweden')

  const outcome = await importOffThread(db, { title: 'Kursk', text: report('Kursk', 3000), origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  renders.length = 0
  // Outside act, as the page does: React renders the article in its own time.
  open(outcome.articleId)
  await expect.poll(() => renders.some((w) => w?.article.id === outcome.articleId)).toBe(true)
  await expect
    .poll(() =>
      (['article', 'sentences', 'grades', 'links'] as const).some((p) => standsIn(outcome.articleId, p))
    )
    .toBe(false)
  await twoFrames()

  // Loading once, then the new article whole, in one commit that no read's answer follows.
  expect(renders.map((w) => (w === undefined ? 'loading' : w?.article.title))).toEqual(['loading', 'Kursk'])
  const [, kursk] = renders
  expect(kursk!.sentences).toHaveLength(outcome.sentenceCount)
  expect(kursk!.assessments.size).toBe(0)
  expect(kursk!.links).toEqual([])
})

/** What happened, in order: the imported article's commit, and each read of its sentence table. */
const events: string[] = []
const get = IDBObjectStore.prototype.get
afterEach(() => {
  IDBObjectStore.prototype.get = get
})

/** A part of the reader whose render takes a few milliseconds, as a paragraph's does in a long article. */
function SlowPart() {
  const until = performance.now() + 4
  while (performance.now() < until) {
    // rendering
  }
  return null
}

/** Called once in the commit that shows an article loading, if set. */
let whenLoading: (() => void) | undefined

/** The workbench of a reader whose first render of an article spans several frames. */
function SlowWorkbench({ first }: { first: string }) {
  const [articleId, setArticleId] = useState(first)
  open = setArticleId
  const workspace = useWorkspace(articleId)
  useLayoutEffect(() => {
    if (workspace) events.push(`shown ${workspace.article.title}`)
    else if (workspace === undefined && whenLoading) {
      const then = whenLoading
      whenLoading = undefined
      then()
    }
  })
  return workspace
    ? Array.from({ length: 40 }, (_, i) => <SlowPart key={`${workspace.article.id}-${i}`} />)
    : null
}

it('reads back the rows of an article just imported only after the render that shows it, however many frames that takes', async () => {
  const shown = await importArticle(db, { title: 'Norway', text: report('Norway', 20), origin: 'paste' })
  if (shown.kind !== 'imported') throw new Error('expected a new import')
  await mountInApp(<SlowWorkbench first={shown.articleId} />)
  const outcome = await importOffThread(db, { title: 'Sudzha', text: report('Sudzha', 500), origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  events.length = 0
  IDBObjectStore.prototype.get = function (this: IDBObjectStore, ...args: Parameters<typeof get>) {
    if (this.name === 'sentences' && args[0] === outcome.articleId) events.push('read Sudzha')
    return get.apply(this, args)
  }
  // Outside act, as the page does: React renders the article a slice at a time, frames between.
  open(outcome.articleId)
  await expect.poll(() => standsIn(outcome.articleId, 'sentences')).toBe(false)
  expect(events.filter((e) => e.endsWith('Sudzha'))).toEqual(['shown Sudzha', 'read Sudzha'])
})

/**
 * The id the import of `draft` gives its article (its text's fingerprint), and a live read of that
 * article telling `seen` each time it answers whether the library lists it: a read of that one
 * key, which other tests' writes to the library do not make answer again.
 */
async function watchListed(draft: ArticleDraft, seen: (listed: boolean) => void) {
  const { table } = await prepareHere(draft.text, importLanguage(draft))
  const watched = liveQuery(() => db.articles.get(table.articleId)).subscribe((row) =>
    seen(row !== undefined)
  )
  return { articleId: table.articleId, stop: () => watched.unsubscribe() }
}

it('tells the library’s live queries of an article just imported once the render that shows it is done, not in its middle', async () => {
  const shown = await importArticle(db, { title: 'Latvia', text: report('Latvia', 20), origin: 'paste' })
  if (shown.kind !== 'imported') throw new Error('expected a new import')
  await mountInApp(<SlowWorkbench first={shown.articleId} />)
  // As the import dialog imports an article it opens.
  const draft = { title: 'Tartu', text: report('Tartu', 500), origin: 'paste' as const }
  let answers = 0
  const listing = await watchListed(draft, (listed) => {
    answers++
    if (listed) events.push('listed Tartu')
  })
  try {
    await expect.poll(() => answers).toBe(1)
    const outcome = await importOffThread(db, draft, undefined, undefined, { opens: true })
    expect(outcome).toMatchObject({ kind: 'imported', articleId: listing.articleId })
    events.length = 0
    // Outside act, as the page does: React renders the article a slice at a time, frames between.
    open(listing.articleId)
    await expect.poll(() => events).toContain('listed Tartu')
    expect(events.filter((e) => e.endsWith('Tartu'))).toEqual(['shown Tartu', 'listed Tartu'])
  } finally {
    listing.stop()
  }
})

it('tells the library’s live queries of an article just imported that the reader left before showing it', async () => {
  const shown = await importArticle(db, { title: 'Estonia', text: report('Estonia', 20), origin: 'paste' })
  if (shown.kind !== 'imported') throw new Error('expected a new import')
  await mountInApp(<SlowWorkbench first={shown.articleId} />)
  const draft = { title: 'Narva', text: report('Narva', 500), origin: 'paste' as const }
  let answers = 0
  let listed = false
  const listing = await watchListed(draft, (now) => {
    answers++
    listed = now
  })
  try {
    await expect.poll(() => answers).toBe(1)
    const outcome = await importOffThread(db, draft, undefined, undefined, { opens: true })
    expect(outcome).toMatchObject({ kind: 'imported', articleId: listing.articleId })
    events.length = 0
    // Back to the article shown before in the commit that holds the new one back for its own
    // render: that render never comes.
    whenLoading = () => open(shown.articleId)
    open(listing.articleId)
    await expect.poll(() => whenLoading).toBeUndefined()
    await expect.poll(() => listed).toBe(true)
    expect(events).not.toContain('shown Narva')
  } finally {
    listing.stop()
  }
})
