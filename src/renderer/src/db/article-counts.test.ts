// The library list's counts against real IndexedDB: right after every kind of change, and read
// from one small row per article, never from the articles' sentences or grades.
import { afterEach, beforeEach, expect, it } from 'vitest'
import { liveQuery, type DBCore, type DBCoreTable, type Middleware } from 'dexie'
import { parseBackup } from '@shared/backup'
import type { Sentence } from '@shared/model'
import { countAll } from './article-counts'
import {
  deleteArticle,
  getArticle,
  importArticle,
  listArticleSummaries,
  type ArticleSummary
} from './articles'
import { updateAssessment } from './assessments'
import { exportBackup, restoreBackup } from './backup'
import { mergeWithNext, splitSentence } from './corrections'
import { SourcemarkDatabase } from './database'
import { libraryCounts } from './library-marker'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { undo } from './undo'

interface Read {
  table: string
  mode: IDBTransactionMode
}

/** Logs every read that reaches the database, with the mode of the transaction it ran in. */
function readLog(reads: Read[], level = 20): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: `ReadLog${level}`,
    level,
    create: (down) => ({
      table(name): DBCoreTable {
        const table = down.table(name)
        const log = <R extends { trans: unknown }>(req: R) => {
          reads.push({ table: name, mode: (req.trans as IDBTransaction).mode })
          return req
        }
        return {
          ...table,
          get: (req) => table.get(log(req)),
          getMany: (req) => table.getMany(log(req)),
          query: (req) => table.query(log(req)),
          openCursor: (req) => table.openCursor(log(req)),
          count: (req) => table.count(log(req))
        }
      }
    })
  }
}

const dbs: SourcemarkDatabase[] = []
let db: SourcemarkDatabase
let reads: Read[]
const fresh = async () => {
  const opened = new SourcemarkDatabase(`counts-${crypto.randomUUID()}`)
  await opened.open()
  dbs.push(opened)
  return opened
}

beforeEach(async () => {
  reads = []
  db = new SourcemarkDatabase(`counts-${crypto.randomUUID()}`)
  db.use(readLog(reads))
  await db.open()
  dbs.push(db)
})
afterEach(async () => {
  for (const opened of dbs.splice(0)) await opened.delete()
})

const GRID = [
  'Kyiv says Russian strikes hit power grid',
  'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.',
  '“Repairs are under way,” the ministry said. Power was restored to most homes by noon.'
].join('\n')

const AID = [
  'Sweden announces new defence package',
  'Sweden will send air-defence systems to Ukraine, its defence minister said. The package is its largest so far. Deliveries start in spring.'
].join('\n')

