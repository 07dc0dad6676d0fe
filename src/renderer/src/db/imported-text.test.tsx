// An article just imported is shown from the text, record and sentence table its import handed
// the page, not read back from IndexedDB: the same article a read gives, with no read of its text,
// and its first render waits for no read. Real worker, real IndexedDB, real Chromium; reads of the
// texts table are counted at IndexedDB's own requests.
import { afterAll, describe, expect, it } from 'vitest'
import type { Article, Assessment, Link, Sentence } from '@shared/model'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import { importOffThread } from '../segmenting/segment-client'
import { db } from './index'
import { deleteArticle, getArticle, importArticle, updateArticleDetails } from './articles'
import { updateAssessment } from './assessments'
import { splitSentence } from './corrections'
import {
  useArticle,
  useArticleLinks,
  useAssessments,
  useForeignSentences,
  useSentences,
  type ForeignSentence
} from './hooks'
import { importedText, standsIn } from './imported-text'
import { expandSentences } from './sentences'
import { mountInTheme, themedRoot, twoFrames, unmountAll } from '../test-support/mount'

/** Rows of the texts table that the page's requests have returned (values, not keys). */
let textsRead = 0
const originals: [object, string, unknown][] = []

function countTexts(proto: IDBObjectStore | IDBIndex, method: 'get' | 'getAll' | 'openCursor') {
  const original = proto[method] as (...args: unknown[]) => IDBRequest
  originals.push([proto, method, original])
  Object.assign(proto, {
    [method](this: IDBObjectStore | IDBIndex, ...args: unknown[]) {
      const request = original.apply(this, args)
      const store = 'objectStore' in this ? this.objectStore : this
      if (store.name === 'texts') {
        request.addEventListener('success', () => {
          const result: unknown = request.result
          if (Array.isArray(result)) textsRead += result.length
          else if (result !== undefined && result !== null) textsRead++
        })
      }
      return request
    }
  })
}
for (const method of ['get', 'getAll', 'openCursor'] as const) {
  countTexts(IDBObjectStore.prototype, method)
  countTexts(IDBIndex.prototype, method)
}

/** Each article the hook gave, in order. */
let shown: (Article | null | undefined)[] = []
function Shown({ articleId }: { articleId: string }) {
  shown.push(useArticle(articleId))
  return null
}

afterAll(async () => {
  for (const [proto, method, original] of originals) Object.assign(proto, { [method]: original })
  await db.delete()
})

async function mount(articleId: string): Promise<void> {
  shown = []
  await mountInTheme(<Shown articleId={articleId} />)
  await expect.poll(() => shown.at(-1)).toBeTruthy()
}

/** Paragraphs of the sample, repeated to about `chars` characters, with a heading of its own. */
function longText(chars: number): string {
  const paragraphs = sampleText.split('\n').filter((line) => line.trim())
  const lines = [`Kursk digest ${crypto.randomUUID()}`]
  for (let i = 0, size = 0; size < chars; i++) {
    const line = paragraphs[i % paragraphs.length].replace(/\d+/, String(i))
    lines.push(line)
    size += line.length + 2
  }
  return `${lines.join('\r\n\r\n')}\r\n`
}

