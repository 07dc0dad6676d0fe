// A library written before history entries carried `chain` and `stateHash` (Dexie version 1)
// opens under version 3 with its trail intact, and keeps growing from where it stood; version 5
// then records the grade once more, without the key-judgment mark it drops.
import Dexie from 'dexie'
import { afterEach, expect, it } from 'vitest'
import { parseBackup } from '@shared/backup'
import { chainEntry } from '@shared/history/chain'
import { verifyTrail } from '@shared/history/trail'
import type { LegacyAssessment } from '@shared/judgments/legacy'
import type { HistoryEntry } from '@shared/model'
import { segmentSentences } from '@shared/segment'
import { normaliseText, quoteSelector } from '@shared/text'
import { sha256Hex } from '@shared/text/sha256'
import sampleText from '../../../../resources/samples/dprk-kursk.txt?raw'
import { updateAssessment } from './assessments'
import { exportBackup } from './backup'
import { SourcemarkDatabase, VERSION_1_STORES } from './database'
import { expandSentences, sentenceTableFor } from './sentences'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

/** The sample imported and one sentence graded, written as version 1 wrote them. */
async function versionOneLibrary(name: string): Promise<HistoryEntry[]> {
  const old = new Dexie(name)
  old.version(1).stores(VERSION_1_STORES)
  await old.open()
  const text = normaliseText(sampleText)
  const sha256 = sha256Hex(text)
  const id = 'b7e1c0de-5a3f-4c2e-9d10-6f8a2b4c7e91' // version 1 gave articles a random id
  const table = sentenceTableFor(id, segmentSentences(text, { language: 'en' }))
  const article = {
    id,
    title: 'North Korean troops withdraw from Kursk',
    language: 'en',
    importedAt: '2026-11-20T09:14:05.120Z',
    origin: { kind: 'sample', fileName: 'dprk-kursk.txt', mediaType: 'text/plain', sha256 }
  }
  const grade: LegacyAssessment = {
    sentenceId: `${id}:1`,
    articleId: id,
    attributions: [],
    credibility: 3,
    claimType: 'claim',
    keyJudgment: false,
    note: 'No independent confirmation yet.',
    tags: [],
    target: quoteSelector(text, table.starts[1], table.ends[1]),
    updatedAt: '2026-11-20T10:02:44.310Z'
  }
  const changes = [
    { entity: 'article' as const, entityId: id, before: null, after: { title: article.title, sha256 } },
    { entity: 'sentences' as const, entityId: id, before: null, after: table },
    { entity: 'assessment' as const, entityId: grade.sentenceId, before: null, after: grade }
  ]
  const trail: HistoryEntry[] = []
  for (const [i, change] of changes.entries()) {
    trail.push(chainEntry({ ...change, action: `a${i}`, at: `2026-11-20T10:0${i}:00.000Z` }, trail.at(-1)))
  }
  await old.table('articles').add(article)
  await old.table('texts').add({ articleId: id, text })
  await old.table('sentences').add(table)
  // A row that differs from its last entry without tampering: version 1 had no way to tell.
  await old.table('assessments').add({ ...grade, note: 'No independent confirmation yet (ISW).' })
  await old.table('history').bulkAdd(trail)
  old.close()
  return trail
}

it('opens a version-1 library with its entries as they were, records the rows that differ from them, and binds new ones', async () => {
  const name = `test-${crypto.randomUUID()}`
  names.push(name)
  const written = await versionOneLibrary(name)

  const db = new SourcemarkDatabase(name)
  await db.open()
  expect(db.verno).toBeGreaterThanOrEqual(3)
  const trail = await db.history.orderBy('id').toArray()
  expect(trail.slice(0, 3).map(({ id: _id, ...entry }) => entry)).toEqual(written)
  // Only the grade differed from its entry: it alone is recorded as it stood at the upgrade.
  // Version 5 takes the key-judgment mark off it, and records it as it stands then.
  expect(trail.slice(3)).toMatchObject([
    {
      entity: 'assessment',
      action: 'upgrade-3',
      prevHash: written[2].hash,
      after: { note: 'No independent confirmation yet (ISW).', keyJudgment: false }
    },
    {
      entity: 'assessment',
      action: 'upgrade-5',
      prevHash: trail[3].hash,
      after: { note: 'No independent confirmation yet (ISW).' }
    }
  ])
  expect(trail[4].after).not.toHaveProperty('keyJudgment')
  expect(verifyTrail(trail)).toMatchObject({ ok: true, chains: [{ chain: null, count: 5 }] })

  const [article] = await db.articles.toArray()
  const sentences = expandSentences((await db.sentences.get(article.id))!)
  const text = (await db.texts.get(article.id))!.text
  await updateAssessment(db, sentences[1], text, { credibility: 2 })
  const grown = await db.history.orderBy('id').toArray()
  expect(grown).toHaveLength(6)
  expect(grown[5].prevHash).toBe(trail[4].hash)
  expect(grown[5].stateHash).toMatch(/^[0-9a-f]{64}$/)
  expect(verifyTrail(grown).ok).toBe(true)

  // Its backup restores: old entries bind their records by `after`, the new one by its state hash.
  const parsed = parseBackup((await exportBackup(db)).json, 'old-library.json')
  expect(parsed.ok ? parsed.signature : parsed.error).toBe('valid')
  db.close()
})
