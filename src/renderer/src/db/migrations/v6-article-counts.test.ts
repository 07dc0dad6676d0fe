// Version 6 opens a library version 5 left: each article's sentence and graded counts are worked
// out once from its rows (a note alone does not grade a sentence), the library list shows them,
// nothing the trail binds is touched, and from then on a grade moves the count.
import { afterEach, expect, it } from 'vitest'
import Dexie from 'dexie'
import { stateHash } from '@shared/backup'
import { chainEntry } from '@shared/history/chain'
import { quoteSelector } from '@shared/text'
import type { HistoryEntry } from '@shared/model'
import { isGraded, listArticleSummaries } from '../articles'
import { updateAssessment } from '../assessments'
import { verifyLibrary } from '../backup'
import { declareVersionsOneToFive, SourcemarkDatabase } from '../database'
import { expandSentences } from '../sentences'
import { expectedArticles, fixture } from './fixture-library'
import { readRawLibrary, writeRawLibrary } from './raw-library'

const names: string[] = []
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name)
})

type Row = Record<string, unknown>

/**
 * The fixture library as version 5 left it, with one more sentence of the sample that has a note
 * and nothing else, recorded in the trail as version 5 wrote it.
 */
async function versionFiveLibrary(): Promise<{ name: string; sampleId: string; noteOnly: string }> {
  const name = `migration-${crypto.randomUUID()}`
  names.push(name)
  await writeRawLibrary(name, fixture('v1-as-landed'))
  const old = new Dexie(name)
  declareVersionsOneToFive(old)
  await old.open()
  const [sample] = expectedArticles(fixture('v1-as-landed')).filter((a) => a.title.startsWith('North Korean'))
  const graded = new Set(((await old.table('assessments').toArray()) as Row[]).map((r) => r.sentenceId))
  const sentence = sample.sentences.find((s) => !graded.has(s.id) && s.kind !== 'heading')!
  const noteOnly = sentence.id
  const after = {
    sentenceId: noteOnly,
    articleId: sample.id,
    attributions: [],
    credibility: null,
    claimType: 'claim',
    note: 'Check the date against the ministry’s statement.',
    tags: [],
    target: quoteSelector(sample.text, sentence.start, sentence.end),
    updatedAt: '2026-11-27T09:00:00.000Z'
  }
  const last = (await old.table('history').orderBy('id').last()) as HistoryEntry
  const entry = chainEntry(
    {
      action: crypto.randomUUID(),
      at: after.updatedAt,
      entity: 'assessment',
      entityId: noteOnly,
      before: null,
      after,
      stateHash: stateHash('assessment', after)
    },
    last
  )
  await old.table('assessments').add(after)
  await old.table('history').add(entry)
  old.close()
  expect((await readRawLibrary(name)).version).toBe(50)
  return { name, sampleId: sample.id, noteOnly }
}

it('counts each article’s sentences and graded sentences from the rows version 5 left', async () => {
  const { name, sampleId, noteOnly } = await versionFiveLibrary()
  const before = await readRawLibrary(name)
  const rows = before.stores.assessments.rows as Parameters<typeof isGraded>[0][]
  // Worked out from the stored rows: the sentence table's length, the rows with a grade.
  const expected = expectedArticles(before).map((a) => ({
    id: a.id,
    sentenceCount: a.sentences.length,
    gradedCount: rows.filter((r) => (r as Row).articleId === a.id && isGraded(r)).length
  }))
  expect(expected.find((a) => a.id === sampleId)).toEqual({ id: sampleId, sentenceCount: 18, gradedCount: 5 })
  expect(rows.map((r) => (r as Row).sentenceId)).toContain(noteOnly)

  const db = new SourcemarkDatabase(name)
  await db.open()
  expect(db.verno).toBeGreaterThanOrEqual(6)
  const summaries = await listArticleSummaries(db)
  expect(summaries.map(({ id, sentenceCount, gradedCount }) => ({ id, sentenceCount, gradedCount }))).toEqual(
    expect.arrayContaining(expected)
  )
  expect(summaries).toHaveLength(expected.length)

  // Only the counts were added: every record and the trail are as version 5 left them.
  const after = await readRawLibrary(name)
  for (const [store, raw] of Object.entries(before.stores)) expect(after.stores[store]).toEqual(raw)
  expect(Object.keys(after.stores).sort()).toEqual([...Object.keys(before.stores), 'articleCounts'].sort())
  const verdict = await verifyLibrary(db)
  expect(verdict.trail.ok).toBe(true)
  expect(verdict.records).toBeNull()

  // From now on the counts follow the grades.
  const sentences = expandSentences((await db.sentences.get(sampleId))!)
  const text = (await db.texts.get(sampleId))!.text
  await updateAssessment(
    db,
    sentences.find((s) => s.id === noteOnly)!,
    text,
    { credibility: 3 }
  )
  expect((await listArticleSummaries(db)).find((a) => a.id === sampleId)?.gradedCount).toBe(6)
  db.close()
})
