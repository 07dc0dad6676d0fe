// The brief built in its worker is the brief built on the page: the same Markdown, print page, CSV
// and Web Annotations, byte for byte, of an article and of a case, read from real IndexedDB by a
// real worker; and where the worker cannot start or load, the page builds it, with the same errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BriefOptions } from '@shared/brief/markdown'
import { assessmentsCsv } from '@shared/exports/csv'
import { webAnnotationsJson } from '@shared/exports/web-annotation'
import { SourcemarkDatabase } from '../../db/database'
import { deleteArticle, importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { createCase, saveCaseHeader } from '../../db/cases'
import { addEvidence, addJudgment } from '../../db/judgments'
import { addLink } from '../../db/links'
import { expandSentences } from '../../db/sentences'
import { loadScopeInput, type BriefHeader, type BriefScope } from '../../db/brief-data'
import { briefPageOf } from './brief-page'
import { BriefWorkerClient } from './brief-worker-client'
import { briefMarkdown, briefPrintPage, buildOnce, exportedNow, type BriefHandle } from './brief-outputs'

const AT = '2026-11-30T12:00:00.000Z'

let db: SourcemarkDatabase
let clients: BriefWorkerClient[]
/** Read transactions this page (not a worker) opened over every table a brief reads: its builds. */
let pageReads = 0
const openTransaction = IDBDatabase.prototype.transaction

beforeEach(async () => {
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
    if (args[1] !== 'readwrite' && stores.includes('sentences') && stores.includes('judgments')) pageReads++
    return openTransaction.apply(this, args)
  } as typeof openTransaction
  // Opened after: Dexie binds the connection's transaction method when it opens.
  db = new SourcemarkDatabase(`brief-worker-${crypto.randomUUID()}`)
  await db.open()
  clients = []
  pageReads = 0
})

afterEach(async () => {
  IDBDatabase.prototype.transaction = openTransaction
  for (const client of clients) client.terminate()
  db.close()
  await db.delete()
})

function client(start?: () => Worker): BriefWorkerClient {
  const made = new BriefWorkerClient(start)
  clients.push(made)
  return made
}

const refused = () => {
  throw new DOMException('Workers are not allowed here.', 'SecurityError')
}

async function article(title: string, text: string) {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const sentences = expandSentences((await db.sentences.get(outcome.articleId))!)
  return { id: outcome.articleId, text, sentences }
}

/** Two graded articles, a link between them, and a case whose judgment cites both. */
async function library() {
  const sumy = await article(
    'Sumy evacuation',
    'Sumy orders evacuation of border villages. Families with children must leave 11 villages. ' +
      'The governor said buses were ready.'
  )
  const kharkiv = await article(
    'Kharkiv shelling',
    'Shelling hit Kharkiv overnight. The governor said no one was hurt.'
  )
  await updateAssessment(db, sumy.sentences[0]!, sumy.text, { credibility: 2, note: 'Official order.' })
  await updateAssessment(db, sumy.sentences[1]!, sumy.text, { credibility: 3 })
  await updateAssessment(db, kharkiv.sentences[0]!, kharkiv.text, { credibility: 1 })
  await addLink(db, sumy.sentences[1]!, 'supports', {
    kind: 'sentence',
    sentenceId: kharkiv.sentences[0]!.id
  })
  const kase = await createCase(db, 'Border pressure', [sumy.id, kharkiv.id])
  await saveCaseHeader(db, kase.id, {
    title: '',
    analyst: 'R. Ortiz',
    handling: 'UNCLASSIFIED // FOR TRAINING',
    bluf: 'Russia is pressing the border.',
    audience: 'Desk editors',
    date: '2026-11-30'
  })
  const judgment = await addJudgment(db, kase.id, { text: 'Evacuations are likely to widen.' })
  await addEvidence(db, judgment.id, {
    relation: 'supports',
    target: { kind: 'sentence', sentenceId: sumy.sentences[1]!.id },
    note: ''
  })
  return { sumy, kharkiv, kase }
}

const OPTIONS: BriefOptions[] = [{}, { fullText: true }]

/** Every output of `brief` with each option, as the export dialog asks for them. */
async function outputs(brief: BriefHandle) {
  const made: string[] = []
  for (const options of OPTIONS) {
    made.push(await brief.output('markdown', options, AT))
    made.push(await briefPrintPage(brief, options, AT))
  }
  made.push(await brief.output('csv', {}, AT), await brief.output('jsonld', {}, AT))
  return made
}

