// An article just imported is opened as the import dialog's answer opens it: the article shown
// leaves the page in the commit that follows (loading), and the new one comes whole in the next,
// a render that waits for no read of the library; the reads that then find the rows it was shown
// from render it no more. Real import worker, real IndexedDB, real Chromium.
import { afterAll, expect, it } from 'vitest'
import { useLayoutEffect, useState } from 'react'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import { standsIn } from '../../db/imported-text'
import { importOffThread } from '../../segmenting/segment-client'
import { mountInTheme, twoFrames } from '../../test-support/mount'
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

afterAll(() => db.delete())

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
  await mountInTheme(<Workbench first={shown.articleId} />)
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
