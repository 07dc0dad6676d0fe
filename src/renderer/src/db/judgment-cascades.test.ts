// What happens to cases and key judgments when what they rest on changes: an article deleted, two
// sentences merged, one split. Against real IndexedDB, each in one action that undo takes back.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { verifyTrail } from '@shared/history/trail'
import type { Sentence } from '@shared/model'
import { deleteArticle, getArticle, importArticle } from './articles'
import { verifyLibrary } from './backup'
import { createCase } from './cases'
import { mergeWithNext, splitSentence } from './corrections'
import { SourcemarkDatabase } from './database'
import { addEvidence, addJudgment } from './judgments'
import { expandSentences } from './sentences'
import { redo, undo } from './undo'

let db: SourcemarkDatabase
beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})
afterEach(() => db.delete())

const AID =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. The aid includes long-range weapons.'
const DENIAL = 'Moscow said no new weapons had reached Ukraine. The ministry gave no figures.'

async function article(
  title: string,
  text: string
): Promise<{ id: string; text: string; sentences: Sentence[] }> {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const stored = (await getArticle(db, outcome.articleId))!
  return {
    id: stored.id,
    text: stored.text,
    sentences: expandSentences((await db.sentences.get(stored.id))!)
  }
}

const words = (a: { text: string }, s: Sentence) => a.text.slice(s.start, s.end)
const sentence = (s: Sentence) => ({ kind: 'sentence' as const, sentenceId: s.id })
const citation = {
  kind: 'external' as const,
  citation: 'Swedish government press release, 29 January',
  url: 'https://www.government.se/press-releases/'
}

async function everything() {
  return {
    articles: await db.articles.orderBy('id').toArray(),
    cases: await db.cases.orderBy('id').toArray(),
    judgments: await db.judgments.orderBy('id').toArray(),
    assessments: await db.assessments.toArray(),
    links: await db.links.toArray()
  }
}

describe('deleting an article', () => {
  it('takes it out of every case and its sentences out of every judgment’s evidence, in one action undo takes back', async () => {
    const aid = await article('Aid', AID)
    const denial = await article('Denial', DENIAL)
    const kursk = await createCase(db, 'Weapons for Ukraine', [aid.id, denial.id])
    const other = await createCase(db, 'Swedish aid', [aid.id])
    const judgment = await addJudgment(db, kursk.id, {
      startedFrom: { sentenceId: aid.sentences[2].id, text: words(aid, aid.sentences[2]) }
    })
    await addEvidence(db, judgment.id, {
      relation: 'contradicts',
      target: sentence(denial.sentences[0]),
      note: ''
    })
    await addEvidence(db, judgment.id, { relation: 'supports', target: citation, note: '' })
    const before = await everything()

    await deleteArticle(db, aid.id)

    expect((await db.cases.get(kursk.id))?.articleIds).toEqual([denial.id])
    expect((await db.cases.get(other.id))?.articleIds).toEqual([])
    const after = (await db.judgments.get(judgment.id))!
    expect(after.evidence.map((e) => e.target)).toEqual([sentence(denial.sentences[0]), citation])
    expect(after).not.toHaveProperty('startedFrom')
    // The judgment keeps the words it was started from: they are the analyst's draft now.
    expect(after.text).toBe(words(aid, aid.sentences[2]))
    // One action: the cases and the judgment are in it with the article's own rows.
    const last = (await db.history.orderBy('id').last())!
    const action = await db.history.where('action').equals(last.action!).toArray()
    expect(
      action
        .filter((e) => e.entity === 'case')
        .map((e) => e.entityId)
        .sort()
    ).toEqual([kursk.id, other.id].sort())
    expect(action.filter((e) => e.entity === 'judgment').map((e) => e.entityId)).toEqual([judgment.id])

    expect(await undo(db)).toBe('Delete article')
    expect(await everything()).toEqual(before)
    expect(await redo(db)).toBe('Delete article')
    expect((await db.judgments.get(judgment.id))?.evidence).toHaveLength(2)
    expect(verifyTrail(await db.history.orderBy('id').toArray()).ok).toBe(true)
    expect((await verifyLibrary(db)).records).toBeNull()
  })

  it('leaves cases and judgments that do not rest on it alone', async () => {
    const aid = await article('Aid', AID)
    const denial = await article('Denial', DENIAL)
    const kursk = await createCase(db, 'Denials', [denial.id])
    const judgment = await addJudgment(db, kursk.id, { text: 'Moscow is unlikely to confirm deliveries.' })
    await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: sentence(denial.sentences[0]),
      note: ''
    })
    const before = { cases: await db.cases.toArray(), judgments: await db.judgments.toArray() }
    const count = await db.history.count()
    await deleteArticle(db, aid.id)
    expect({ cases: await db.cases.toArray(), judgments: await db.judgments.toArray() }).toEqual(before)
    const written = (await db.history.orderBy('id').toArray()).slice(count)
    expect(written.some((e) => e.entity === 'case' || e.entity === 'judgment')).toBe(false)
  })
})

describe('correcting sentences under a judgment', () => {
  it('merging moves evidence on the second sentence to the merged one, once per judgment', async () => {
    const aid = await article('Aid', AID)
    const [pledge, welcome] = aid.sentences
    const kursk = await createCase(db, 'Swedish aid', [aid.id])
    const one = await addJudgment(db, kursk.id, { text: 'Kyiv is very likely to receive the package.' })
    await addEvidence(db, one.id, { relation: 'supports', target: sentence(welcome), note: 'Kyiv reaction.' })
    const two = await addJudgment(db, kursk.id, {
      startedFrom: { sentenceId: welcome.id, text: words(aid, welcome) }
    })
    await addEvidence(db, two.id, {
      relation: 'supports',
      target: sentence(pledge),
      note: 'Official figure.'
    })
    const before = await everything()

    await mergeWithNext(db, aid.id, pledge.id)

    expect((await db.judgments.get(one.id))?.evidence).toEqual([
      { relation: 'supports', target: sentence(pledge), note: 'Kyiv reaction.' }
    ])
    // Started from the second sentence, which also supported it: one piece of evidence remains.
    const merged = (await db.judgments.get(two.id))!
    expect(merged.startedFrom).toBe(pledge.id)
    expect(merged.evidence).toEqual([
      { relation: 'supports', target: sentence(pledge), note: 'Official figure.' }
    ])

    expect(await undo(db)).toBe('Merge sentences')
    expect(await everything()).toEqual(before)
    expect(await redo(db)).toBe('Merge sentences')
    expect((await db.judgments.get(one.id))?.evidence[0].target).toEqual(sentence(pledge))
    expect((await verifyLibrary(db)).records).toBeNull()
  })

  it('splitting leaves evidence on the first part, which keeps the sentence’s id', async () => {
    const aid = await article('Aid', AID)
    const [pledge] = aid.sentences
    const kursk = await createCase(db, 'Swedish aid', [aid.id])
    const judgment = await addJudgment(db, kursk.id, {
      startedFrom: { sentenceId: pledge.id, text: words(aid, pledge) }
    })
    const { firstId } = await splitSentence(db, aid.id, pledge.id, aid.text.indexOf('in military aid'))
    expect(firstId).toBe(pledge.id)
    expect((await db.judgments.get(judgment.id))?.evidence.map((e) => e.target)).toEqual([sentence(pledge)])
    const [first] = expandSentences((await db.sentences.get(aid.id))!)
    expect(words(aid, first)).toBe('Sweden pledged $1.23 billion')
  })
})
