// The export dialog's brief is built once for its check, preview and exports, and again only when
// what it is of changes: counted on real IndexedDB with the real build, in the brief's real worker.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from '../../db/database'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { saveBriefHeader } from '../../db/brief-headers'
import { expandSentences } from '../../db/sentences'
import { briefBuilds, type BriefBuilds } from './brief-builds'
import type { BriefScope } from '../../db/brief-data'
import type { BriefHandle } from './brief-outputs'
import { BriefWorkerClient } from './brief-worker-client'

let db: SourcemarkDatabase
let client: BriefWorkerClient
let builds: BriefBuilds
let built: number
let scope: BriefScope
let text: string

const header = { title: 'Sumy brief', analyst: 'R. Ortiz' }
const AT = '2026-11-30T12:00:00.000Z'

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
  text = 'Sumy orders evacuation of border villages. Families with children must leave 11 villages.'
  const outcome = await importArticle(db, { title: 'Sumy evacuation', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  scope = { kind: 'article', articleId: outcome.articleId }
  built = 0
  client = new BriefWorkerClient()
  builds = briefBuilds(db, {
    build: (...args) => {
      built += 1
      return client.build(...args)
    }
  })
})

afterEach(async () => {
  builds.stop()
  client.terminate()
  db.close()
  await db.delete()
})

const firstSentence = async () =>
  expandSentences((await db.sentences.get(scope.kind === 'article' ? scope.articleId : ''))!)[0]!

const markdown = async (brief: Promise<BriefHandle>) => (await brief).output('markdown', {}, AT)

describe('briefBuilds', () => {
  it('builds once, in the worker, for the check, the preview and every export of the same brief', async () => {
    const [check, preview] = await Promise.all([builds.brief(scope, header), builds.brief(scope, header)])
    expect(await check.issues()).toEqual(expect.any(Array))
    const first = await markdown(builds.brief(scope, { ...header }))
    const again = await markdown(builds.brief(scope, header))
    expect(client.usingWorker).toBe(true)
    expect(built).toBe(1)
    expect(preview).toBe(check)
    expect(again).toBe(first)
    expect(first).toContain('Sumy brief')
  })

  it('builds again when the header or the scope changes', async () => {
    await builds.brief(scope, header)
    const retitled = builds.brief(scope, { ...header, title: 'Border villages' })
    expect(await markdown(retitled)).toContain('Border villages')
    expect(built).toBe(2)
  })

  it('builds again after a grade, and the brief has it', async () => {
    expect(await markdown(builds.brief(scope, header))).toContain('2 of 2 sentences not yet assessed')
    await updateAssessment(db, await firstSentence(), text, { credibility: 2 })
    const after = await markdown(builds.brief(scope, header))
    expect(built).toBe(2)
    expect(after).toContain('1 of 2 sentences not yet assessed')
  })

  it('keeps the brief when only a table it does not read is written (the header as stored)', async () => {
    const before = await builds.brief(scope, header)
    if (scope.kind === 'article') await saveBriefHeader(db, scope.articleId, { ...header, bluf: '' })
    expect(await builds.brief(scope, header)).toBe(before)
    expect(built).toBe(1)
  })

  it('stamps an export with the time it is made, not the time the brief was built', async () => {
    const brief = await builds.brief(scope, header)
    const annotations = await brief.output('jsonld', {}, AT)
    expect(brief.generatedAt).not.toBe(AT)
    expect(annotations).toContain(AT)
    expect(annotations).not.toContain(brief.generatedAt)
  })

  it('lets the brief it replaces go, and one asked for after that is built again as the library is', async () => {
    const before = await builds.brief(scope, header)
    await updateAssessment(db, await firstSentence(), text, { credibility: 2 })
    await builds.brief(scope, header)
    // Released in the worker: asked of it now, it is read again, grade and all.
    expect(await before.output('markdown', {}, AT)).toContain('1 of 2 sentences not yet assessed')
    expect(built).toBe(2)
  })
})
