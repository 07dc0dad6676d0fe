// Backups against real IndexedDB: out, and back in by stable ids, with nothing lost either way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup'
import { verifyChain } from '@shared/history'
import { SourcemarkDatabase } from './database'
import { getArticle } from './articles'
import { updateAssessment } from './assessments'
import { exportBackup, planRestore, restoreBackup } from './backup'
import { ensureSample } from './first-run'
import { addLink } from './links'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { undo } from './undo'

const dbs: SourcemarkDatabase[] = []
const fresh = async () => {
  const db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
  dbs.push(db)
  return db
}

let analyst: SourcemarkDatabase
beforeEach(async () => {
  analyst = await fresh()
})
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete()
})

async function gradedSample(db: SourcemarkDatabase) {
  const id = (await ensureSample(db))!
  const article = (await getArticle(db, id))!
  const sentences = expandSentences((await db.sentences.get(id))!)
  const source = await createSource(db, { name: 'Oleksandr Kindratenko', kind: 'military', reliability: 'B' })
  await updateAssessment(db, sentences[1], article.text, {
    attributions: [{ sourceId: source.id, role: 'paraphrase' }],
    credibility: 2,
    note: 'Special Operations Forces spokesman.'
  })
  await addLink(db, sentences[2], 'supports', { kind: 'sentence', sentenceId: sentences[1].id })
  return { id, sentences }
}

async function contents(db: SourcemarkDatabase) {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    texts: await db.texts.orderBy('articleId').toArray(),
    sentences: await db.sentences.orderBy('articleId').toArray(),
    sources: await db.sources.orderBy('id').toArray(),
    assessments: await db.assessments.orderBy('sentenceId').toArray(),
    links: await db.links.orderBy('id').toArray()
  }
}

describe('workspace backup', () => {
  it('restores into an empty library exactly, audit trail included and intact', async () => {
    await gradedSample(analyst)
    const { json, fileName } = await exportBackup(analyst)
    expect(fileName).toMatch(/^sourcemark-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const parsed = parseBackup(json, fileName)
    if (!parsed.ok) throw new Error(parsed.error)

    const colleague = await fresh()
    const plan = await restoreBackup(colleague, parsed.backup)
    expect(plan.summary.join('\n')).toMatch(/1 article to add/)
    expect(await contents(colleague)).toEqual(await contents(analyst))
    const trail = await colleague.history.orderBy('id').toArray()
    expect(trail).toHaveLength(await analyst.history.count())
    expect(verifyChain(trail)).toEqual({ ok: true })
  })

  it('merges into a library that has its own sample: grades move onto its copy, one undo takes them back', async () => {
    const { sentences } = await gradedSample(analyst)
    const parsed = parseBackup((await exportBackup(analyst)).json, 'team.json')
    if (!parsed.ok) throw new Error(parsed.error)

    const colleague = await fresh()
    const ownSample = (await ensureSample(colleague))!
    const before = await contents(colleague)
    const dryRun = await planRestore(colleague, parsed.backup)
    expect(await contents(colleague)).toEqual(before)
    expect(dryRun.articles.duplicates).toHaveLength(1)

    await restoreBackup(colleague, parsed.backup)
    const graded = await colleague.assessments.toArray()
    expect(graded).toHaveLength(1)
    expect(graded[0].sentenceId).toBe(`${ownSample}:${sentences[1].id.split(':')[1]}`)
    expect(graded[0].note).toBe('Special Operations Forces spokesman.')
    expect(await colleague.articles.count()).toBe(1)
    expect(verifyChain(await colleague.history.orderBy('id').toArray())).toEqual({ ok: true })

    expect(await undo(colleague)).toBe('Restore backup')
    expect(await contents(colleague)).toEqual(before)
  })
})