async function importText(target: SourcemarkDatabase, title: string, text: string) {
  const outcome = await importArticle(target, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

async function sentencesOf(articleId: string): Promise<{ text: string; sentences: Sentence[] }> {
  const article = await getArticle(db, articleId)
  return { text: article!.text, sentences: expandSentences((await db.sentences.get(articleId))!) }
}

/** What the library list shows for each article: “n sentences · m graded”. */
async function shown(target = db): Promise<Record<string, string>> {
  const summaries = await listArticleSummaries(target)
  return Object.fromEntries(
    summaries.map((a) => [a.title, `${a.sentenceCount} sentences · ${a.gradedCount} graded`])
  )
}

/** The stored counts equal the counts worked out from every row again. */
async function expectCountsMatchRows(target = db) {
  const recounted = countAll(await target.sentences.toArray(), await target.assessments.toArray())
  const byId = (a: { articleId: string }, b: { articleId: string }) => a.articleId.localeCompare(b.articleId)
  expect((await target.articleCounts.toArray()).sort(byId)).toEqual(recounted.sort(byId))
}

it('the counts shown stay right through import, grade, ungrade, a note, split, merge, delete, undo and restore', async () => {
  const grid = await importText(db, 'Strikes on the grid', GRID)
  const aid = await importText(db, 'Swedish aid', AID)
  expect(await shown()).toEqual({
    'Strikes on the grid': '4 sentences · 0 graded',
    'Swedish aid': '4 sentences · 0 graded'
  })

  let { text, sentences } = await sentencesOf(grid)
  await updateAssessment(db, sentences[1], text, { credibility: 2 })
  const ministry = await createSource(db, { name: 'Ukraine’s energy ministry', kind: 'government' })
  await updateAssessment(db, sentences[2], text, {
    attributions: [{ sourceId: ministry.id, role: 'direct-quote' }]
  })
  await updateAssessment(db, sentences[3], text, { note: 'A note grades nothing.' })
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 2 graded')
  expect((await libraryCounts(db)).graded).toBe(2)
  await expectCountsMatchRows()

  // Ungrading: the credibility taken back leaves a row with only a note behind.
  await updateAssessment(db, sentences[1], text, { note: 'Unsure.' })
  await updateAssessment(db, sentences[1], text, { credibility: null })
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 1 graded')

  // Split “Repairs are under way,” the ministry said. | Power was restored…: one more sentence,
  // and the second part keeps the sentence's grade, so one more graded too.
  const aidText = (await sentencesOf(aid)).text
  const aidSentences = (await sentencesOf(aid)).sentences
  await updateAssessment(db, aidSentences[1], aidText, { credibility: 1 })
  await updateAssessment(db, aidSentences[2], aidText, { credibility: 4 })
  const package_ = aidSentences[2]
  await splitSentence(db, aid, package_.id, aidText.indexOf('largest', package_.start))
  expect((await shown())['Swedish aid']).toBe('5 sentences · 3 graded')
  await expectCountsMatchRows()

  // Merging two graded sentences keeps one grade: one sentence and one grade fewer.
  await mergeWithNext(db, aid, aidSentences[1].id, 'first')
  expect((await shown())['Swedish aid']).toBe('4 sentences · 2 graded')
  await expectCountsMatchRows()

  // Merging the grid's heading into its first sentence, and undoing it.
  ;({ text, sentences } = await sentencesOf(grid))
  await mergeWithNext(db, grid, sentences[0].id)
  expect((await shown())['Strikes on the grid']).toBe('3 sentences · 1 graded')
  await undo(db)
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 1 graded')

  // A deleted article leaves no counts behind; undo brings them back with it.
  await deleteArticle(db, grid)
  expect(await shown()).toEqual({ 'Swedish aid': '4 sentences · 2 graded' })
  expect(await db.articleCounts.get(grid)).toBeUndefined()
  expect((await libraryCounts(db)).graded).toBe(2)
  await undo(db)
  expect(await shown()).toEqual({
    'Strikes on the grid': '4 sentences · 1 graded',
    'Swedish aid': '4 sentences · 2 graded'
  })
  await expectCountsMatchRows()

  // Restored into another library: the same counts, beside that library's own article.
  const parsed = parseBackup((await exportBackup(db)).json, 'grid.json')
  if (!parsed.ok) throw new Error(parsed.error)
  const colleague = await fresh()
  await importText(colleague, 'Already here', 'One sentence of the colleague’s own. And a second one.')
  await restoreBackup(colleague, parsed.backup, 'grid.json')
  expect(await shown(colleague)).toEqual({
    'Already here': '2 sentences · 0 graded',
    'Strikes on the grid': '4 sentences · 1 graded',
    'Swedish aid': '4 sentences · 2 graded'
  })
  expect((await libraryCounts(colleague)).graded).toBe(3)
  await expectCountsMatchRows(colleague)
})

/** Watches the library list's query as the app does; `next` waits for a value that fits. */
function watchSummaries() {
  let runs = 0
  const values: ArticleSummary[][] = []
  const waiting: { fits: (v: ArticleSummary[]) => boolean; resolve: () => void }[] = []
  const subscription = liveQuery(() => {
    runs++
    return listArticleSummaries(db)
  }).subscribe((value) => {
    values.push(value)
    for (const w of waiting.splice(0)) {
      if (w.fits(value)) w.resolve()
      else waiting.push(w)
    }
  })
  return {
    runs: () => runs,
    next: (fits: (v: ArticleSummary[]) => boolean) =>
      values.length > 0 && fits(values[values.length - 1])
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiting.push({ fits, resolve })),
    stop: () => subscription.unsubscribe()
  }
}

const gradedOf = (id: string) => (v: ArticleSummary[]) => v.find((a) => a.id === id)?.gradedCount

it('after a grade the library list reads each article’s counts row, not its sentences or grades', async () => {
  const grid = await importText(db, 'Strikes on the grid', GRID)
  await importText(db, 'Swedish aid', AID)
  const list = watchSummaries()
  await list.next((v) => v.length === 2)

  const { text, sentences } = await sentencesOf(grid)
  reads.length = 0
  await updateAssessment(db, sentences[1], text, { credibility: 2 })
  await list.next((v) => gradedOf(grid)(v) === 1)
  list.stop()

  // The grade itself reads in its read-write transaction; the list's query reads read-only.
  const listed = reads.filter((r) => r.mode === 'readonly').map((r) => r.table)
  expect(listed.length).toBeGreaterThan(0)
  expect(new Set(listed)).toEqual(new Set(['articles', 'articleCounts']))
})

it('a note that grades nothing does not make the library list query again', async () => {
  const grid = await importText(db, 'Strikes on the grid', GRID)
  const list = watchSummaries()
  await list.next((v) => v.length === 1)
  expect(list.runs()).toBe(1)

  const { text, sentences } = await sentencesOf(grid)
  await updateAssessment(db, sentences[2], text, { note: 'Ask the ministry for the list of regions.' })
  await updateAssessment(db, sentences[1], text, { credibility: 2 })
  await list.next((v) => gradedOf(grid)(v) === 1)
  list.stop()
  // Once at the start and once for the grade: the note changed no count, so no query ran for it.
  expect(list.runs()).toBe(2)
})

it('rows removed by range, in bulk, keep the counts in step with what is left', async () => {
  const grid = await importText(db, 'Strikes on the grid', GRID)
  const aid = await importText(db, 'Swedish aid', AID)
  for (const id of [grid, aid]) {
    const { text, sentences } = await sentencesOf(id)
    await updateAssessment(db, sentences[1], text, { credibility: 2 })
    await updateAssessment(db, sentences[2], text, { credibility: 5 })
  }
  // A range of primary keys: the grid's grades go, the aid's stay.
  await db.assessments.where('sentenceId').startsWith(`${grid}:`).delete()
  expect(await shown()).toEqual({
    'Strikes on the grid': '4 sentences · 0 graded',
    'Swedish aid': '4 sentences · 2 graded'
  })
  await db.transaction('rw', [db.assessments, db.sentences], async () => {
    await db.assessments.clear()
    await db.sentences.clear()
  })
  expect(await db.articleCounts.count()).toBe(0)
  await expectCountsMatchRows()
})

it('a grade reads its row once: the counts take it from the grade instead of reading it again', async () => {
  // Logged under the counts middleware, where its own reads go as well as the grade's.
  const below: Read[] = []
  db.close()
  db.use(readLog(below, 1))
  await db.open()
  const grid = await importText(db, 'Strikes on the grid', GRID)
  const { text, sentences } = await sentencesOf(grid)
  const gradeReads = async (write: () => Promise<unknown>) => {
    below.length = 0
    await write()
    return below.filter((r) => r.table === 'assessments' && r.mode === 'readwrite').length
  }
  // The first grade makes the row, later ones change it, the last one ungrades it: one read each.
  expect(await gradeReads(() => updateAssessment(db, sentences[1], text, { credibility: 2 }))).toBe(1)
  expect(await gradeReads(() => updateAssessment(db, sentences[1], text, { credibility: 5 }))).toBe(1)
  expect(await gradeReads(() => updateAssessment(db, sentences[1], text, { note: 'Checked.' }))).toBe(1)
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 1 graded')
  expect(await gradeReads(() => updateAssessment(db, sentences[1], text, { credibility: null }))).toBe(1)
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 0 graded')
  await expectCountsMatchRows()
  // Writes that tell nothing still read the rows they replace (undo puts the row back).
  await updateAssessment(db, sentences[2], text, { credibility: 3 })
  expect(await gradeReads(() => undo(db))).toBeGreaterThan(0)
  expect((await shown())['Strikes on the grid']).toBe('4 sentences · 0 graded')
  await expectCountsMatchRows()
})
