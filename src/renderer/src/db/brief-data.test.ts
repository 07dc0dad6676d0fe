// What a brief of an article and of a case gathers, read from real IndexedDB: the case's
// articles in its order, its judgments and header, and every sentence their evidence quotes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildBrief } from '@shared/brief/model'
import { renderBriefModelMarkdown } from '@shared/brief/markdown'
import { SourcemarkDatabase } from './database'
import { deleteArticle, importArticle } from './articles'
import { addLink } from './links'
import { addArticleToCase, createCase, saveCaseHeader } from './cases'
import { addEvidence, addJudgment, moveJudgment, updateJudgment } from './judgments'
import { expandSentences } from './sentences'
import { loadBriefInput, loadCaseBriefInput } from './brief-data'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  db.close()
  await db.delete()
})

async function article(title: string, text: string) {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  return { id: outcome.articleId, sentences: expandSentences((await db.sentences.get(outcome.articleId))!) }
}

async function library() {
  const sumy = await article(
    'Sumy evacuation',
    'Sumy orders evacuation of border villages. Families with children must leave 11 villages.'
  )
  const kharkiv = await article(
    'Kharkiv shelling',
    'Shelling hit Kharkiv overnight. The governor said no one was hurt.'
  )
  const odesa = await article('Odesa port', 'A drone struck the Odesa port. Grain exports resumed by noon.')
  return { sumy, kharkiv, odesa }
}

describe('loadCaseBriefInput', () => {
  it('carries the case’s articles in its order, its judgments, its header and the sentences outside it that evidence quotes', async () => {
    const { sumy, kharkiv, odesa } = await library()
    const kase = await createCase(db, 'Border pressure', [kharkiv.id, sumy.id])
    await saveCaseHeader(db, kase.id, {
      title: '',
      analyst: 'R. Ortiz',
      handling: 'UNCLASSIFIED // FOR TRAINING',
      bluf: 'Russia is pressing the border.',
      audience: 'Desk editors',
      date: '2026-11-30'
    })
    const judgment = await addJudgment(db, kase.id, { text: 'Evacuations are likely to widen.' })
    await updateJudgment(db, judgment.id, { likelihood: 'likely', confidence: 'Moderate' })
    await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: sumy.sentences[1]!.id },
      note: ''
    })
    await addEvidence(db, judgment.id, {
      relation: 'contradicts',
      target: { kind: 'sentence', sentenceId: odesa.sentences[1]!.id },
      note: ''
    })
    await addLink(db, kharkiv.sentences[0]!, 'supports', {
      kind: 'sentence',
      sentenceId: odesa.sentences[0]!.id
    })

    const input = await loadCaseBriefInput(kase.id, undefined, db)
    expect(input.articles.map((a) => a.article.title)).toEqual(['Kharkiv shelling', 'Sumy evacuation'])
    expect(input).toMatchObject({
      title: 'Border pressure',
      caseName: 'Border pressure',
      analyst: 'R. Ortiz',
      handling: 'UNCLASSIFIED // FOR TRAINING',
      bluf: 'Russia is pressing the border.',
      audience: 'Desk editors',
      date: '2026-11-30'
    })
    expect(input.judgments?.map((j) => j.text)).toEqual(['Evacuations are likely to widen.'])
    // Odesa is not in the case: the link's and the judgment's ends there are quoted all the same.
    expect(input.externalSentences?.map((e) => e.text).sort()).toEqual([
      'A drone struck the Odesa port.',
      'Grain exports resumed by noon.'
    ])
    const model = buildBrief(input)
    expect(model.judgments[0]?.supports[0]?.other.text).toBe('Families with children must leave 11 villages.')
    expect(model.judgments[0]?.contradicts[0]?.other.text).toBe('Grain exports resumed by noon.')
  })

  it('briefs the header as typed when given, and leaves out an article deleted since', async () => {
    const { sumy, kharkiv } = await library()
    const kase = await createCase(db, 'Border pressure', [sumy.id])
    await addArticleToCase(db, kase.id, kharkiv.id)
    await deleteArticle(db, kharkiv.id)
    const input = await loadCaseBriefInput(
      kase.id,
      { ...kase.header, title: 'Border brief', bluf: 'Typed, not yet saved.' },
      db
    )
    expect(input.title).toBe('Border brief')
    expect(input.bluf).toBe('Typed, not yet saved.')
    expect(input.articles.map((a) => a.article.title)).toEqual(['Sumy evacuation'])
    expect(renderBriefModelMarkdown(buildBrief(input))).toContain('Border brief')
  })

  it('lists the judgments in the order the analyst gave them', async () => {
    const { sumy } = await library()
    const kase = await createCase(db, 'Border pressure', [sumy.id])
    await addJudgment(db, kase.id, { text: 'First written.' })
    const second = await addJudgment(db, kase.id, { text: 'Moved to the top.' })
    await moveJudgment(db, second.id, 0)
    const input = await loadCaseBriefInput(kase.id, undefined, db)
    expect(input.judgments?.map((j) => j.text)).toEqual(['Moved to the top.', 'First written.'])
    expect(buildBrief(input).judgments.map((j) => [j.number, j.judgment.text])).toEqual([
      [1, 'Moved to the top.'],
      [2, 'First written.']
    ])
  })

  it('says so when the case is gone', async () => {
    await expect(loadCaseBriefInput('no-such-case', undefined, db)).rejects.toThrow(
      'The case is no longer in the library.'
    )
  })
})

describe('loadBriefInput', () => {
  it('carries the judgments of any case that cite one of the article’s sentences, and no others', async () => {
    const { sumy, kharkiv } = await library()
    const first = await createCase(db, 'Border pressure', [sumy.id])
    const second = await createCase(db, 'All fronts', [kharkiv.id])
    const citing = await addJudgment(db, second.id, { text: 'Civilians near the border are at risk.' })
    await addEvidence(db, citing.id, {
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: sumy.sentences[0]!.id },
      note: ''
    })
    await addJudgment(db, first.id, { text: 'Cites nothing yet.' })
    const other = await addJudgment(db, second.id, { text: 'About Kharkiv only.' })
    await addEvidence(db, other.id, {
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: kharkiv.sentences[0]!.id },
      note: ''
    })

    const input = await loadBriefInput(sumy.id, { title: '' }, db)
    expect(input.title).toBe('Sumy evacuation')
    expect(input.judgments?.map((j) => j.text)).toEqual(['Civilians near the border are at risk.'])
    expect(buildBrief(input).judgments[0]?.supports[0]?.sentence?.text).toBe(
      'Sumy orders evacuation of border villages.'
    )
  })
})
