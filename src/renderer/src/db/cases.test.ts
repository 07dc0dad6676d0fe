// Cases against real IndexedDB: each change is one recorded action that undo and redo replay, a
// refused change writes nothing, and the trail binds every case as it stands.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyTrail } from '@shared/history/trail'
import type { CaseHeader } from '@shared/model'
import { importArticle } from './articles'
import { verifyLibrary } from './backup'
import {
  addArticleToCase,
  casesOfArticle,
  createCase,
  deleteCase,
  listCases,
  removeArticleFromCase,
  renameCase,
  saveCaseHeader
} from './cases'
import { SourcemarkDatabase } from './database'
import { addJudgment } from './judgments'
import { redo, undo } from './undo'

let db: SourcemarkDatabase
beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(() => db.delete())

async function article(title: string, text: string): Promise<string> {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return outcome.articleId
}

const HEADER: CaseHeader = {
  title: 'DPRK troops and the Kursk front',
  analyst: 'J. Doe',
  handling: 'UNCLASSIFIED // FOR TRAINING',
  bluf: 'North Korean troops have likely left the Kursk front.',
  audience: 'Desk editors',
  date: '2026-11-21'
}

/** The trail is whole and binds every record, as Verify audit trail and a restore check it. */
async function expectTrailHolds() {
  expect(verifyTrail(await db.history.orderBy('id').toArray()).ok).toBe(true)
  expect(await verifyLibrary(db)).toMatchObject({ trail: { ok: true }, records: null })
}

/** The last action's entries. */
async function lastAction() {
  const last = (await db.history.orderBy('id').last())!
  return db.history.where('action').equals(last.action!).sortBy('id')
}

