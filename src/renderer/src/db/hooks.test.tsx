// The article's grades as the reader reads them, in real Chromium over real IndexedDB: after the
// first read, a write is answered by reading the rows it touched, not every grade of the article.
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import type { Assessment } from '@shared/model'
import { db } from './index'
import { importArticle } from './articles'
import { blankAssessment, updateAssessment } from './assessments'
import { useAssessments, useForeignSentences } from './hooks'
import { expandSentences } from './sentences'
import { undo } from './undo'

/** Grade rows the page's read-only requests on the assessments store have returned. */
let rowsRead = 0
const originals: [object, string, unknown][] = []

function countRows(proto: IDBObjectStore | IDBIndex, method: 'get' | 'getAll' | 'openCursor') {
  const original = proto[method] as (...args: unknown[]) => IDBRequest
  originals.push([proto, method, original])
  Object.assign(proto, {
    [method](this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      const request = original.apply(this, args)
      const store = 'objectStore' in this ? this.objectStore : this
      if (store.name === 'assessments' && store.transaction.mode === 'readonly') {
        request.addEventListener('success', () => {
          const result: unknown = request.result
          if (Array.isArray(result)) rowsRead += result.length
          else if (result instanceof IDBCursor) rowsRead++
          else if (result !== undefined) rowsRead++
        })
      }
      return request
    }
  })
}
for (const method of ['get', 'getAll', 'openCursor'] as const) {
  countRows(IDBObjectStore.prototype, method)
  countRows(IDBIndex.prototype, method)
}

let latest: Map<string, Assessment> | undefined
function Grades({ articleId }: { articleId: string }) {
  latest = useAssessments(articleId)
  return null
}

let root: Root | undefined
afterEach(() => act(() => root?.unmount()))
afterAll(async () => {
  for (const [proto, method, original] of originals) Object.assign(proto, { [method]: original })
  await db.delete()
})

async function importedWithGrades(graded: number) {
  const body = Array.from(
    { length: graded + 5 },
    (_, n) => `Report ${n} said the troops withdrew near Kursk.`
  )
  const outcome = await importArticle(db, {
    title: 'Reports',
    text: `Reports ${crypto.randomUUID()}\n\n${body.join('\n\n')}\n`,
    origin: 'paste'
  })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const text = (await db.texts.get(outcome.articleId))!.text
  const sentences = expandSentences((await db.sentences.get(outcome.articleId))!)
  await db.assessments.bulkPut(
    sentences.slice(1, graded + 1).map((s) => ({ ...blankAssessment(s, text), credibility: 2 as const }))
  )
  return { articleId: outcome.articleId, text, sentences }
}

async function mount(articleId: string) {
  latest = undefined
  const host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host)
    root.render(<Grades articleId={articleId} />)
  })
  await expect.poll(() => latest?.size).toBeGreaterThan(0)
  return latest!
}

describe('useAssessments', () => {
  it('reads only the rows a grade touched, and keeps the objects of the others', async () => {
    const { articleId, text, sentences } = await importedWithGrades(400)
    rowsRead = 0
    const first = await mount(articleId)
    expect(first.size).toBe(400)
    expect(rowsRead).toBe(400)

    rowsRead = 0
    await updateAssessment(db, sentences[401], text, { credibility: 5 })
    await expect.poll(() => latest?.get(sentences[401].id)?.credibility).toBe(5)
    const second = latest!
    expect(rowsRead).toBe(1)
    expect(second.size).toBe(401)
    expect(second.get(sentences[7].id)).toBe(first.get(sentences[7].id))

    // A regrade replaces the row's object; undoing the first grade of a sentence removes it.
    rowsRead = 0
    await updateAssessment(db, sentences[7], text, { credibility: 4 })
    await expect.poll(() => latest?.get(sentences[7].id)?.credibility).toBe(4)
    expect(await undo(db)).toBe('Grade sentence 8')
    await expect.poll(() => latest?.get(sentences[7].id)?.credibility).toBe(2)
    expect(await undo(db)).toBe('Grade sentence 402')
    await expect.poll(() => latest?.has(sentences[401].id)).toBe(false)
    expect(latest!.size).toBe(400)
    expect(rowsRead).toBeLessThanOrEqual(4)
  })

  it('reads nothing for another article’s grade, and drops grades deleted in bulk', async () => {
    const { articleId } = await importedWithGrades(50)
    const other = await importedWithGrades(3)
    const first = await mount(articleId)
    rowsRead = 0
    await updateAssessment(db, other.sentences[4], other.text, { credibility: 1 })
    // A later write to this article is the barrier: once it shows, the other one was handled.
    await db.assessments.where('articleId').equals(articleId).modify({ note: 'Checked' })
    await expect.poll(() => latest?.get([...first.keys()][0])?.note).toBe('Checked')
    expect(rowsRead).toBe(50)

    rowsRead = 0
    await db.assessments.where('articleId').equals(articleId).delete()
    await expect.poll(() => latest?.size).toBe(0)
    expect(rowsRead).toBe(0)
  })
})

describe('useForeignSentences', () => {
  it('gives none at once, with no read, for links that reach no other article', async () => {
    const shown: (ReadonlyMap<string, unknown> | undefined)[] = []
    function Foreign() {
      shown.push(useForeignSentences('a1', []))
      return null
    }
    root = createRoot(document.body.appendChild(document.createElement('div')))
    // Rendered outside act: the first render is seen as it is, before any query could answer.
    root.render(<Foreign />)
    await expect.poll(() => shown.length).toBeGreaterThan(0)
    expect(shown[0]?.size).toBe(0)
  })
})