describe('an article just imported', () => {
  it('is handed to the page with its text as stored, normalised, and shown without reading that text', async () => {
    const draft = { title: 'Kursk digest', text: longText(1_000_000), origin: 'paste' as const }
    const outcome = await importOffThread(db, draft)
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const stored = await getArticle(db, outcome.articleId)
    // The text the answer handed over is the stored one to the last character (CRLF made \n).
    expect(importedText(outcome.articleId)).toBe(stored!.text)
    expect(stored!.text).not.toContain('\r')

    textsRead = 0
    await mount(outcome.articleId)
    expect(shown.at(-1)).toEqual(stored)
    expect(textsRead).toBe(0)
  })

  it('shows an edit of its details, and its deletion, as a read of the library would', async () => {
    const outcome = await importOffThread(db, {
      title: 'Sweden and Kursk',
      text: longText(20_000),
      origin: 'paste'
    })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    await mount(outcome.articleId)
    const first = shown.at(-1)!
    await updateArticleDetails(db, outcome.articleId, { title: 'Kursk, edited', language: 'en' })
    await expect.poll(() => shown.at(-1)?.title).toBe('Kursk, edited')
    expect(shown.at(-1)).toEqual({ ...(await getArticle(db, outcome.articleId)) })
    expect(shown.at(-1)!.text).toBe(first.text)
    await deleteArticle(db, outcome.articleId)
    await expect.poll(() => shown.at(-1)).toBeNull()
  })

  it('is read from the library when it was not the latest import', async () => {
    const earlier = await importOffThread(db, { title: 'Earlier', text: longText(5_000), origin: 'paste' })
    const later = await importOffThread(db, { title: 'Later', text: longText(5_000), origin: 'paste' })
    if (earlier.kind !== 'imported' || later.kind !== 'imported') throw new Error('expected new imports')
    expect(importedText(earlier.articleId)).toBeUndefined()
    textsRead = 0
    await mount(earlier.articleId)
    expect(shown.at(-1)).toEqual(await getArticle(db, earlier.articleId))
    expect(textsRead).toBeGreaterThan(0)
  })

  it('imported on this thread (no worker) is read from the library as before', async () => {
    const outcome = await importArticle(db, { title: 'Here', text: longText(5_000), origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    expect(importedText(outcome.articleId)).toBeUndefined()
    textsRead = 0
    await mount(outcome.articleId)
    expect(shown.at(-1)).toEqual(await getArticle(db, outcome.articleId))
    expect(textsRead).toBeGreaterThan(0)
  })
})

/** What the reader's hooks gave in each render of an article. */
interface Parts {
  article: Article | null | undefined
  sentences: Sentence[] | undefined
  grades: Map<string, Assessment> | undefined
  links: Link[] | undefined
  foreign: Map<string, ForeignSentence> | undefined
}
let renders: Parts[] = []
function Parts({ articleId }: { articleId: string }) {
  const links = useArticleLinks(articleId)
  renders.push({
    article: useArticle(articleId),
    sentences: useSentences(articleId),
    grades: useAssessments(articleId),
    links,
    foreign: useForeignSentences(articleId, links)
  })
  return null
}

const PARTS = ['article', 'sentences', 'grades', 'links'] as const

/** Mounts the reader's hooks on `articleId` and waits until each part's first read has answered. */
async function mountParts(articleId: string): Promise<void> {
  renders = []
  // Rendered outside act, so the first render is seen as it is, before any read could answer.
  themedRoot().render(<Parts articleId={articleId} />)
  await expect.poll(() => renders.length).toBeGreaterThan(0)
  await expect.poll(() => PARTS.every((part) => !standsIn(articleId, part))).toBe(true)
  await twoFrames()
}

describe('an article just imported, opened in the reader', () => {
  it('is whole in its first render, before any read of the library, and the reads that find the same rows render it no more', async () => {
    const outcome = await importOffThread(db, {
      title: 'Kursk rows',
      text: longText(50_000),
      origin: 'paste'
    })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    await mountParts(outcome.articleId)
    // Every read has answered, and the page was rendered once: from what the import handed over.
    expect(renders).toHaveLength(1)
    const [first] = renders
    expect(first.article).toEqual(await getArticle(db, outcome.articleId))
    expect(first.sentences).toEqual(expandSentences((await db.sentences.get(outcome.articleId))!))
    expect(first.sentences).toHaveLength(outcome.sentenceCount)
    expect(first.grades?.size).toBe(0)
    expect(first.links).toEqual([])
    expect(first.foreign?.size).toBe(0)

    // The reads still follow the library: an edit renders, and the parts it did not change keep
    // the objects first shown.
    await updateArticleDetails(db, outcome.articleId, { title: 'Kursk rows, edited', language: 'en' })
    await expect.poll(() => renders.at(-1)!.article?.title).toBe('Kursk rows, edited')
    const last = renders.at(-1)!
    expect(last.sentences).toBe(first.sentences)
    expect(last.grades).toBe(first.grades)
    expect(last.links).toBe(first.links)
    expect(last.foreign).toBe(first.foreign)
  })

  it('read back once it is shown: an edit and a split made before its first frame are shown as the library has them', async () => {
    const outcome = await importOffThread(db, {
      title: 'Kursk early edit',
      text: longText(5_000),
      origin: 'paste'
    })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    renders = []
    themedRoot().render(<Parts articleId={outcome.articleId} />)
    // Written before the page presents the article, and so before the reads of what was handed over.
    const [sentence] = expandSentences((await db.sentences.get(outcome.articleId))!)
    const text = (await getArticle(db, outcome.articleId))!.text
    await Promise.all([
      updateArticleDetails(db, outcome.articleId, { title: 'Kursk, edited early', language: 'en' }),
      splitSentence(db, outcome.articleId, sentence.id, text.indexOf(' ', sentence.start + 5))
    ])
    await expect.poll(() => renders.at(-1)!.article?.title).toBe('Kursk, edited early')
    await expect.poll(() => renders.at(-1)!.sentences?.length).toBe(outcome.sentenceCount + 1)
  })

  it('opened again after a change to its rows, shows them as the library has them, never the rows of its import', async () => {
    const outcome = await importOffThread(db, {
      title: 'Kursk split',
      text: longText(5_000),
      origin: 'paste'
    })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    await mountParts(outcome.articleId)
    const imported = renders[0].sentences!
    const [sentence] = imported
    const text = renders[0].article!.text
    await splitSentence(db, outcome.articleId, sentence.id, text.indexOf(' ', sentence.start + 5))
    await updateAssessment(db, imported[1], text, { credibility: 2 })
    await updateArticleDetails(db, outcome.articleId, { title: 'Kursk, split', language: 'en' })
    unmountAll()

    await mountParts(outcome.articleId)
    await expect.poll(() => renders.at(-1)!.sentences?.length).toBe(imported.length + 1)
    for (const parts of renders.filter((p) => p.sentences))
      expect(parts.sentences).toHaveLength(imported.length + 1)
    for (const parts of renders.filter((p) => p.article)) expect(parts.article!.title).toBe('Kursk, split')
    for (const parts of renders.filter((p) => p.grades)) expect(parts.grades!.size).toBe(1)
  })
})
