// The import prepared in the worker (WebCrypto fingerprint, transferred table) must store exactly
// what the import prepared on the UI thread stores: the same article record, text, sentence table
// and history, byte for byte. Real worker, real IndexedDB, the sample and a generated 1 MB article.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { liveQuery } from 'dexie'
import { stateHash } from '@shared/backup/record-state'
import { segmentSentences } from '@shared/segment'
import { SENTENCE_KINDS } from '@shared/model'
import { normaliseText } from '@shared/text'
import { sha256Hex } from '@shared/text/sha256'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import {
  deleteArticle,
  dropTextsAhead,
  getArticle,
  importArticle,
  ImportError,
  type ArticleDraft,
  type TextPreparer
} from '../db/articles'
import { verifyLibrary } from '../db/backup'
import { importedArticle, importedTable, importedText } from '../db/imported-text'
import { SourcemarkDatabase } from '../db/database'
import type { ImporterResponse } from './protocol'
import { wavesOf } from '../test-support/request-waves'
import { dropAhead, importOffThread, prepareAhead, prepareHere, prepareOffThread } from './segment-client'
import { WAIT_GUARD } from '../test-support/wait-guard'
import { seededRandom as random } from '@shared/seeded-random'

const opened: SourcemarkDatabase[] = []

async function freshLibrary(): Promise<SourcemarkDatabase> {
  const db = new SourcemarkDatabase(`import-paths-${crypto.randomUUID()}`)
  await db.open()
  opened.push(db)
  return db
}

beforeEach(() => {
  // Both imports run at the same instant, so the dates in their rows (and the hashes over them) agree.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date('2026-11-30T08:00:00.000Z'))
})

afterEach(async () => {
  vi.useRealTimers()
  for (const db of opened.splice(0)) await db.delete()
})

/**
 * About `chars` characters of news copy made from the sample's paragraphs, with what normalising
 * must undo (a byte-order mark, CRLF and CR line ends, trailing blanks, decomposed accents, runs of
 * blank lines, Unicode separators) and what segmenting must tell apart (headings, quotes, lists).
 */
function generatedArticle(chars: number): string {
  const next = random(8)
  const paragraphs = sampleText.split('\n').filter((line) => line.trim())
  const pick = () => paragraphs[Math.floor(next() * paragraphs.length)]
  const parts = ['\uFEFFNorth Korean troops withdraw from Kursk: a digest\r\n']
  let size = parts[0].length
  while (size < chars) {
    const roll = next()
    let part: string
    if (roll < 0.08)
      part = `Update ${Math.floor(next() * 500)}: Mu\u0308ller and Sve\u0301nska Dagbladet report\r\n\r\n\r\n`
    else if (roll < 0.14) part = `• ${pick().slice(0, 80)}\r\n• Second point. More text.\n1. First step\r`
    else if (roll < 0.2) part = `“${pick()}” he told reporters. \t\u2029`
    else part = `${pick().replace(/\d/g, (d) => (next() < 0.3 ? String(Math.floor(next() * 10)) : d))}  \r\n`
    parts.push(part)
    size += part.length
  }
  return parts.join('').slice(0, chars)
}

const LARGE = generatedArticle(1_000_000)

/** Typed arrays as their type and every byte of the buffer behind them: what IndexedDB stored. */
function bytes(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) {
    return { type: value.constructor.name, bytes: new Uint8Array(value.buffer.slice(0)) }
  }
  if (Array.isArray(value)) return value.map(bytes)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, bytes(v)]))
  }
  return value
}

/**
 * Every row an import writes. A history entry's `action` is a random id per action, so it, and the
 * entry hashes chained over it, differ between any two imports; everything else must not.
 */
async function storedRows(db: SourcemarkDatabase) {
  const history = (await db.history.toArray()).map(
    ({ action: _a, hash: _h, prevHash: _p, ...entry }) => entry
  )
  return bytes({
    articles: await db.articles.toArray(),
    texts: await db.texts.toArray(),
    sentences: await db.sentences.toArray(),
    // The library list's counts, kept by the database's middleware wherever the write runs.
    articleCounts: await db.articleCounts.toArray(),
    history
  })
}

