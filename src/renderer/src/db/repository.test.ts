// Repository functions against real IndexedDB in Chromium: what an analyst's library keeps.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { verifyChain } from '@shared/history/chain'
import { SourcemarkDatabase } from './database'
import { deleteArticle, getArticle, importArticle, ImportError, listArticleSummaries } from './articles'
import { updateAssessment } from './assessments'
import { ensureSample, SAMPLE_TITLE } from './first-run'
import { addLink, linksOfArticle, removeLink } from './links'
import { expandSentences } from './sentences'
import { createSource, updateSource } from './sources'
import { undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  vi.restoreAllMocks()
  await db.delete()
})

const REPORT = [
  'Kyiv says Russian strikes hit power grid',
  'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.',
  '“Repairs are under way,” the ministry said. Power was restored to most homes by noon.'
].join('\n')

async function importReport() {
  const outcome = await importArticle(db, { title: 'Strikes on the grid', text: REPORT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const table = await db.sentences.get(outcome.articleId)
  const article = await getArticle(db, outcome.articleId)
  return { id: outcome.articleId, article: article!, sentences: expandSentences(table!) }
}

describe('importArticle', () => {
  it('stores the article once and its sentences as one stand-off row', async () => {
    const { article, sentences } = await importReport()
    expect(await db.sentences.count()).toBe(1)
    // The library lists articles without reading their text: the text has a row of its own,
    // and the sentence ranges are typed arrays, copied as blocks.
    expect(await db.articles.get(article.id)).not.toHaveProperty('text')
    expect((await db.texts.get(article.id))?.text).toBe(article.text)
    expect((await db.sentences.get(article.id))?.starts).toBeInstanceOf(Uint32Array)
    expect(sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'Kyiv says Russian strikes hit power grid',
      'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.',
      '“Repairs are under way,” the ministry said.',
      'Power was restored to most homes by noon.'
    ])
    expect(sentences[0].kind).toBe('heading')
    expect(new Set(sentences.map((s) => s.id)).size).toBe(sentences.length)
    expect(await db.history.where({ entity: 'article', entityId: article.id }).count()).toBe(1)
  })

  it('recognises the same text imported twice, even with other line endings', async () => {
    const first = await importReport()
    const again = await importArticle(db, {
      title: 'Same text, Windows line ends',
      text: REPORT.replace(/\n/g, '\r\n') + '\r\n',
      origin: 'paste'
    })
    expect(again).toEqual({ kind: 'duplicate', articleId: first.id, title: 'Strikes on the grid' })
    expect(await db.articles.count()).toBe(1)
  })

  it('refuses empty text and a missing title, naming the field, and writes nothing', async () => {
    await expect(importArticle(db, { title: 'Empty', text: ' \n\t ', origin: 'paste' })).rejects.toThrow(
      new ImportError('Article text: there is no text to import.')
    )
    await expect(importArticle(db, { title: '  ', text: REPORT, origin: 'paste' })).rejects.toThrow(/^Title:/)
    expect(await db.articles.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('leaves the library as it was when a write inside the import fails', async () => {
    vi.spyOn(db.sentences, 'add').mockRejectedValueOnce(new Error('disk full'))
    await expect(importArticle(db, { title: 'Grid', text: REPORT, origin: 'paste' })).rejects.toThrow(
      'disk full'
    )
    expect(await db.articles.count()).toBe(0)
    expect(await db.sentences.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('keeps the outlet, author, date and address, and refuses ones that are not what they say', async () => {
    const draft = { title: 'Grid', text: REPORT, origin: 'paste' as const }
    await expect(importArticle(db, { ...draft, url: 'javascript:alert(1)' })).rejects.toThrow(
      'URL: “javascript:alert(1)” is not a web address (http:// or https://).'
    )
    await expect(importArticle(db, { ...draft, publishedAt: '26/01/2025' })).rejects.toThrow(
      'Published: “26/01/2025” is not a date (YYYY-MM-DD).'
    )
    expect(await db.articles.count()).toBe(0)
    const outcome = await importArticle(db, {
      ...draft,
      outlet: ' Kyiv Independent ',
      author: 'Olena Harmash',
      publishedAt: '2025-01-31',
      url: 'https://kyivindependent.com/grid',
      language: 'en'
    })
    const article = await db.articles.get(outcome.articleId)
    expect(article).toMatchObject({
      outlet: 'Kyiv Independent',
      author: 'Olena Harmash',
      publishedAt: '2025-01-31',
      url: 'https://kyivindependent.com/grid'
    })
  })
})

describe('first run', () => {
  it('imports the bundled sample once, and not again after the analyst deletes it', async () => {
    const id = await ensureSample(db)
    expect(id).toBeTruthy()
    const sample = await getArticle(db, id!)
    expect(sample?.title).toBe(SAMPLE_TITLE)
    expect(sample?.origin.kind).toBe('sample')
    expect(sample?.text.startsWith('North Korean troops deployed to aid Russia’s offensive')).toBe(true)
    expect(await ensureSample(db)).toBeNull()
    await db.articles.clear()
    expect(await ensureSample(db)).toBeNull()
    expect(await db.articles.count()).toBe(0)
  })

  it('imports once when two starts race', async () => {
    await Promise.all([ensureSample(db), ensureSample(db)])
    expect(await db.articles.count()).toBe(1)
  })
})

describe('grading', () => {
  it('creates the assessment on the first grade, updates it after, and chains the history', async () => {
    const { article, sentences } = await importReport()
    const claim = sentences[1]
    await updateAssessment(db, claim, article.text, { credibility: 3 })
    const source = await createSource(db, { name: 'Ukraine’s energy ministry', kind: 'government' })
    await updateSource(db, source.id, { reliability: 'B' })
    const after = await updateAssessment(db, claim, article.text, {
      attributions: [{ sourceId: source.id, role: 'reported' }],
      note: 'Ministry statement, not yet independently confirmed.'
    })
    expect(after.credibility).toBe(3)
    expect(after.target.exact).toBe(article.text.slice(claim.start, claim.end))
    expect(await db.assessments.count()).toBe(1)

    const history = await db.history.orderBy('id').toArray()
    expect(history.map((h) => h.entity)).toEqual([
      'article',
      'sentences',
      'assessment',
      'source',
      'source',
      'assessment'
    ])
    expect(await verifyChain(history)).toEqual({ ok: true })
    expect((await listArticleSummaries(db))[0]).toMatchObject({ sentenceCount: 4, gradedCount: 1 })
  })

  it('finds a source again by name whatever its case, instead of creating a twin', async () => {
    const a = await createSource(db, { name: 'Institute for the Study of War' })
    const b = await createSource(db, { name: '  institute for the study of  war ' })
    expect(b.id).toBe(a.id)
    expect(a.reliability).toBeNull()
    expect(await db.sources.count()).toBe(1)
  })
})

describe('links', () => {
  it('returns links from the article and links that reach it from another article', async () => {
    const grid = await importReport()
    const other = await importArticle(db, {
      title: 'Energy ministry statement',
      text: 'Energy facilities in three regions were struck overnight, the ministry said.',
      origin: 'paste'
    })
    if (other.kind !== 'imported') throw new Error('expected a new import')
    const otherSentence = expandSentences((await db.sentences.get(other.articleId))!)[0]

    const inside = await addLink(db, grid.sentences[2], 'supports', {
      kind: 'sentence',
      sentenceId: grid.sentences[1].id
    })
    const incoming = await addLink(db, otherSentence, 'supports', {
      kind: 'sentence',
      sentenceId: grid.sentences[1].id
    })
    expect((await linksOfArticle(db, grid.id)).map((l) => l.id).sort()).toEqual(
      [inside.id, incoming.id].sort()
    )

    await removeLink(db, inside.id)
    expect((await linksOfArticle(db, grid.id)).map((l) => l.id)).toEqual([incoming.id])
    await expect(
      addLink(db, grid.sentences[1], 'supports', { kind: 'sentence', sentenceId: grid.sentences[1].id })
    ).rejects.toThrow(/itself/)
  })
})

describe('deleting an article', () => {
  it('removes its sentences, grades and links to and from it, and undo brings all of it back', async () => {
    const grid = await importReport()
    const other = await importArticle(db, {
      title: 'Ministry statement',
      text: 'Energy facilities in three regions were struck overnight, the ministry said.',
      origin: 'paste'
    })
    if (other.kind !== 'imported') throw new Error('expected a new import')
    const otherSentence = expandSentences((await db.sentences.get(other.articleId))!)[0]
    await updateAssessment(db, grid.sentences[1], grid.article.text, {
      credibility: 2,
      note: 'Ministry line.'
    })
    await addLink(db, otherSentence, 'supports', { kind: 'sentence', sentenceId: grid.sentences[1].id })
    const snapshot = async () => ({
      articles: await db.articles.orderBy('id').toArray(),
      texts: await db.texts.orderBy('articleId').toArray(),
      sentences: await db.sentences.orderBy('articleId').toArray(),
      assessments: await db.assessments.toArray(),
      links: await db.links.toArray()
    })
    const before = await snapshot()

    await deleteArticle(db, grid.id)
    expect(await db.articles.get(grid.id)).toBeUndefined()
    expect(await db.sentences.get(grid.id)).toBeUndefined()
    expect(await db.texts.get(grid.id)).toBeUndefined()
    expect(await db.assessments.count()).toBe(0)
    // The other article's link pointed into the deleted one: it would dangle, so it goes too.
    expect(await db.links.count()).toBe(0)
    expect(await db.articles.get(other.articleId)).toBeDefined()

    expect(await undo(db)).toBe('Delete article')
    expect(await snapshot()).toEqual(before)
    expect(await verifyChain(await db.history.orderBy('id').toArray())).toEqual({ ok: true })
  })
})
