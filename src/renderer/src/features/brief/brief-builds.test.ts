// The export dialog's brief is built once for its check, preview and exports, and again only when
// what it is of changes: counted on real IndexedDB with the real build.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from '../../db/database'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { saveBriefHeader } from '../../db/brief-headers'
import { expandSentences } from '../../db/sentences'
import { briefBuilds, exportedNow, type BriefBuilds } from './brief-builds'
import { briefIssues, briefMarkdown, buildOnce } from './brief-outputs'
import type { BriefScope } from './brief-data'

let db: SourcemarkDatabase
let builds: BriefBuilds
let built: number
let scope: BriefScope
let text: string

const header = { title: 'Sumy brief', analyst: 'R. Ortiz' }

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
  text = 'Sumy orders evacuation of border villages. Families with children must leave 11 villages.'
  const outcome = await importArticle(db, { title: 'Sumy evacuation', text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  scope = { kind: 'article', articleId: outcome.articleId }
  built = 0
  builds = briefBuilds(db, (input) => {
    built += 1
    return buildOnce(input)
  })
})

afterEach(async () => {
  builds.stop()
  db.close()
  await db.delete()
})

const firstSentence = async () =>
  expandSentences((await db.sentences.get(scope.kind === 'article' ? scope.articleId : ''))!)[0]!

describe('briefBuilds', () => {
  it('builds once for the check, the preview and every export of the same brief', async () => {
    const [check, preview] = await Promise.all([builds.brief(scope, header), builds.brief(scope, header)])
    briefIssues(check)
    const markdown = briefMarkdown(await builds.brief(scope, { ...header }))
    const again = briefMarkdown(await builds.brief(scope, header))
    expect(built).toBe(1)
    expect(preview).toBe(check)
    expect(again).toBe(markdown)
    expect(markdown).toContain('Sumy brief')
  })

  it('builds again when the header or the scope changes', async () => {
    await builds.brief(scope, header)
    const retitled = await builds.brief(scope, { ...header, title: 'Border villages' })
    expect(built).toBe(2)
    expect(briefMarkdown(retitled)).toContain('Border villages')
  })

  it('builds again after a grade, and the brief has it', async () => {
    const before = await builds.brief(scope, header)
    expect(before.model.gaps).toHaveLength(2)
    await updateAssessment(db, await firstSentence(), text, { credibility: 2 })
    const after = await builds.brief(scope, header)
    expect(built).toBe(2)
    expect(after.model.gaps).toHaveLength(1)
  })

  it('keeps the brief when only a table it does not read is written (the header as stored)', async () => {
    await builds.brief(scope, header)
    if (scope.kind === 'article') await saveBriefHeader(db, scope.articleId, { ...header, bluf: '' })
    await builds.brief(scope, header)
    expect(built).toBe(1)
  })

  it('stamps an export with the time it is made, not the time the brief was built', async () => {
    const brief = await builds.brief(scope, header)
    const exported = exportedNow(brief, '2026-11-30T12:00:00.000Z')
    expect(exported.model.generatedAt).toBe('2026-11-30T12:00:00.000Z')
    expect(exported.input.generatedAt).toBe('2026-11-30T12:00:00.000Z')
    expect(exported.model.articles).toBe(brief.model.articles)
  })
})