async function importBy(prepare: TextPreparer | undefined, draft: ArticleDraft) {
  const db = await freshLibrary()
  const outcome = await importArticle(db, draft, prepare ? { prepare } : {})
  return { db, outcome, rows: await storedRows(db) }
}

/**
 * The whole import in the worker, into a library this page has open (as the import dialog does).
 * The worker reads its own clock, not this page's fixed one: its dates are checked, then set to the
 * page's, so that every other byte is compared. `ahead`: the text was prepared ahead of the import
 * (as the dialog does while the analyst reads the form), and is ready, or still being prepared.
 */
async function writtenByWorker(draft: ArticleDraft, ahead?: 'ready' | 'running') {
  const db = await freshLibrary()
  const fixed = new Date().toISOString()
  vi.useRealTimers()
  // Prepared ahead as the dialog does, with the library opened meanwhile for the import.
  const prepared = ahead && prepareAhead(draft.text, draft.language ?? 'en', db)
  if (ahead === 'ready') await prepared
  const outcome = await importOffThread(db, draft)
  await prepared
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(new Date(fixed))
  const [article] = await db.articles.toArray()
  const history = await db.history.toArray()
  // Its dates are instants written as ISO strings, and its trail's entries follow one another.
  for (const at of [article.importedAt, ...history.map((e) => e.at)]) {
    expect(new Date(at).toISOString()).toBe(at)
  }
  const entryTimes = history.map((e) => Date.parse(e.at))
  expect(entryTimes).toEqual([...entryTimes].sort((a, b) => a - b))
  // What the worker wrote holds together: its trail verifies and binds its rows as written.
  const verdict = await verifyLibrary(db)
  expect(verdict.trail.ok && verdict.records).toBeNull()
  const dated = { ...article, importedAt: fixed }
  await db.articles.put(dated)
  await db.history.bulkPut(
    history.map((e) => ({
      ...e,
      at: fixed,
      ...(e.entity === 'article' ? { stateHash: stateHash('article', dated) } : {})
    }))
  )
  return { db, outcome, rows: await storedRows(db) }
}

describe.each([
  ['the sample', { title: 'Kursk', text: sampleText, origin: 'sample' as const, language: 'en' }],
  [
    'a generated 1 MB article',
    { title: 'Kursk digest', text: LARGE, origin: 'file' as const, fileName: 'digest.txt' }
  ]
])('importing %s', (_name, draft: ArticleDraft) => {
  it('stores byte-identical rows whether prepared and written in the worker or on the UI thread', async () => {
    const inline = await importBy(undefined, draft)
    const worker = await importBy(prepareOffThread, draft)
    const here = await importBy(prepareHere, draft)
    const written = await writtenByWorker(draft)
    const ready = await writtenByWorker(draft, 'ready')
    const running = await writtenByWorker(draft, 'running')

    expect(worker.outcome).toEqual(inline.outcome)
    expect(here.outcome).toEqual(inline.outcome)
    expect(written.outcome).toEqual(inline.outcome)
    expect(ready.outcome).toEqual(inline.outcome)
    expect(running.outcome).toEqual(inline.outcome)
    expect(worker.rows).toEqual(inline.rows)
    expect(here.rows).toEqual(inline.rows)
    expect(written.rows).toEqual(inline.rows)
    expect(ready.rows).toEqual(inline.rows)
    expect(running.rows).toEqual(inline.rows)

    // And what both stored is the article as normalised, fingerprinted and segmented step by step.
    const text = normaliseText(draft.text)
    const segments = segmentSentences(text, { language: 'en' })
    const [article] = await worker.db.articles.toArray()
    const [table] = await worker.db.sentences.toArray()
    expect(article.origin.sha256).toBe(sha256Hex(text))
    expect((await worker.db.texts.get(article.id))?.text).toBe(text)
    expect(table.articleId).toBe(article.id)
    expect(Array.from(table.starts)).toEqual(segments.map((s) => s.start))
    expect(Array.from(table.ends)).toEqual(segments.map((s) => s.end))
    expect(Array.from(table.kinds, (k) => SENTENCE_KINDS[k])).toEqual(segments.map((s) => s.kind))
    expect(await worker.db.history.count()).toBe(2)
    expect(await written.db.articleCounts.toArray()).toEqual([
      { articleId: article.id, sentences: segments.length, graded: 0 }
    ])
  })
})

