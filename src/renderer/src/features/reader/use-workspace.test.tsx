// An article just imported is opened in a transition, as the import dialog's answer opens it: the
// workbench goes from the article shown straight to the new one, whole, in one render that waits
// for no read of the library, and the reads that then find the rows it was shown from render it
// no more. Real import worker, real IndexedDB, real Chromium.
import { afterAll, afterEach, expect, it } from 'vitest'
import { act, startTransition, useLayoutEffect, useState } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { standsIn } from '../../db/imported-text'
import { importOffThread } from '../../segmenting/segment-client'
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

let root: Root | undefined
afterEach(() => act(() => root?.unmount()))
afterAll(() => db.delete())

/** Two frames: a render a read's answer asked for has been done by then. */
const frames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))

function report(title: string, paragraphs: number): string {
  const lines = Array.from(
    { length: paragraphs },
    (_, p) => `${title} report ${p} said the troops withdrew. ${title} officials confirmed unit ${p} left.`
  )
  return `${title} ${crypto.randomUUID()}\n\n${lines.join('\n\n')}\n`
}

it('opens the article just imported in one render, straight from the one shown, and its reads render it no more', async () => {
  const shown = await importArticle(db, { title: 'Sweden', text: report('Sweden', 20), origin: 'paste' })
  if (shown.kind !== 'imported') throw new Error('expected a new import')
  const host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host)
    root.render(<Workbench first={shown.articleId} />)
  })
  await expect.poll(() => renders.at(-1)?.article.title).toBe('Sweden')

  const outcome = await importOffThread(db, { title: 'Kursk', text: report('Kursk', 3000), origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  renders.length = 0
  // Outside act, as the page does: React renders the transition in its own time.
  startTransition(() => open(outcome.articleId))
  await expect.poll(() => renders.some((w) => w?.article.id === outcome.articleId)).toBe(true)
  await expect
    .poll(() =>
      (['article', 'sentences', 'grades', 'links'] as const).some((p) => standsIn(outcome.articleId, p))
    )
    .toBe(false)
  await frames()

  // Never loading, never the two mixed: the article shown, then the new one, whole.
  const kursk = renders.filter((w) => w?.article.id === outcome.articleId)
  expect(
    renders.filter((w) => w?.article.id !== shown.articleId && w?.article.id !== outcome.articleId)
  ).toEqual([])
  expect(kursk).toHaveLength(1)
  expect(kursk[0]!.sentences).toHaveLength(outcome.sentenceCount)
  expect(kursk[0]!.assessments.size).toBe(0)
  expect(renders.at(-1)).toBe(kursk[0])
})