describe('cases', () => {
  it('are created with their articles, listed by name and found by article; undo and redo replay the creation', async () => {
    const kyiv = await article('Kyiv Post', 'North Korean troops have left Kursk, Ukraine says.')
    const tass = await article('TASS', 'Russia says the Kursk region is under its control.')
    const kursk = await createCase(db, '  kursk withdrawal ', [kyiv, tass])
    await createCase(db, 'Baltic Sea cables', [kyiv])

    expect(kursk).toMatchObject({ name: 'kursk withdrawal', articleIds: [kyiv, tass], header: { title: '' } })
    expect((await listCases(db)).map((c) => c.name)).toEqual(['Baltic Sea cables', 'kursk withdrawal'])
    expect((await casesOfArticle(db, tass)).map((c) => c.id)).toEqual([kursk.id])
    expect((await casesOfArticle(db, kyiv)).map((c) => c.name)).toEqual([
      'Baltic Sea cables',
      'kursk withdrawal'
    ])
    expect(await lastAction()).toMatchObject([
      { entity: 'case', before: null, after: { name: 'Baltic Sea cables' } }
    ])

    expect(await undo(db)).toBe('Create case')
    expect(await undo(db)).toBe('Create case')
    expect(await db.cases.count()).toBe(0)
    expect(await redo(db)).toBe('Create case')
    expect(await db.cases.get(kursk.id)).toEqual(kursk)
    await expectTrailHolds()
  })

  it('refuses a case without a name or with an article not in the library, and writes nothing', async () => {
    const count = await db.history.count()
    await expect(createCase(db, '   ')).rejects.toThrow('Case name: give the case a name.')
    await expect(createCase(db, 'Kursk', ['no-such-article'])).rejects.toThrow(
      'Case: the article no-such-article is no longer in the library.'
    )
    expect(await db.cases.count()).toBe(0)
    expect(await db.history.count()).toBe(count)
    expect(db.undo.peekUndo()).toBeUndefined()
  })

  it('are renamed, given and relieved of articles, each an action undo takes back one by one', async () => {
    const kyiv = await article('Kyiv Post', 'North Korean troops have left Kursk, Ukraine says.')
    const tass = await article('TASS', 'Russia says the Kursk region is under its control.')
    const kursk = await createCase(db, 'Kursk', [kyiv])

    await renameCase(db, kursk.id, ' Kursk withdrawal ')
    await addArticleToCase(db, kursk.id, tass)
    await removeArticleFromCase(db, kursk.id, kyiv)
    expect(await db.cases.get(kursk.id)).toMatchObject({ name: 'Kursk withdrawal', articleIds: [tass] })
    expect(await lastAction()).toMatchObject([
      { entity: 'case', before: { articleIds: [kyiv, tass] }, after: { articleIds: [tass] } }
    ])

    expect(await undo(db)).toBe('Remove article from case')
    expect((await db.cases.get(kursk.id))?.articleIds).toEqual([kyiv, tass])
    expect(await undo(db)).toBe('Add article to case')
    expect((await db.cases.get(kursk.id))?.articleIds).toEqual([kyiv])
    expect(await undo(db)).toBe('Rename case')
    expect((await db.cases.get(kursk.id))?.name).toBe('Kursk')
    expect(await redo(db)).toBe('Rename case')
    expect((await db.cases.get(kursk.id))?.name).toBe('Kursk withdrawal')
    await expectTrailHolds()
  })

  it('a change that changes nothing writes nothing and leaves nothing to undo', async () => {
    const kyiv = await article('Kyiv Post', 'North Korean troops have left Kursk, Ukraine says.')
    const kursk = await createCase(db, 'Kursk', [kyiv])
    await saveCaseHeader(db, kursk.id, HEADER)
    const count = await db.history.count()
    await renameCase(db, kursk.id, 'Kursk ')
    await addArticleToCase(db, kursk.id, kyiv)
    await removeArticleFromCase(db, kursk.id, 'not-in-the-case')
    await saveCaseHeader(db, kursk.id, { ...HEADER })
    expect(await db.history.count()).toBe(count)
    expect(db.undo.peekUndo()?.label).toBe('Edit brief header')
  })

  it('refuses a rename to nothing, an article not in the library, a header a backup could not hold', async () => {
    const kursk = await createCase(db, 'Kursk')
    const stored = await db.cases.get(kursk.id)
    await expect(renameCase(db, kursk.id, '')).rejects.toThrow('Case name: give the case a name.')
    await expect(addArticleToCase(db, kursk.id, 'gone')).rejects.toThrow(
      'Case: the article gone is no longer in the library.'
    )
    await expect(saveCaseHeader(db, kursk.id, { ...HEADER, date: '2026-02-30' })).rejects.toThrow(
      'Date: “2026-02-30” is not a date (YYYY-MM-DD).'
    )
    await expect(saveCaseHeader(db, kursk.id, { ...HEADER, analyst: 'x'.repeat(1001) })).rejects.toThrow(
      'Analyst: keep it under 1000 characters.'
    )
    await expect(renameCase(db, 'no-such-case', 'Kursk')).rejects.toThrow(
      'The case is no longer in the library.'
    )
    expect(await db.cases.get(kursk.id)).toEqual(stored)
  })

  it('keep the brief header as typed, and undo puts the one before back', async () => {
    const kursk = await createCase(db, 'Kursk')
    await saveCaseHeader(db, kursk.id, HEADER)
    await saveCaseHeader(db, kursk.id, { ...HEADER, bluf: 'North Korean troops have left.', date: '' })
    expect((await db.cases.get(kursk.id))?.header).toEqual({
      ...HEADER,
      bluf: 'North Korean troops have left.',
      date: ''
    })
    expect(await undo(db)).toBe('Edit brief header')
    expect((await db.cases.get(kursk.id))?.header).toEqual(HEADER)
    await expectTrailHolds()
  })

  it('deleting a case deletes its key judgments, not its articles, and undo brings both back', async () => {
    const kyiv = await article('Kyiv Post', 'North Korean troops have left Kursk, Ukraine says.')
    const kursk = await createCase(db, 'Kursk', [kyiv])
    const other = await createCase(db, 'Other', [kyiv])
    const one = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    const two = await addJudgment(db, kursk.id, { text: 'Russia is unlikely to confirm it.' })
    const kept = await addJudgment(db, other.id, { text: 'Another case’s judgment stays.' })

    await deleteCase(db, kursk.id)
    expect(await db.cases.get(kursk.id)).toBeUndefined()
    expect((await db.judgments.toArray()).map((j) => j.id)).toEqual([kept.id])
    expect(await db.articles.get(kyiv)).toBeDefined()
    expect((await lastAction()).map((e) => [e.entity, e.after])).toEqual([
      ['judgment', null],
      ['judgment', null],
      ['case', null]
    ])

    expect(await undo(db)).toBe('Delete case')
    expect(await db.cases.get(kursk.id)).toEqual(kursk)
    expect((await db.judgments.where('caseId').equals(kursk.id).toArray()).map((j) => j.id).sort()).toEqual(
      [one.id, two.id].sort()
    )
    expect(await redo(db)).toBe('Delete case')
    expect(await db.judgments.where('caseId').equals(kursk.id).count()).toBe(0)
    await expectTrailHolds()
  })
})
