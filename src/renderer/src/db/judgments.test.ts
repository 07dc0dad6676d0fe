// Key judgments against real IndexedDB: written, reworded, given evidence and ordered, each one
// recorded action that undo and redo replay; evidence the shared rule refuses writes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyTrail } from '@shared/history/trail'
import type { Sentence } from '@shared/model'
import { getArticle, importArticle } from './articles'
import { verifyLibrary } from './backup'
import { createCase } from './cases'
import { SourcemarkDatabase } from './database'
import {
  addEvidence,
  addJudgment,
  deleteJudgment,
  judgmentsOfCase,
  moveJudgment,
  removeEvidence,
  updateJudgment
} from './judgments'
import { expandSentences } from './sentences'
import { createSource } from './sources'
import { redo, undo } from './undo'

let db: SourcemarkDatabase
beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(() => db.delete())

const KYIV =
  'Colonel Kindratenko said no North Korean troops had been observed for three weeks. Podolyak confirmed the withdrawal.'
const TASS =
  'The Russian Ministry of Defence said its forces had liberated the Kursk region. It did not mention North Korean troops.'

async function setUp() {
  const articles = []
  for (const [title, text] of [
    ['Kyiv Post', KYIV],
    ['TASS', TASS]
  ]) {
    const outcome = await importArticle(db, { title, text, origin: 'paste' })
    if (outcome.kind !== 'imported') throw new Error('expected a new import')
    const stored = (await getArticle(db, outcome.articleId))!
    articles.push({ ...stored, sentences: expandSentences((await db.sentences.get(stored.id))!) })
  }
  const [kyiv, tass] = articles
  const kursk = await createCase(db, 'Kursk withdrawal', [kyiv.id, tass.id])
  return { kyiv, tass, kursk }
}

const words = (a: { text: string }, s: Sentence) => a.text.slice(s.start, s.end)
const sentence = (s: Sentence) => ({ kind: 'sentence' as const, sentenceId: s.id })

async function expectTrailHolds() {
  expect(verifyTrail(await db.history.orderBy('id').toArray()).ok).toBe(true)
  expect(await verifyLibrary(db)).toMatchObject({ trail: { ok: true }, records: null })
}

