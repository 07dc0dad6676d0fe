// Version 5 opens a library version 4 left, with sentences marked as key judgments and a brief
// header kept for their article: each mark becomes a judgment to reword in a case named after the
// article, holding it and its header; the trail records it all and still verifies.
import { afterEach, expect, it } from 'vitest'
import Dexie from 'dexie'
import { parseBackup, stateHash } from '@shared/backup'
import { chainEntry, verifyChain } from '@shared/history/chain'
import { verifyTrail } from '@shared/history/trail'
import { legacyCaseId } from '@shared/judgments/legacy'
import type { HistoryEntry } from '@shared/model'
import { exportBackup, verifyLibrary } from '../backup'
import { declareVersionsOneToFour, SourcemarkDatabase } from '../database'
import { expandSentences } from '../sentences'
import { expectedArticles, fixture } from './fixture-library'
import { readRawLibrary, writeRawLibrary, type RawLibrary } from './raw-library'

const names: string[] = []
const freshName = () => {
  const name = `migration-${crypto.randomUUID()}`
  names.push(name)
  return name
}
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

type Row = Record<string, unknown>

const HEADER = {
  title: 'Brief: DPRK troops leave Kursk',
  analyst: 'J. Doe',
  handling: 'UNCLASSIFIED // FOR TRAINING',
  bluf: 'North Korean troops have likely left the Kursk front.'
}

/**
 * The fixture library as version 4 left it after more of the analyst's work: two more sentences
 * marked as key judgments (the second one later in the article than the third, by sequence
 * number), and a brief header kept for the sample article. `change` may add more.
 */
async function versionFourLibrary(change?: (db: Dexie, sampleId: string) => Promise<void>): Promise<{
  name: string
  raw: RawLibrary
  sampleId: string
}> {
  const name = freshName()
  await writeRawLibrary(name, fixture('v1-as-landed'))
  const old = new Dexie(name)
  declareVersionsOneToFour(old)
  await old.open()
  const [sample] = expectedArticles(fixture('v1-as-landed')).filter((a) => a.title.startsWith('North Korean'))
  const mark = async (seq: number) => {
    const id = `${sample.id}:${seq}`
    const before = (await old.table('assessments').get(id)) as Row
    const after = { ...before, keyJudgment: true, updatedAt: `2026-11-26T10:0${seq % 10}:00.000Z` }
    const last = (await old.table('history').orderBy('id').last()) as HistoryEntry
    // As version 4's updateAssessment recorded it: the entry carries the state it left.
    const entry = chainEntry(
      {
        action: crypto.randomUUID(),
        at: after.updatedAt,
        entity: 'assessment',
        entityId: id,
        before,
        after,
        stateHash: stateHash('assessment', after)
      },
      last
    )
    await old.table('assessments').put(after)
    await old.table('history').add(entry)
  }
  await mark(12)
  await mark(3)
  await old.table('settings').put({ key: `briefHeader:${sample.id}`, value: HEADER })
  await change?.(old, sample.id)
  old.close()
  const raw = await readRawLibrary(name)
  expect(raw.version).toBe(40)
  return { name, raw, sampleId: sample.id }
}

