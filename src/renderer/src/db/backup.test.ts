// Backups against real IndexedDB: out, and back in by stable ids, with nothing lost either way.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup'
import { verifyTrail } from '@shared/history/trail'
import { SourcemarkDatabase } from './database'
import { deleteArticle, getArticle } from './articles'
import { updateAssessment } from './assessments'
import { exportBackup, planRestore, restoreBackup, verifyLibrary } from './backup'
import { ensureSample } from './first-run'
import { addLink } from './links'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { redo, undo } from './undo'
import { workspaceId } from './workspace'

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

/** The library's backup, read back: it parses only if every record equals its trail's last state. */
async function roundTrip(db: SourcemarkDatabase) {
  const parsed = parseBackup((await exportBackup(db)).json, 'team.json')
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed
}

describe('workspace backup', () => {
  it('restores into an empty library exactly, its audit trail kept as the signing workspace’s chain', async () => {
    await gradedSample(analyst)
    const { json, fileName } = await exportBackup(analyst)
    expect(fileName).toMatch(/^sourcemark-backup-\d{4}-\d{2}-\d{2}\.json$/)
    const parsed = parseBackup(json, fileName)
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.signature).toBe('valid')

    const colleague = await fresh()
    const plan = await restoreBackup(colleague, parsed.backup, fileName)
    expect(plan.summary.join('\n')).toMatch(/1 article to add/)
    expect(await contents(colleague)).toEqual(await contents(analyst))
    const trail = await colleague.history.orderBy('id').toArray()
    const signer = await workspaceId(analyst)
    expect(signer).toBe(parsed.backup.workspace?.id)
    const theirs = trail.filter((e) => e.chain === signer)
    expect(theirs.map((e) => e.hash)).toEqual(
      (await analyst.history.orderBy('id').toArray()).map((e) => e.hash)
    )
    const verdict = verifyTrail(trail)
    expect(verdict.ok).toBe(true)
    expect(verdict.chains).toHaveLength(2)
    // The join is in the colleague's own chain: which chain, its head, the signature.
    const join = trail.find((e) => e.entity === 'trail')!
    expect(join.chain).toBeUndefined()
    expect(join.after).toMatchObject({ head: theirs.at(-1)!.hash, signature: parsed.backup.signature })
    // And the colleague's own backup of it restores: every record equals its trail's last state.
    expect((await roundTrip(colleague)).backup.history).toHaveLength(trail.length)
  })

  it('merges into a library that has its own sample and trail: same ids, both trails kept, one undo takes it back', async () => {
    const { id, sentences } = await gradedSample(analyst)
    const parsed = await roundTrip(analyst)

    const colleague = await fresh()
    const ownSample = (await ensureSample(colleague))!
    expect(ownSample).toBe(id)
    const ownTrail = await colleague.history.orderBy('id').toArray()
    const before = await contents(colleague)
    const dryRun = await planRestore(colleague, parsed.backup)
    expect(await contents(colleague)).toEqual(before)
    expect(dryRun.articles.duplicates).toHaveLength(0)
    expect(dryRun.articles.conflicts).toMatchObject([{ id, differs: ['details'], kept: 'library' }])

    await restoreBackup(colleague, parsed.backup)
    const graded = await colleague.assessments.toArray()
    expect(graded).toHaveLength(1)
    expect(graded[0].sentenceId).toBe(sentences[1].id)
    expect(graded[0].note).toBe('Special Operations Forces spokesman.')
    expect((await colleague.links.toArray()).map((l) => l.id)).toEqual(
      (await analyst.links.toArray()).map((l) => l.id)
    )
    expect(await colleague.articles.count()).toBe(1)
    const trail = await colleague.history.orderBy('id').toArray()
    expect(trail.slice(0, ownTrail.length)).toEqual(ownTrail)
    const verdict = verifyTrail(trail)
    expect(verdict.ok).toBe(true)
    expect(verdict.chains.map((c) => c.count)).toEqual([
      trail.length - (await analyst.history.count()),
      await analyst.history.count()
    ])
    // The library kept its own copy of the sample (its import date): its next backup still binds.
    await roundTrip(colleague)

    expect(await undo(colleague)).toBe('Restore backup')
    expect(await contents(colleague)).toEqual(before)
    expect(verifyTrail(await colleague.history.orderBy('id').toArray()).ok).toBe(true)
    await roundTrip(colleague)
  })

  it('restoring the same backup again adds nothing, trail included', async () => {
    await gradedSample(analyst)
    const parsed = await roundTrip(analyst)
    const colleague = await fresh()
    await restoreBackup(colleague, parsed.backup)
    const count = await colleague.history.count()
    const again = await restoreBackup(colleague, parsed.backup)
    expect(again.summary[0]).toBe('Nothing new: the library already holds everything in this backup')
    expect(await colleague.history.count()).toBe(count)
  })

  it('restoring its own backup after deleting the article brings it back without doubling the trail', async () => {
    const { id } = await gradedSample(analyst)
    const parsed = await roundTrip(analyst)
    await deleteArticle(analyst, id)
    const count = await analyst.history.count()
    const plan = await restoreBackup(analyst, parsed.backup)
    expect(plan.history.joined).toMatchObject([{ chain: null, added: 0 }])
    expect(await analyst.assessments.count()).toBe(1)
    const trail = await analyst.history.orderBy('id').toArray()
    expect(trail.slice(0, count).every((e) => e.chain === undefined)).toBe(true)
    expect(verifyTrail(trail)).toMatchObject({ ok: true, chains: [{ chain: null }] })
    await roundTrip(analyst)
  })

  it('undo and redo record the state they leave, so the backup still binds', async () => {
    await gradedSample(analyst)
    expect(await undo(analyst)).toMatch(/link/i)
    await roundTrip(analyst)
    expect(await redo(analyst)).toMatch(/link/i)
    const last = (await analyst.history.orderBy('id').last())!
    expect(last.stateHash).toMatch(/^[0-9a-f]{64}$/)
    await roundTrip(analyst)
  })

  it('a record edited in the library behind the trail is named by Verify audit trail, and its backup is refused', async () => {
    const { sentences } = await gradedSample(analyst)
    expect(await verifyLibrary(analyst)).toMatchObject({ trail: { ok: true }, records: null })
    const grade = (await analyst.assessments.get(sentences[1].id))!
    await analyst.assessments.put({ ...grade, credibility: 1 })

    const verdict = await verifyLibrary(analyst)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBe(
      `assessments[0] (sentence ${sentences[1].id}): does not match the audit trail’s last change to it — it was edited after it was written`
    )
    const parsed = parseBackup((await exportBackup(analyst)).json, 'team.json')
    expect(parsed.ok ? 'restored' : parsed.error).toBe(`“team.json”: ${verdict.records}`)
  })
})