describe('key judgments', () => {
  it('started from a sentence are its words flagged for rewording, the sentence as support; new wording clears the flag', async () => {
    const { kyiv, kursk } = await setUp()
    const [said] = kyiv.sentences
    const started = await addJudgment(db, kursk.id, {
      startedFrom: { sentenceId: said.id, text: words(kyiv, said) }
    })
    expect(started).toMatchObject({
      caseId: kursk.id,
      position: 0,
      text: words(kyiv, said),
      needsRewording: true,
      startedFrom: said.id,
      evidence: [{ relation: 'supports', target: sentence(said), note: '' }]
    })
    expect(db.undo.peekUndo()?.label).toBe('Start judgment from sentence')

    // Grading it is not rewording it: the flag stays until the words change.
    await updateJudgment(db, started.id, { likelihood: 'likely', confidence: 'Moderate' })
    expect((await db.judgments.get(started.id))?.needsRewording).toBe(true)
    const reworded = await updateJudgment(db, started.id, {
      text: 'North Korean units have likely been withdrawn from the Kursk front.'
    })
    expect(reworded).toMatchObject({ needsRewording: false, likelihood: 'likely', confidence: 'Moderate' })

    expect(await undo(db)).toBe('Edit key judgment')
    expect(await db.judgments.get(started.id)).toMatchObject({
      text: words(kyiv, said),
      needsRewording: true
    })
    expect(await redo(db)).toBe('Edit key judgment')
    expect((await db.judgments.get(started.id))?.needsRewording).toBe(false)
    const entries = await db.history.where('[entity+entityId]').equals(['judgment', started.id]).sortBy('id')
    expect(entries.map((e) => (e.after as { needsRewording: boolean }).needsRewording)).toEqual([
      true,
      true,
      false,
      true,
      false
    ])
    await expectTrailHolds()
  })

  it('written in the analyst’s words are added at the end of the case’s list and read in its order', async () => {
    const { kursk } = await setUp()
    const one = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    const two = await addJudgment(db, kursk.id, { text: 'Russia is unlikely to confirm the withdrawal.' })
    expect(one).toMatchObject({ position: 0, needsRewording: false, evidence: [] })
    expect(two.position).toBe(1)
    expect((await judgmentsOfCase(db, kursk.id)).map((j) => j.id)).toEqual([one.id, two.id])
    await expect(addJudgment(db, 'no-such-case', { text: 'x' })).rejects.toThrow(
      'The case is no longer in the library.'
    )
  })

  it('take evidence from any article and external citations, and lose it again; undo replays each', async () => {
    const { kyiv, tass, kursk } = await setUp()
    const isw = await createSource(db, { name: 'Institute for the Study of War', reliability: 'B' })
    const judgment = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: sentence(kyiv.sentences[1]),
      note: ''
    })
    await addEvidence(db, judgment.id, {
      relation: 'contradicts',
      target: sentence(tass.sentences[1]),
      note: '  Silence, not denial. '
    })
    const cited = await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: {
        kind: 'external',
        citation: ' ISW, Russian Offensive Campaign Assessment ',
        url: 'https://www.understandingwar.org/',
        sourceId: isw.id,
        accessedOn: '2026-11-20'
      },
      note: ''
    })
    expect(cited.evidence).toEqual([
      { relation: 'supports', target: sentence(kyiv.sentences[1]), note: '' },
      { relation: 'contradicts', target: sentence(tass.sentences[1]), note: 'Silence, not denial.' },
      {
        relation: 'supports',
        target: {
          kind: 'external',
          citation: 'ISW, Russian Offensive Campaign Assessment',
          url: 'https://www.understandingwar.org/',
          sourceId: isw.id,
          accessedOn: '2026-11-20'
        },
        note: ''
      }
    ])

    await removeEvidence(db, judgment.id, 1)
    expect((await db.judgments.get(judgment.id))?.evidence.map((e) => e.relation)).toEqual([
      'supports',
      'supports'
    ])
    expect(await undo(db)).toBe('Remove evidence from judgment')
    expect((await db.judgments.get(judgment.id))?.evidence).toEqual(cited.evidence)
    expect(await undo(db)).toBe('Add evidence to judgment')
    expect((await db.judgments.get(judgment.id))?.evidence).toHaveLength(2)
    expect(await redo(db)).toBe('Add evidence to judgment')
    expect((await db.judgments.get(judgment.id))?.evidence).toEqual(cited.evidence)
    await expect(removeEvidence(db, judgment.id, 3)).rejects.toThrow(
      'That evidence is no longer on the key judgment.'
    )
    await expectTrailHolds()
  })

  it('refuse evidence the shared rule refuses, with its words, and write nothing', async () => {
    const { kyiv, kursk } = await setUp()
    const judgment = await addJudgment(db, kursk.id, {
      startedFrom: { sentenceId: kyiv.sentences[0].id, text: words(kyiv, kyiv.sentences[0]) }
    })
    const stored = await db.judgments.get(judgment.id)
    const count = await db.history.count()

    await expect(
      addEvidence(db, judgment.id, { relation: 'supports', target: sentence(kyiv.sentences[0]), note: '' })
    ).rejects.toThrow('This sentence is already evidence that supports the judgment.')
    await expect(
      addEvidence(db, judgment.id, { relation: 'contradicts', target: sentence(kyiv.sentences[0]), note: '' })
    ).rejects.toThrow(
      'This sentence already supports the judgment; remove that first to record it as contradiction.'
    )
    await expect(
      addEvidence(db, judgment.id, {
        relation: 'supports',
        target: { kind: 'external', citation: 'ISW', url: 'javascript:alert(1)' },
        note: ''
      })
    ).rejects.toThrow('Address “javascript:alert(1)” must start with http:// or https://, not javascript:.')
    await expect(
      addEvidence(db, judgment.id, {
        relation: 'supports',
        target: { kind: 'external', citation: '  ' },
        note: ''
      })
    ).rejects.toThrow('Citation: say what is cited (title, author, date).')
    // And what a backup could not restore: a sentence or a source that is not there.
    await expect(
      addEvidence(db, judgment.id, {
        relation: 'supports',
        target: { kind: 'sentence', sentenceId: `${kyiv.id}:99` },
        note: ''
      })
    ).rejects.toThrow('Evidence: that sentence is no longer in the library.')
    await expect(
      addEvidence(db, judgment.id, {
        relation: 'supports',
        target: { kind: 'external', citation: 'ISW', sourceId: 'no-such-source' },
        note: ''
      })
    ).rejects.toThrow('Citation: its source is no longer in the registry.')

    expect(await db.judgments.get(judgment.id)).toEqual(stored)
    expect(await db.history.count()).toBe(count)
    expect(db.undo.peekUndo()?.label).toBe('Start judgment from sentence')
  })

  it('are reordered in one action, renumbered from 0, and undo puts the order back', async () => {
    const { kursk } = await setUp()
    const [a, b, c] = [
      await addJudgment(db, kursk.id, { text: 'A: North Korean units have likely left Kursk.' }),
      await addJudgment(db, kursk.id, { text: 'B: Russia is unlikely to confirm it.' }),
      await addJudgment(db, kursk.id, { text: 'C: Ukraine will very likely cite it.' })
    ]
    await moveJudgment(db, c.id, 0)
    expect((await judgmentsOfCase(db, kursk.id)).map((j) => [j.id, j.position])).toEqual([
      [c.id, 0],
      [a.id, 1],
      [b.id, 2]
    ])
    expect(await undo(db)).toBe('Reorder key judgments')
    expect((await judgmentsOfCase(db, kursk.id)).map((j) => j.id)).toEqual([a.id, b.id, c.id])
    // Moving a judgment to where it is changes nothing, and nothing is recorded.
    const count = await db.history.count()
    await moveJudgment(db, a.id, 0)
    expect(await db.history.count()).toBe(count)
    await expectTrailHolds()
  })

  it('are deleted, and undo brings them back as they were', async () => {
    const { kursk } = await setUp()
    const judgment = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    await updateJudgment(db, judgment.id, { alternatives: 'A rotation, not a withdrawal.' })
    const stored = await db.judgments.get(judgment.id)
    await deleteJudgment(db, judgment.id)
    expect(await db.judgments.get(judgment.id)).toBeUndefined()
    expect(await undo(db)).toBe('Delete key judgment')
    expect(await db.judgments.get(judgment.id)).toEqual(stored)
    expect(await redo(db)).toBe('Delete key judgment')
    expect(await db.judgments.count()).toBe(0)
    await expectTrailHolds()
  })

  it('an edit that changes nothing is not recorded', async () => {
    const { kursk } = await setUp()
    const judgment = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    const count = await db.history.count()
    await updateJudgment(db, judgment.id, {
      text: 'North Korean units have likely left Kursk.',
      likelihood: null
    })
    expect(await db.history.count()).toBe(count)
    expect(db.undo.peekUndo()?.label).toBe('Add key judgment')
  })
})