it('turns each sentence marked as key judgment into a judgment to reword, in a case holding its article and header', async () => {
  const { name, raw, sampleId } = await versionFourLibrary()
  const db = new SourcemarkDatabase(name)
  await db.open()
  expect(db.verno).toBeGreaterThanOrEqual(5)

  const text = (await db.texts.get(sampleId))!.text
  const sentences = expandSentences((await db.sentences.get(sampleId))!)
  const words = (id: string) => {
    const s = sentences.find((x) => x.id === id)!
    return text.slice(s.start, s.end)
  }
  const marked = sentences.map((s) => s.id).filter((id) => [':0', ':3', ':12'].some((e) => id.endsWith(e)))
  expect(marked).toHaveLength(3)

  const cases = await db.cases.toArray()
  expect(cases).toHaveLength(1)
  const title = (await db.articles.get(sampleId))!.title
  expect(cases[0]).toMatchObject({
    id: legacyCaseId(sampleId),
    name: title,
    articleIds: [sampleId],
    header: { ...HEADER, audience: '', date: '' }
  })

  const judgments = (await db.judgments.toArray()).sort((a, b) => a.position - b.position)
  // In reading order, not in the order of their ids (":12" sorts before ":3").
  expect(judgments.map((j) => j.startedFrom)).toEqual(marked)
  expect(judgments.map((j) => j.position)).toEqual([0, 1, 2])
  for (const judgment of judgments) {
    expect(judgment).toMatchObject({
      caseId: cases[0].id,
      text: words(judgment.startedFrom!),
      needsRewording: true,
      likelihood: null,
      confidence: null,
      evidence: [{ relation: 'supports', target: { kind: 'sentence', sentenceId: judgment.startedFrom } }]
    })
  }

  // The mark has left every assessment; nothing else about them changed.
  const assessments = await db.assessments.toArray()
  expect(assessments).toHaveLength(raw.stores.assessments.rows.length)
  for (const a of assessments) expect(a).not.toHaveProperty('keyJudgment')
  const before = new Map((raw.stores.assessments.rows as Row[]).map((r) => [r.sentenceId, r]))
  for (const a of assessments) {
    const { keyJudgment: _mark, ...was } = before.get(a.sentenceId)!
    expect(a).toEqual(was)
  }

  // The trail records what the upgrade wrote, in the library's own chain, and binds every record.
  const history = await db.history.orderBy('id').toArray()
  expect(history.slice(0, raw.stores.history.rows.length)).toEqual(raw.stores.history.rows)
  const upgrade = history.filter((e) => e.action === 'upgrade-5')
  expect(upgrade.filter((e) => e.entity === 'case').map((e) => e.entityId)).toEqual([cases[0].id])
  expect(upgrade.filter((e) => e.entity === 'judgment')).toHaveLength(3)
  expect(upgrade.filter((e) => e.entity === 'assessment')).toHaveLength(assessments.length)
  expect(verifyChain(history).ok).toBe(true)
  expect(verifyTrail(history).ok).toBe(true)
  expect((await verifyLibrary(db)).records).toBeNull()

  // Its backup carries the case and the judgments, and a restore would accept it.
  const parsed = parseBackup((await exportBackup(db)).json, 'upgraded.json')
  if (!parsed.ok) throw new Error(parsed.error)
  expect(parsed.signature).toBe('valid')
  expect(parsed.backup.cases?.map((c) => c.id)).toEqual([cases[0].id])
  expect(parsed.backup.judgments).toHaveLength(3)
  db.close()
})

it('makes the same case and judgments from the same library every time', async () => {
  const made = []
  for (let i = 0; i < 2; i++) {
    const { name } = await versionFourLibrary()
    const db = new SourcemarkDatabase(name)
    await db.open()
    made.push({ cases: await db.cases.toArray(), judgments: await db.judgments.orderBy('id').toArray() })
    db.close()
  }
  expect(made[1]).toEqual(made[0])
})

it('an article without marks gets no case, and a header that cannot be read is left out', async () => {
  const { name, sampleId } = await versionFourLibrary(async (old, id) => {
    await old.table('settings').put({ key: `briefHeader:${id}`, value: { title: 7 } })
  })
  const db = new SourcemarkDatabase(name)
  await db.open()
  const cases = await db.cases.toArray()
  expect(cases.map((c) => c.articleIds)).toEqual([[sampleId]])
  expect(cases[0].header).toEqual({ title: '', analyst: '', handling: '', bluf: '', audience: '', date: '' })
  db.close()
})

it('a header a backup could not hold is left out of the case, and stays the article’s own', async () => {
  const long = { ...HEADER, title: 'x'.repeat(1001) }
  const { name, sampleId } = await versionFourLibrary(async (old, id) => {
    await old.table('settings').put({ key: `briefHeader:${id}`, value: long })
  })
  const db = new SourcemarkDatabase(name)
  await db.open()
  expect((await db.cases.toArray())[0].header.title).toBe('')
  expect((await db.settings.get(`briefHeader:${sampleId}`))?.value).toEqual(long)
  expect(parseBackup((await exportBackup(db)).json, 'upgraded.json').ok).toBe(true)
  db.close()
})

it('an upgrade that meets a mark it does not understand fails and leaves the library exactly as it was', async () => {
  const { name, sampleId } = await versionFourLibrary(async (old, id) => {
    const row = (await old.table('assessments').get(`${id}:1`)) as Row
    await old.table('assessments').put({ ...row, keyJudgment: 'yes' })
  })
  const before = await readRawLibrary(name)

  const db = new SourcemarkDatabase(name)
  await expect(db.open()).rejects.toThrow(
    `Library table “assessments”, row "${sampleId}:1": keyJudgment is "yes", neither true nor false.`
  )
  db.close()

  const after = await readRawLibrary(name)
  expect(after.version).toBe(40)
  expect(after).toEqual(before)
  expect(Object.keys(after.stores)).not.toContain('cases')
})
