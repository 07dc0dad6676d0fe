// Drafts a closed page left in localStorage are saved at the next start, against real IndexedDB.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from '../../db/database'
import { importArticle } from '../../db/articles'
import { updateAssessment } from '../../db/assessments'
import { expandSentences } from '../../db/sentences'
import { deleteArticle } from '../../db/articles'
import { getBriefHeader, saveBriefHeader } from '../../db/brief-headers'
import { createCase, deleteCase, saveCaseHeader } from '../../db/cases'
import { addJudgment } from '../../db/judgments'
import { recoverDrafts } from './recover-drafts'
import { draftKey, type DraftAddress, type PendingDraft } from './draft-journal'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  for (const key of Object.keys(localStorage))
    if (key.startsWith('sourcemark:draft:')) localStorage.removeItem(key)
  await db.delete()
})

const TEXT = 'Sumy orders evacuation of border villages. Families with children must leave 11 villages.'

async function setUp() {
  const outcome = await importArticle(db, { title: 'Sumy evacuation', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await db.texts.get(outcome.articleId))!
  return {
    articleId: outcome.articleId,
    text: article.text,
    sentences: expandSentences((await db.sentences.get(outcome.articleId))!)
  }
}

/** What a page that closed before its save landed leaves behind. */
function leave(draft: DraftAddress & { value: string }): void {
  const left: PendingDraft = { ...draft, tab: crypto.randomUUID() }
  localStorage.setItem(draftKey(draft), JSON.stringify(left))
}

describe('recoverDrafts', () => {
  it('saves a note and an override reason a closed page could not store, once', async () => {
    const { articleId, text, sentences } = await setUp()
    await updateAssessment(db, sentences[1], text, {
      corroborationOverride: { status: 'corroborated', reason: '' }
    })
    leave({ field: 'note', articleId, sentenceId: sentences[0].id, value: 'Seen on the regional channel.' })
    leave({
      field: 'override-reason',
      articleId,
      sentenceId: sentences[1].id,
      value: 'Call with the governor.'
    })

    expect(await recoverDrafts(db)).toBe(2)
    expect((await db.assessments.get(sentences[0].id))?.note).toBe('Seen on the regional channel.')
    expect((await db.assessments.get(sentences[1].id))?.corroborationOverride).toEqual({
      status: 'corroborated',
      reason: 'Call with the governor.'
    })
    expect(await recoverDrafts(db)).toBe(0)
    expect(Object.keys(localStorage).filter((k) => k.startsWith('sourcemark:draft:'))).toEqual([])
  })

  it('writes nothing for a draft already stored or for a sentence no longer there', async () => {
    const { articleId, text, sentences } = await setUp()
    await updateAssessment(db, sentences[0], text, { note: 'Already stored.' })
    leave({ field: 'note', articleId, sentenceId: sentences[0].id, value: 'Already stored.' })
    leave({ field: 'note', articleId: 'gone', sentenceId: 'gone:1', value: 'Nowhere to go.' })
    const trail = await db.history.count()

    expect(await recoverDrafts(db)).toBe(0)
    expect(await db.history.count()).toBe(trail)
    await deleteArticle(db, articleId)
    leave({ field: 'note', articleId, sentenceId: sentences[1].id, value: 'Deleted since.' })
    expect(await recoverDrafts(db)).toBe(0)
  })

  it('saves a brief header a closed page typed but could not store, and nothing when it is stored', async () => {
    const { articleId } = await setUp()
    await saveBriefHeader(db, articleId, {
      title: 'Brief: Sumy',
      analyst: 'R. Ortiz',
      handling: '',
      bluf: ''
    })
    const typed = { title: 'Brief: Sumy', analyst: 'R. Ortiz', handling: '', bluf: 'Evacuation widens.' }
    leave({ field: 'brief-header', articleId, value: JSON.stringify(typed) })

    expect(await recoverDrafts(db)).toBe(1)
    expect(await getBriefHeader(db, articleId, 'Sumy evacuation')).toEqual(typed)
    leave({ field: 'brief-header', articleId, value: JSON.stringify(typed) })
    expect(await recoverDrafts(db)).toBe(0)
    leave({ field: 'brief-header', articleId: 'gone', value: JSON.stringify(typed) })
    leave({ field: 'brief-header', articleId, value: '{"title": 7' })
    expect(await recoverDrafts(db)).toBe(0)
    expect(await getBriefHeader(db, articleId, 'Sumy evacuation')).toEqual(typed)
  })

  it('saves a case header field a closed page typed, and nothing for a deleted case or a date that is not one', async () => {
    const { articleId } = await setUp()
    const kase = await createCase(db, 'Sumy border', [articleId])
    await saveCaseHeader(db, kase.id, { ...kase.header, analyst: 'R. Ortiz' })
    leave({ field: 'case-header', caseId: kase.id, part: 'bluf', value: 'Evacuation widens.' })
    leave({ field: 'case-header', caseId: kase.id, part: 'audience', value: 'Desk editors' })
    leave({ field: 'case-header', caseId: kase.id, part: 'date', value: 'next Tuesday' })

    expect(await recoverDrafts(db)).toBe(2)
    expect((await db.cases.get(kase.id))?.header).toEqual({
      ...kase.header,
      analyst: 'R. Ortiz',
      bluf: 'Evacuation widens.',
      audience: 'Desk editors'
    })
    leave({ field: 'case-header', caseId: kase.id, part: 'bluf', value: 'Evacuation widens.' })
    expect(await recoverDrafts(db)).toBe(0)
    await deleteCase(db, kase.id)
    leave({ field: 'case-header', caseId: kase.id, part: 'bluf', value: 'Too late.' })
    expect(await recoverDrafts(db)).toBe(0)
  })

  it('saves a key judgment’s wording a closed page typed, which clears its rewording flag', async () => {
    const { articleId, sentences } = await setUp()
    const kase = await createCase(db, 'Sumy border', [articleId])
    const judgment = await addJudgment(db, kase.id, {
      startedFrom: { sentenceId: sentences[0].id, text: 'Sumy orders evacuation of border villages.' }
    })
    const wording = 'Sumy’s authorities are likely to widen the evacuation.'
    leave({ field: 'judgment', judgmentId: judgment.id, part: 'text', value: wording })
    leave({ field: 'judgment', judgmentId: judgment.id, part: 'assumptions', value: 'Shelling goes on.' })
    leave({ field: 'judgment', judgmentId: 'gone', part: 'text', value: 'Nowhere to go.' })

    expect(await recoverDrafts(db)).toBe(2)
    const stored = await db.judgments.get(judgment.id)
    expect(stored).toMatchObject({ text: wording, assumptions: 'Shelling goes on.', needsRewording: false })
    leave({ field: 'judgment', judgmentId: judgment.id, part: 'text', value: wording })
    expect(await recoverDrafts(db)).toBe(0)
  })
})