describe('importing in the worker', () => {
  it('runs in a real worker: stages as they start, then the table as typed arrays', async () => {
    // The module the import client starts; were it unable to load, imports would quietly run here.
    const worker = new Worker(new URL('./segment.worker.ts', import.meta.url), { type: 'module' })
    const messages: ImporterResponse[] = []
    const done = new Promise<void>((resolve, reject) => {
      worker.onerror = () => reject(new Error('the import worker did not load'))
      worker.onmessage = (event: MessageEvent<ImporterResponse>) => {
        messages.push(event.data)
        if (event.data.kind !== 'stage') resolve()
      }
    })
    worker.postMessage({ id: 7, kind: 'prepare', text: sampleText, language: 'en' })
    await done
    worker.terminate()
    expect(messages.map((m) => (m.kind === 'stage' ? m.stage : m.kind))).toEqual([
      'normalising',
      'segmenting',
      'done'
    ])
    const last = messages[2]
    if (last.kind !== 'done') throw new Error(`the worker failed`)
    expect(last.id).toBe(7)
    expect(last.prepared.sha256).toBe(sha256Hex(normaliseText(sampleText)))
    expect(last.prepared.table.kinds).toBeInstanceOf(Uint8Array)
    expect(Array.from(last.prepared.table.starts)).toEqual(
      segmentSentences(normaliseText(sampleText), { language: 'en' }).map((s) => s.start)
    )
  })

  it('reports reading, normalising, segmenting and saving, in that order', async () => {
    const db = await freshLibrary()
    const stages: string[] = []
    await importArticle(
      db,
      { title: 'Kursk', text: sampleText, origin: 'paste' },
      { prepare: prepareOffThread, onStage: (stage) => stages.push(stage) }
    )
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
    const written: string[] = []
    await importOffThread(
      await freshLibrary(),
      { title: 'Kursk', text: sampleText, origin: 'paste' },
      (stage) => written.push(stage)
    )
    expect(written).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
  })

  it('tells this page’s live queries of an article the worker wrote', async () => {
    const db = await freshLibrary()
    const counts: number[] = []
    const subscription = liveQuery(() => db.articles.count()).subscribe((n) => counts.push(n))
    await vi.waitUntil(() => counts.length > 0, WAIT_GUARD)
    const outcome = await importOffThread(db, { title: 'Kursk', text: sampleText, origin: 'paste' })
    await vi.waitUntil(() => counts.at(-1) === 1, WAIT_GUARD)
    subscription.unsubscribe()
    expect(counts).toEqual([0, 1])
    expect(outcome.kind).toBe('imported')
  })

  it('recognises a text already in the library, and refuses an empty one, writing nothing', async () => {
    const db = await freshLibrary()
    const first = await importArticle(db, { title: 'Kursk', text: sampleText, origin: 'paste' })
    const again = await importArticle(
      db,
      { title: 'Kursk again', text: sampleText.replace(/\n/g, '\r\n'), origin: 'paste' },
      { prepare: prepareOffThread }
    )
    expect(again).toEqual({ kind: 'duplicate', articleId: first.articleId, title: 'Kursk' })
    await expect(
      importArticle(
        db,
        { title: 'Blank', text: ' \r\n\t', origin: 'file', fileName: 'blank.txt' },
        { prepare: prepareOffThread }
      )
    ).rejects.toThrow(new ImportError('“blank.txt”: there is no text to import.'))
    expect(await db.articles.count()).toBe(1)
    expect(await db.history.count()).toBe(2)

    // The same when the worker writes: the outcome, and the refusal as the dialog shows it.
    const copy = await importOffThread(db, { title: 'Kursk copy', text: `${sampleText}\n`, origin: 'paste' })
    expect(copy).toEqual({ kind: 'duplicate', articleId: first.articleId, title: 'Kursk' })
    const blank = importOffThread(db, {
      title: 'Blank',
      text: ' \r\n\t',
      origin: 'file',
      fileName: 'blank.txt'
    })
    await expect(blank).rejects.toBeInstanceOf(ImportError)
    await expect(blank).rejects.toThrow('“blank.txt”: there is no text to import.')
    await expect(importOffThread(db, { title: ' ', text: sampleText, origin: 'paste' })).rejects.toThrow(
      new ImportError('Title: an article needs a title.')
    )
    expect(await db.articles.count()).toBe(1)
    expect(await db.history.count()).toBe(2)
  })
})

