// Version 2 opens every library version 1 ever stored: each fixture is put on disk as the old code
// left it, opened by the current code, and everything the analyst did is found back.
import { afterEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { parseBackup } from '@shared/backup'
import { verifyChain } from '@shared/history/chain'
import { SENTENCE_KINDS, type HistoryEntry } from '@shared/model'
import { SourcemarkDatabase, VERSION_1_STORES } from '../database'
import { getArticle, listArticleSummaries } from '../articles'
import { exportBackup } from '../backup'
import { mergeWithNext, splitSentence } from '../corrections'
import { updateAssessment } from '../assessments'
import { expandSentences } from '../sentences'
import { expectedArticles, fixture, type FixtureName } from './fixture-library'
import { readRawLibrary, writeRawLibrary, type RawLibrary } from './raw-library'
import { sentenceRowToTable, splitArticleRow } from './v2-text-table'

const names: string[] = []
const freshName = () => {
  const name = `migration-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

const byKey = <T>(rows: T[], key: (row: T) => string) => [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1))

async function expectEverythingFoundBack(db: SourcemarkDatabase, raw: RawLibrary) {
  const articles = expectedArticles(raw)
  expect(articles).toHaveLength(2)
  for (const expected of articles) {
    const article = await getArticle(db, expected.id)
    expect(article, `article “${expected.title}”`).toEqual({ ...expected.details, text: expected.text })
    const sentences = expandSentences((await db.sentences.get(expected.id))!)
    expect(sentences.map(({ id, start, end, kind }) => ({ id, start, end, kind }))).toEqual(
      expected.sentences
    )
  }
  const sample = articles.find((a) => a.title.startsWith('North Korean troops withdraw'))!
  const sampleSentences = expandSentences((await db.sentences.get(sample.id))!)
  const first = sampleSentences[0]
  expect(sample.text.slice(first.start, first.end)).toMatch(
    /^North Korean troops deployed to aid Russia’s offensive/
  )
  // The split made sequence 18 and the merge removed 15: both corrections survived.
  const seqs = sampleSentences.map((s) => Number(s.id.split(':')[1]))
  expect(seqs).toContain(18)
  expect(seqs).not.toContain(15)
  expect(sampleSentences.every((s) => /^\S[\s\S]*\S$/.test(sample.text.slice(s.start, s.end)))).toBe(true)

  const rows = (store: string) => raw.stores[store].rows as Record<string, string>[]
  // Matched, not equal: a later version may add fields to these rows, never drop what was there
  // but the key-judgment mark, which version 5 turns into a judgment of its own (v5-judgments.test.ts).
  expect(byKey(await db.sources.toArray(), (s) => s.id)).toMatchObject(byKey(rows('sources'), (s) => s.id))
  expect(await db.sources.count()).toBe(4)
  const unmarked = rows('assessments').map(({ keyJudgment: _mark, ...row }) => row)
  expect(byKey(await db.assessments.toArray(), (a) => a.sentenceId)).toMatchObject(
    byKey(unmarked, (a) => a.sentenceId)
  )
  const marked = rows('assessments').find((a) => a.keyJudgment)!
  const graded = (await db.assessments.get(marked.sentenceId))!
  expect(graded.corroborationOverride?.reason).toBe('Podolyak confirms it independently.')
  expect((await db.judgments.toArray()).map((j) => j.startedFrom)).toEqual([marked.sentenceId])
  expect(byKey(await db.links.toArray(), (l) => l.id)).toMatchObject(byKey(rows('links'), (l) => l.id))
  const across = (await db.links.toArray()).filter(
    (l) => l.target.kind === 'sentence' && !l.target.sentenceId.startsWith(`${l.articleId}:`)
  )
  expect(across).toHaveLength(1)
  const history = await db.history.orderBy('id').toArray()
  const written = raw.stores.history.rows
  expect(written).toHaveLength(20)
  expect(history.slice(0, written.length)).toMatchObject(written)
  // Rows this migration rewrote (sentence kinds as codes, the text in its own table) no longer
  // equal what the old entries recorded: version 3 appends an entry recording each as it stands,
  // so the library's backups still bind to its trail; version 5 does the same for the grades it
  // took the key-judgment mark off and the case and judgment it made. Nothing else is added.
  const upgrades = history.slice(written.length).map((e) => e.action)
  expect(upgrades.filter((a) => a === 'upgrade-5')).toHaveLength(rows('assessments').length + 2)
  expect(upgrades.every((a) => a === 'upgrade-3' || a === 'upgrade-5')).toBe(true)
  expect(verifyChain(history as HistoryEntry[]).ok).toBe(true)
  expect(await db.settings.get('sampleImported')).toEqual(raw.stores.settings.rows[0])

  // The library lists both articles with their counts, as the app shows them.
  const summaries = await listArticleSummaries(db)
  expect(summaries.map((s) => [s.title, s.sentenceCount])).toEqual(
    expect.arrayContaining(articles.map((a) => [a.title, a.sentences.length]))
  )

  // A backup of the migrated library is one the app itself accepts.
  const { json } = await exportBackup(db)
  const parsed = parseBackup(json, 'migrated.json')
  expect(parsed.ok ? parsed.backup.articles.map((a) => a.id).sort() : parsed.error).toEqual(
    articles.map((a) => a.id).sort()
  )

  // The analyst can go on working: the corrections and grading that failed before now work (the
  // first two sentences are both graded in the fixtures, so the merge says whose grade it keeps).
  const table = (await db.sentences.get(sample.id))!
  const [s0] = expandSentences(table)
  const mergedId = await mergeWithNext(db, sample.id, s0.id, 'first')
  expect(mergedId).toBe(s0.id)
  const article = (await getArticle(db, sample.id))!
  const at = article.text.indexOf(' ', s0.start + 10) + 1
  await splitSentence(db, sample.id, s0.id, at)
  const [again] = expandSentences((await db.sentences.get(sample.id))!)
  await updateAssessment(db, again, article.text, { credibility: 5 })
  expect((await db.assessments.get(again.id))?.credibility).toBe(5)
}

describe.each<FixtureName>(['v1-before-text-table', 'v1-as-landed'])('a library stored as %s', (name) => {
  it('opens at version 2 with every article, sentence, grade, link and history entry', async () => {
    const raw = fixture(name)
    const dbName = freshName()
    await writeRawLibrary(dbName, raw)
    const db = new SourcemarkDatabase(dbName)
    await db.open()
    expect(db.verno).toBeGreaterThanOrEqual(2)
    await expectEverythingFoundBack(db, raw)
    db.close()
  })
})

it('a library from before the text table that version 1 already opened (Dexie added the table) opens', async () => {
  const raw = fixture('v1-before-text-table')
  const dbName = freshName()
  await writeRawLibrary(dbName, raw)
  // What version 1 did to such a library: Dexie added the missing table under a patched version.
  const v1 = new Dexie(dbName)
  v1.version(1).stores(VERSION_1_STORES)
  await v1.open()
  v1.close()
  const patched = await readRawLibrary(dbName)
  expect(patched.version).toBe(11)
  expect(patched.stores.texts.rows).toEqual([])

  const db = new SourcemarkDatabase(dbName)
  await db.open()
  await expectEverythingFoundBack(db, raw)
  db.close()
})

it('an upgrade that meets a row of unknown shape fails and leaves the library exactly as it was', async () => {
  const raw = fixture('v1-before-text-table')
  const tables = raw.stores.sentences.rows as { kinds: string[] }[]
  tables[1].kinds[0] = 'paragraph'
  const dbName = freshName()
  await writeRawLibrary(dbName, raw)
  const before = await readRawLibrary(dbName)

  const db = new SourcemarkDatabase(dbName)
  await expect(db.open()).rejects.toThrow(/kinds\[0\] is "paragraph", not a kind/)
  db.close()

  const after = await readRawLibrary(dbName)
  expect(after.version).toBe(10)
  expect(Object.keys(after.stores).sort()).toEqual(Object.keys(before.stores).sort())
  expect(after).toEqual(before)
  // Still the old shape: the text in the article rows, kinds as words.
  expect((after.stores.articles.rows[0] as { text: string }).text).toContain('Kursk')
})

describe('rows of either layout', () => {
  const old = {
    articleId: 'a',
    nextSeq: 3,
    seqs: [0, 2],
    starts: [0, 10],
    ends: [9, 20],
    kinds: ['heading', 'quote']
  }

  it('a sentence row with plain arrays and kinds as words becomes typed columns with kind codes', () => {
    const table = sentenceRowToTable(old)
    expect(table.seqs).toEqual(Uint32Array.from([0, 2]))
    expect(table.ends).toEqual(Uint32Array.from([9, 20]))
    expect(Array.from(table.kinds, (k) => SENTENCE_KINDS[k])).toEqual(['heading', 'quote'])
    expect(table.nextSeq).toBe(3)
  })

  it('a row already in the current layout is kept as it is', () => {
    const current = sentenceRowToTable(old)
    expect(sentenceRowToTable(current as unknown as Record<string, unknown>)).toEqual(current)
  })

  it('a row of another shape is refused with its table, row and reason', () => {
    expect(() => sentenceRowToTable({ ...old, ends: [9] })).toThrow(
      'Library table “sentences”, row "a": its columns have different lengths.'
    )
    expect(() => sentenceRowToTable({ ...old, seqs: '0,2' })).toThrow(/seqs is neither a list of numbers/)
    expect(() => sentenceRowToTable({ ...old, kinds: Uint8Array.from([0, 9]) })).toThrow(/kinds\[1\] is 9/)
  })

  it('an article row gives up its text; a light row keeps the text already stored; a row with neither is refused', () => {
    const row = { id: 'a', title: 'Kursk', text: 'North Korean troops withdraw.' }
    expect(splitArticleRow(row, undefined)).toEqual({
      article: { id: 'a', title: 'Kursk' },
      text: 'North Korean troops withdraw.'
    })
    expect(splitArticleRow({ id: 'a', title: 'Kursk' }, 'stored')).toEqual({
      article: { id: 'a', title: 'Kursk' },
      text: undefined
    })
    expect(() => splitArticleRow({ id: 'a', title: 'Kursk' }, undefined)).toThrow(
      /the article’s text is missing/
    )
    expect(() => splitArticleRow(row, 'another text')).toThrow(/differs from the one stored/)
  })
})
