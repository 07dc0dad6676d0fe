// Cases and key judgments in backups against real IndexedDB: they go out and come back whole, and
// a backup from before cases, with sentences marked as key judgments, restores into judgments.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { backupFromLibrary, backupJson, newWorkspaceKey, parseBackup, signBackup } from '@shared/backup'
import { DPRK_ID, sampleLibrary } from '@shared/backup/fixtures'
import { verifyTrail } from '@shared/history/trail'
import { legacyCaseId, legacyJudgmentId } from '@shared/judgments/legacy'
import { sentenceId } from '@shared/model'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import { getArticle } from './articles'
import { exportBackup, restoreBackup, verifyLibrary } from './backup'
import { createCase, saveCaseHeader } from './cases'
import { SourcemarkDatabase } from './database'
import { ensureSample } from './first-run'
import { addEvidence, addJudgment, updateJudgment } from './judgments'
import { expandSentences } from './sentences'
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

async function parsedBackupOf(db: SourcemarkDatabase) {
  const parsed = parseBackup((await exportBackup(db)).json, 'team.json')
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed
}

const casesAndJudgments = async (db: SourcemarkDatabase) => ({
  cases: await db.cases.orderBy('id').toArray(),
  judgments: await db.judgments.orderBy('id').toArray()
})

describe('cases and key judgments in a workspace backup', () => {
  it('restore into another library exactly, with their trail, and that library’s backup restores too', async () => {
    const id = (await ensureSample(analyst))!
    const sentences = expandSentences((await analyst.sentences.get(id))!)
    const text = (await getArticle(analyst, id))!.text
    const kursk = await createCase(analyst, 'Kursk withdrawal', [id])
    await saveCaseHeader(analyst, kursk.id, {
      title: 'DPRK troops and the Kursk front',
      analyst: 'J. Doe',
      handling: 'UNCLASSIFIED // FOR TRAINING',
      bluf: 'North Korean troops have likely left the Kursk front.',
      audience: 'Desk editors',
      date: '2026-11-21'
    })
    const started = await addJudgment(analyst, kursk.id, {
      startedFrom: { sentenceId: sentences[1].id, text: text.slice(sentences[1].start, sentences[1].end) }
    })
    await updateJudgment(analyst, started.id, {
      text: 'North Korean units have likely been withdrawn from the Kursk front.',
      likelihood: 'likely',
      confidence: 'Moderate',
      confidenceReason: 'Two Ukrainian officials agree.'
    })
    await addEvidence(analyst, started.id, {
      relation: 'supports',
      target: {
        kind: 'external',
        citation: 'ISW, Russian Offensive Campaign Assessment, January 26',
        url: 'https://www.understandingwar.org/',
        accessedOn: '2026-11-20'
      },
      note: ''
    })

    const parsed = await parsedBackupOf(analyst)
    expect(parsed.backup.version).toBe(3)
    expect(parsed.backup.judgments).toHaveLength(1)

    const colleague = await fresh()
    const plan = await restoreBackup(colleague, parsed.backup, 'team.json')
    expect(plan.summary).toEqual(expect.arrayContaining(['1 case to add', '1 key judgment to add']))
    expect(await casesAndJudgments(colleague)).toEqual(await casesAndJudgments(analyst))
    expect(await verifyLibrary(colleague)).toMatchObject({ trail: { ok: true }, records: null })
    expect((await parsedBackupOf(colleague)).backup.cases).toEqual(parsed.backup.cases)

    // One undo takes the restore back, cases and judgments with it.
    expect(await undo(colleague)).toBe('Restore backup')
    expect(await casesAndJudgments(colleague)).toEqual({ cases: [], judgments: [] })
  })
})

describe('a version-2 backup with sentences marked as key judgments', () => {
  const old = sampleLibrary(sampleText, { markedKeyJudgment: true })
  const file = backupJson(
    signBackup(backupFromLibrary(old, '2026-11-26T15:30:00.000Z'), newWorkspaceKey('old'), 2)
  )
  const marked = sentenceId(DPRK_ID, 3)

  it('restores the mark as a judgment to reword, in a case named after its article, as part of the restore', async () => {
    const parsed = parseBackup(file, 'old-team.json')
    if (!parsed.ok) throw new Error(parsed.error)
    expect(parsed.backup.version).toBe(2)

    await restoreBackup(analyst, parsed.backup, 'old-team.json')
    const [kursk] = await analyst.cases.toArray()
    expect(kursk).toMatchObject({
      id: legacyCaseId(DPRK_ID),
      name: 'North Korean troops withdraw from Kursk',
      articleIds: [DPRK_ID]
    })
    const judgments = await analyst.judgments.toArray()
    const words = old.assessments.find((a) => a.sentenceId === marked)!.target.exact
    expect(judgments).toEqual([
      expect.objectContaining({
        id: legacyJudgmentId(marked),
        caseId: kursk.id,
        position: 0,
        text: words,
        needsRewording: true,
        startedFrom: marked,
        evidence: [{ relation: 'supports', target: { kind: 'sentence', sentenceId: marked }, note: '' }]
      })
    ])
    for (const a of await analyst.assessments.toArray()) expect(a).not.toHaveProperty('keyJudgment')
    expect(await analyst.assessments.count()).toBe(old.assessments.length)

    // Recorded in the library's own chain; every record binds, and the library's backup restores.
    const trail = await analyst.history.orderBy('id').toArray()
    const own = trail.filter((e) => e.chain === undefined)
    expect(own.filter((e) => e.entity === 'judgment').map((e) => e.entityId)).toEqual([
      legacyJudgmentId(marked)
    ])
    expect(own.filter((e) => e.entity === 'case').map((e) => e.entityId)).toEqual([kursk.id])
    const unmarked = own.find((e) => e.entity === 'assessment' && e.entityId === marked && e.before !== null)
    expect(unmarked).toMatchObject({ before: { keyJudgment: true } })
    expect(unmarked!.after).not.toHaveProperty('keyJudgment')
    expect(verifyTrail(trail).ok).toBe(true)
    expect(await verifyLibrary(analyst)).toMatchObject({ trail: { ok: true }, records: null })
    const again = await parsedBackupOf(analyst)
    expect(again.backup.judgments?.map((j) => j.id)).toEqual([legacyJudgmentId(marked)])

    // Restoring the same old file again converts nothing twice.
    await restoreBackup(analyst, parsed.backup, 'old-team.json')
    expect(await analyst.judgments.count()).toBe(1)
    expect(await analyst.cases.count()).toBe(1)
    for (const a of await analyst.assessments.toArray()) expect(a).not.toHaveProperty('keyJudgment')
  })

  it('is undone as one action, the judgments it made with it', async () => {
    const parsed = parseBackup(file, 'old-team.json')
    if (!parsed.ok) throw new Error(parsed.error)
    await restoreBackup(analyst, parsed.backup, 'old-team.json')
    expect(await undo(analyst)).toBe('Restore backup')
    expect(await casesAndJudgments(analyst)).toEqual({ cases: [], judgments: [] })
    expect(await analyst.assessments.count()).toBe(0)
    expect(await analyst.articles.count()).toBe(0)
  })
})