/** The same outputs made the way the page made them before the worker, from the same rows. */
async function outputsOnThePage(scope: BriefScope, header?: BriefHeader) {
  const built = exportedNow(buildOnce(await loadScopeInput(scope, header, db)), AT)
  const made: string[] = []
  for (const options of OPTIONS) made.push(briefMarkdown(built, options), briefPageOf(built.model, options))
  made.push(assessmentsCsv(built.input, built.model))
  made.push(webAnnotationsJson(built.input, { generatedAt: AT }, built.model))
  return made
}

describe('the brief built in its worker', () => {
  it('writes an article’s Markdown, print page, CSV and Web Annotations as the page does', async () => {
    const { sumy } = await library()
    const scope: BriefScope = { kind: 'article', articleId: sumy.id }
    const header = { title: 'Sumy brief', analyst: 'R. Ortiz', handling: 'UNCLASSIFIED' }
    const inWorker = client()
    const brief = await inWorker.build(db, scope, header)
    expect(inWorker.usingWorker).toBe(true)
    expect(pageReads).toBe(0)
    expect([brief.title, brief.handling]).toEqual(['Sumy brief', 'UNCLASSIFIED'])
    const made = await outputs(brief)
    const here = await client(refused).build(db, scope, header)
    expect(pageReads).toBe(1)
    expect(made).toEqual(await outputs(here))
    expect(made).toEqual(await outputsOnThePage(scope, header))
    expect(made[0]).toContain('Sumy brief')
    expect(made[0]).toContain('Families with children must leave 11 villages.')
    expect(await brief.issues()).toEqual(await here.issues())
  })

  it('writes a case’s outputs as the page does, and its check finds the same issues', async () => {
    const { kase } = await library()
    const scope: BriefScope = { kind: 'case', caseId: kase.id }
    const brief = await client().build(db, scope)
    expect(pageReads).toBe(0)
    expect([brief.title, brief.handling]).toEqual(['Border pressure', 'UNCLASSIFIED // FOR TRAINING'])
    const made = await outputs(brief)
    const here = await client(refused).build(db, scope)
    expect(made).toEqual(await outputs(here))
    expect(made).toEqual(await outputsOnThePage(scope))
    expect(made[0]).toContain('Evacuations are likely to widen.')
    const issues = await brief.issues()
    expect(issues.length).toBeGreaterThan(0)
    expect(issues).toEqual(await here.issues())
  })

  it('reports the print page’s progress from the worker', async () => {
    const { sumy } = await library()
    const brief = await client().build(db, { kind: 'article', articleId: sumy.id })
    const steps: [number, number][] = []
    const page = await briefPrintPage(brief, {}, AT, (done, total) => steps.push([done, total]))
    expect(steps).toEqual([[1, 1]])
    expect(page).toContain('<title>Sumy evacuation</title>')
  })

  it('says the article is no longer in the library, in the worker as on the page', async () => {
    const { sumy } = await library()
    await deleteArticle(db, sumy.id)
    const scope: BriefScope = { kind: 'article', articleId: sumy.id }
    const inWorker = client()
    await expect(inWorker.build(db, scope)).rejects.toThrow('The article is no longer in the library.')
    expect(inWorker.usingWorker).toBe(true)
    await expect(client(refused).build(db, scope)).rejects.toThrow('The article is no longer in the library.')
    await expect(client().build(db, { kind: 'case', caseId: 'no-such-case' })).rejects.toThrow(
      'The case is no longer in the library.'
    )
  })
})

describe('where the brief’s worker cannot be used', () => {
  it('builds on the page when the worker cannot be started (a content policy)', async () => {
    const { sumy } = await library()
    const here = client(refused)
    const brief = await here.build(db, { kind: 'article', articleId: sumy.id })
    expect(here.usingWorker).toBe(false)
    expect(pageReads).toBe(1)
    expect(await brief.output('markdown', {}, AT)).toContain('Sumy evacuation')
  })

  it('builds on the page, from then on, when the worker’s code does not load', async () => {
    const { sumy } = await library()
    const broken = client(() => new Worker('/no-brief-worker-here.js', { type: 'module' }))
    const scope: BriefScope = { kind: 'article', articleId: sumy.id }
    const brief = await broken.build(db, scope)
    expect(broken.usingWorker).toBe(false)
    expect(pageReads).toBe(1)
    expect(await outputs(brief)).toEqual(await outputsOnThePage(scope))
    await broken.build(db, scope)
    expect(pageReads).toBe(3)
  })
})