it('writes an article, its counts and its trail in three round trips after the duplicate check', async () => {
  const db = await freshLibrary()
  // One wave to look the text up before the transaction; then, in it, the look-up again with the
  // chain's end; the rows with the counts read and the article's entry; the counts and the
  // table's entry, chained on the article's.
  const draft: ArticleDraft = { title: 'Kursk', text: sampleText, origin: 'paste' }
  expect(await wavesOf(() => importArticle(db, draft))).toBe(4)
  expect((await verifyLibrary(db)).trail.ok).toBe(true)
  const [article] = await db.articles.toArray()
  expect(await db.articleCounts.get(article.id)).toEqual({
    articleId: article.id,
    sentences: (await db.sentences.get(article.id))!.seqs.length,
    graded: 0
  })
})

describe('importing a text prepared ahead', () => {
  const sumy: ArticleDraft = {
    title: 'Sumy',
    text: 'Drones struck Sumy overnight, the regional governor said. Two people were injured.\n\nSchools stayed closed.',
    origin: 'paste'
  }
  const kharkiv: ArticleDraft = {
    title: 'Kharkiv',
    text: 'A glide bomb hit Kharkiv on Sunday, the mayor said. Three people were hurt.',
    origin: 'paste'
  }

  beforeEach(() => vi.useRealTimers())

  it('uses the preparation when the text and language are the ones prepared, and its count is what is stored', async () => {
    const db = await freshLibrary()
    const counted = await prepareAhead(sampleText, 'en')
    const stages: string[] = []
    const outcome = await importOffThread(
      db,
      { title: 'Kursk', text: sampleText, origin: 'paste' },
      (stage) => stages.push(stage)
    )
    // Nothing left to normalise or segment after the click: the worker had it ready.
    expect(stages).toEqual(['reading', 'saving'])
    if (outcome.kind !== 'imported') throw new Error('not imported')
    const table = await db.sentences.get(outcome.articleId)
    expect(counted).toEqual({ sentenceCount: table!.seqs.length, split: outcome.split })
    expect(outcome.sentenceCount).toBe(table!.seqs.length)
    // The reader's first read of it takes the text as stored, handed over ahead of the click.
    expect(importedText(outcome.articleId)).toBe((await db.texts.get(outcome.articleId))?.text)
    expect(importedText(outcome.articleId)).toBe(normaliseText(sampleText))
  })

  /** `text` prepared ahead by a worker of the test's own, then imported: every message it answered. */
  async function preparedAheadAndImported(text: string) {
    const db = await freshLibrary()
    const worker = new Worker(new URL('./segment.worker.ts', import.meta.url), { type: 'module' })
    const messages: ImporterResponse[] = []
    const imported = new Promise<void>((resolve, reject) => {
      worker.onerror = () => reject(new Error('the import worker did not load'))
      worker.onmessage = (event: MessageEvent<ImporterResponse>) => {
        const message = event.data
        messages.push(message)
        if (message.kind === 'ready') worker.postMessage({ id: message.id, kind: 'write' })
        if (message.kind === 'imported' || message.kind === 'failed') resolve()
      }
    })
    const draft = { title: 'Kursk', text, origin: 'paste' as const }
    worker.postMessage({ id: 1, kind: 'prepare-ahead', text, language: 'en' })
    worker.postMessage({ id: 2, kind: 'import', database: db.name, draft })
    await imported
    worker.terminate()
    const counted = messages.find((m) => m.kind === 'counted')
    const answer = messages.find((m) => m.kind === 'imported')
    if (counted?.kind !== 'counted' || answer?.kind !== 'imported' || answer.outcome.kind !== 'imported')
      throw new Error(`not imported: ${JSON.stringify(messages.map((m) => m.kind))}`)
    return { db, counted, answer, articleId: answer.outcome.articleId }
  }

  it('hands the page the text and table as they will be stored with the count, and the import’s answer then leaves them out', async () => {
    // Windows line ends: the text stored is not the one sent.
    const sent = sampleText.replace(/\n/g, '\r\n')
    const { db, counted, answer, articleId } = await preparedAheadAndImported(sent)
    expect(counted.text).toBe(normaliseText(sent))
    expect(counted.text).not.toBe(sent)
    expect(counted.articleId).toBe(articleId)
    expect(answer.text).toBeUndefined()
    expect((await db.texts.get(counted.articleId))?.text).toBe(counted.text)
    // The table as it was written, handed with the count; the answer hands the article's record
    // as written: the page need not read either back.
    expect(bytes(counted.table)).toEqual(bytes(await db.sentences.get(counted.articleId)))
    expect(answer.rows?.table).toBeUndefined()
    expect(bytes(answer.rows)).toEqual(bytes({ article: await db.articles.get(counted.articleId) }))
  })

  it('leaves the text out of the count when it will be stored exactly as the page sent it', async () => {
    expect(normaliseText(sampleText)).toBe(sampleText)
    const { db, counted } = await preparedAheadAndImported(sampleText)
    expect(counted).not.toHaveProperty('text', expect.anything())
    expect((await db.texts.get(counted.articleId))?.text).toBe(sampleText)
    expect(bytes(counted.table)).toEqual(bytes(await db.sentences.get(counted.articleId)))
  })

  it('keeps the rows its answer handed over for the page, and the preparation ahead stays whole for the next import of its text', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en')
    const first = await importOffThread(db, sumy)
    if (first.kind !== 'imported') throw new Error('not imported')
    const stored = {
      article: await getArticle(db, first.articleId),
      table: await db.sentences.get(first.articleId)
    }
    expect(importedArticle(first.articleId)).toEqual(stored.article)
    expect(bytes(importedTable(first.articleId))).toEqual(bytes(stored.table))
    // The table handed over was a copy: imported again after a deletion, the text kept ahead
    // stores the same table.
    await deleteArticle(db, first.articleId)
    const again = await importOffThread(db, sumy)
    expect(again).toEqual(first)
    expect(bytes(await db.sentences.get(first.articleId))).toEqual(bytes(stored.table))
  })

  it('an import of the text counted ahead carries no text to the worker and is written without waiting for the page’s word', async () => {
    const db = await freshLibrary()
    const posted: unknown[] = []
    const post = Worker.prototype.postMessage
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (
      this: Worker,
      ...args: Parameters<Worker['postMessage']>
    ) {
      posted.push(args[0])
      return post.apply(this, args)
    })
    try {
      await prepareAhead(sampleText, 'en', db)
      const outcome = await importOffThread(db, { title: 'Kursk', text: sampleText, origin: 'paste' })
      if (outcome.kind !== 'imported') throw new Error('not imported')
      const sent = posted.filter((m) => (m as { kind: string }).kind !== 'prepare-ahead')
      // One message after the count, the import, with no text in it: no `write` followed a `ready`.
      expect(sent).toEqual([expect.objectContaining({ kind: 'import', ahead: true })])
      expect((sent[0] as { draft: ArticleDraft }).draft.text).toBe('')
      expect((await db.texts.get(outcome.articleId))?.text).toBe(normaliseText(sampleText))
      expect(importedText(outcome.articleId)).toBe(normaliseText(sampleText))
    } finally {
      spy.mockRestore()
    }
  })

  it('writes the text ahead with its count, and the import keeps that row as the article’s text', async () => {
    const db = await freshLibrary()
    const counted = await prepareAhead(sampleText, 'en', db)
    // Before Import article: the text alone, under the id its import gives the article, and
    // nothing the library lists, exports or verifies.
    const ahead = await db.texts.toArray()
    expect(ahead.map((row) => row.text)).toEqual([normaliseText(sampleText)])
    expect(await db.articles.count()).toBe(0)
    const verdict = await verifyLibrary(db)
    expect([verdict.entries, verdict.records]).toEqual([0, null])
    const outcome = await importOffThread(db, { title: 'Kursk', text: sampleText, origin: 'paste' })
    expect(outcome).toMatchObject({
      kind: 'imported',
      articleId: ahead[0].articleId,
      sentenceCount: counted!.sentenceCount
    })
    expect(await db.texts.toArray()).toEqual(ahead)
    expect((await getArticle(db, ahead[0].articleId))?.text).toBe(ahead[0].text)
  })

  it('a text written ahead that another window dropped meanwhile is written by the import itself', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    // Another window starting drops every text of no article, this one's among them.
    expect(await dropTextsAhead(db)).toBe(1)
    const outcome = await importOffThread(db, sumy)
    expect(outcome).toMatchObject({ kind: 'imported', sentenceCount: 3 })
    if (outcome.kind !== 'imported') return
    expect(await db.texts.toArray()).toEqual([{ articleId: outcome.articleId, text: sumy.text }])
    expect((await verifyLibrary(db)).records).toBeNull()
  })

  it('drops the text written ahead when a newer text replaces it, and when the form lets it go', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    expect((await db.texts.toArray()).map((row) => row.text)).toEqual([sumy.text])
    const edited = `${sumy.text} The bridge reopened.`
    await prepareAhead(edited, 'en', db)
    expect((await db.texts.toArray()).map((row) => row.text)).toEqual([edited])
    dropAhead()
    await vi.waitFor(async () => expect(await db.texts.count()).toBe(0), WAIT_GUARD)
    expect(await db.articles.count()).toBe(0)
  })

  it('drops the text written ahead when another text is imported instead, and the form then lets it go', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    // The analyst replaces the text and imports at once, before the new one is prepared ahead: the
    // import takes the library the worker held open for the text written ahead.
    const outcome = await importOffThread(db, kharkiv)
    expect(outcome).toMatchObject({ kind: 'imported', sentenceCount: 2 })
    if (outcome.kind !== 'imported') return
    dropAhead({ end: true })
    // The text of no article goes with the form; the imported article keeps its own.
    await vi.waitFor(async () => expect(await db.texts.count()).toBe(1), WAIT_GUARD)
    expect((await db.texts.toArray()).map((row) => row.articleId)).toEqual([outcome.articleId])
    expect(await dropTextsAhead(db)).toBe(0)
  })

  it('drops the text written ahead when the form closes while a newer text is still being prepared', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    expect(await db.texts.count()).toBe(1)
    // The analyst edits the text and closes the form before the edit is prepared: the worker
    // preparing it is ended at once, before it could drop the text it wrote for the first.
    const edited = prepareAhead(`${sumy.text} The bridge reopened.`, 'en', db)
    dropAhead({ end: true })
    expect(await edited).toBeNull()
    await vi.waitFor(async () => expect(await db.texts.count()).toBe(0), WAIT_GUARD)
    expect(await db.articles.count()).toBe(0)
  })

  it('drops the text written ahead when a cancel ends the worker before its import was written', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    const cancel = new AbortController()
    const imported = importOffThread(db, kharkiv, undefined, cancel.signal)
    cancel.abort()
    await expect(imported).rejects.toMatchObject({ name: 'AbortError' })
    await vi.waitFor(async () => expect(await db.texts.count()).toBe(0), WAIT_GUARD)
    expect(await db.articles.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('an import that fails drops the text written ahead for it, and the library is as it was', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    expect(await db.texts.count()).toBe(1)
    // The worker takes the import of the text it wrote ahead, and refuses it for its title.
    await expect(importOffThread(db, { ...sumy, title: '  ' })).rejects.toThrow(
      'Title: an article needs a title.'
    )
    expect(await db.texts.count()).toBe(0)
    expect(await db.history.count()).toBe(0)
  })

  it('a worker that no longer keeps the text counted ahead is sent the text, and the import lands whole', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en', db)
    // The worker forgets its preparation just before the import reaches it, the page unaware.
    const post = Worker.prototype.postMessage
    const spy = vi.spyOn(Worker.prototype, 'postMessage').mockImplementation(function (
      this: Worker,
      ...args: Parameters<Worker['postMessage']>
    ) {
      const message = args[0] as { kind: string; ahead?: true }
      if (message.kind === 'import' && message.ahead) post.call(this, { id: 0, kind: 'drop-ahead' })
      return post.apply(this, args)
    })
    try {
      const stages: string[] = []
      const outcome = await importOffThread(db, sumy, (stage) => stages.push(stage))
      expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
      expect(outcome).toMatchObject({ kind: 'imported', sentenceCount: 3 })
      if (outcome.kind !== 'imported') return
      expect((await db.texts.get(outcome.articleId))?.text).toBe(sumy.text)
      expect(await db.articles.count()).toBe(1)
    } finally {
      spy.mockRestore()
    }
  })

  it('a worker asked to import a text ahead that it does not keep answers so, and writes nothing', async () => {
    const db = await freshLibrary()
    const worker = new Worker(new URL('./segment.worker.ts', import.meta.url), { type: 'module' })
    const answer = new Promise<ImporterResponse>((resolve, reject) => {
      worker.onerror = () => reject(new Error('the import worker did not load'))
      worker.onmessage = (event: MessageEvent<ImporterResponse>) => resolve(event.data)
    })
    worker.postMessage({
      id: 7,
      kind: 'import',
      database: db.name,
      draft: { ...sumy, text: '' },
      ahead: true
    })
    expect(await answer).toEqual({ id: 7, kind: 'unprepared' })
    worker.terminate()
    expect(await db.articles.count()).toBe(0)
  })

  it('holds the library open ahead without keeping another window from deleting it, and the import then opens it afresh', async () => {
    const db = await freshLibrary()
    expect(await prepareAhead(sumy.text, 'en', db)).toMatchObject({ sentenceCount: 3 })
    db.close()
    let blocked = false
    await new Promise<void>((resolve, reject) => {
      const deletion = indexedDB.deleteDatabase(db.name)
      deletion.onblocked = () => (blocked = true)
      deletion.onsuccess = () => resolve()
      deletion.onerror = () => reject(deletion.error)
    })
    expect(blocked).toBe(false)
    await db.open()
    expect(await importOffThread(db, sumy)).toMatchObject({ kind: 'imported', sentenceCount: 3 })
    expect(await db.articles.count()).toBe(1)
    expect(await db.sentences.count()).toBe(1)
  })

  it('a text changed after its preparation imports the new text, prepared anew', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'en')
    const edited = `${sumy.text} The bridge reopened.`
    const stages: string[] = []
    const outcome = await importOffThread(db, { ...sumy, text: edited }, (stage) => stages.push(stage))
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
    if (outcome.kind !== 'imported') throw new Error('not imported')
    expect((await db.texts.get(outcome.articleId))?.text).toBe(edited)
    expect(outcome.sentenceCount).toBe(4)
    const [article] = await db.articles.toArray()
    expect(article.origin.sha256).toBe(sha256Hex(edited))
  })

  it('a text prepared in another language, or replaced by a newer one, is prepared anew', async () => {
    const db = await freshLibrary()
    await prepareAhead(sumy.text, 'uk')
    const stages: string[] = []
    await importOffThread(db, sumy, (stage) => stages.push(stage))
    expect(stages).toEqual(['reading', 'normalising', 'segmenting', 'saving'])

    // The worker keeps one preparation, the newest: the older text is no longer kept.
    const older = 'Kharkiv was shelled at dawn, officials said. Power was cut in two districts.'
    await prepareAhead(older, 'en')
    expect(await prepareAhead(`${older} Repairs began at noon.`, 'en')).toMatchObject({ sentenceCount: 3 })
    const again: string[] = []
    await importOffThread(db, { title: 'Kharkiv', text: older, origin: 'paste' }, (stage) =>
      again.push(stage)
    )
    expect(again).toEqual(['reading', 'normalising', 'segmenting', 'saving'])
  })
})
