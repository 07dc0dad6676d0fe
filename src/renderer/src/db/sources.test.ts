// The source registry against real IndexedDB in Chromium: grading, deleting and merging sources.
import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Source } from '@shared/model'
import { verifyChain } from '@shared/history/chain'
import { importArticle } from './articles'
import { updateAssessment } from './assessments'
import { attributeSentence } from './attributions'
import { SourcemarkDatabase, VERSION_1_STORES } from './database'
import { createCase } from './cases'
import { addEvidence, addJudgment } from './judgments'
import { addLink } from './links'
import { expandSentences } from './sentences'
import {
  citationCounts,
  createSource,
  deleteSource,
  deleteSourceReassigning,
  describeUsage,
  mergeSources,
  sourceTrackRecord,
  sourceUsage
} from './sources'
import { undo } from './undo'

let db: SourcemarkDatabase

beforeEach(async () => {
  db = new SourcemarkDatabase(`test-${crypto.randomUUID()}`)
  await db.open()
})

afterEach(async () => {
  await db.delete()
})

const KYIV = [
  'Kyiv says Russian strikes hit power grid',
  'Russian missiles struck energy facilities in three regions overnight, Ukraine’s energy ministry said on Tuesday.',
  '“Repairs are under way,” the ministry said. Power was restored to most homes by noon, Ukrenergo said.'
].join('\n')

const KURSK = [
  'North Korean troops withdraw from Kursk',
  'North Korean troops have been pulled back from the front line in Kursk, Zelensky said.',
  '“They suffered heavy losses,” Volodymyr Zelenskyy told reporters in Kyiv.'
].join('\n')

async function importText(title: string, text: string) {
  const outcome = await importArticle(db, { title, text, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const table = await db.sentences.get(outcome.articleId)
  return {
    id: outcome.articleId,
    text: (await db.texts.get(outcome.articleId))!.text,
    sentences: expandSentences(table!)
  }
}

/** All attributions of the library, as `sentence index: source name (role)`, per article. */
async function attributionsOf(articleId: string): Promise<string[]> {
  const names = new Map((await db.sources.toArray()).map((s) => [s.id, s.name]))
  const rows = await db.assessments.where('articleId').equals(articleId).sortBy('sentenceId')
  return rows.map(
    (a) =>
      `${a.sentenceId.split(':')[1]}: ${a.attributions.map((x) => `${names.get(x.sourceId) ?? x.sourceId} (${x.role})`).join(', ')}`
  )
}

describe('new sources', () => {
  it('are filed under the kind their name says, else other; a kind given is kept', async () => {
    expect((await createSource(db, { name: 'CNN' })).kind).toBe('media')
    expect((await createSource(db, { name: 'Ministry of Defence' })).kind).toBe('government')
    expect((await createSource(db, { name: 'Armed Forces of Ukraine' })).kind).toBe('military')
    expect((await createSource(db, { name: 'Ukrenergo' })).kind).toBe('other')
    expect((await createSource(db, { name: 'BBC Monitoring', kind: 'intelligence' })).kind).toBe(
      'intelligence'
    )
  })

  it('have no reliability until the analyst grades them, not F', async () => {
    const source = await createSource(db, { name: 'Ukrenergo' })
    expect(source.reliability).toBeNull()
    expect((await db.sources.get(source.id))?.reliability).toBeNull()
  })
})

describe('a library written before version 4', () => {
  it('opens with its sources and their letters unchanged', async () => {
    const name = `old-${crypto.randomUUID()}`
    // The library as version 1 wrote it: every source had a letter, F for new ones.
    const old = new Dexie(name)
    old.version(1).stores(VERSION_1_STORES)
    const written: Source[] = [
      {
        id: 'src-zelenskyy',
        name: 'Volodymyr Zelenskyy',
        aliases: ['Zelensky'],
        kind: 'government',
        reliability: 'B'
      },
      {
        id: 'src-telegram',
        name: 'Rybar',
        aliases: [],
        kind: 'social-media',
        reliability: 'F',
        reliabilityNote: 'Pro-war blog'
      }
    ]
    await old.table('sources').bulkAdd(written)
    old.close()

    const reopened = new SourcemarkDatabase(name)
    try {
      await reopened.open()
      expect(reopened.verno).toBeGreaterThanOrEqual(4)
      expect(await reopened.sources.orderBy('name').toArray()).toEqual([written[1], written[0]])
    } finally {
      await reopened.delete()
    }
  })
})

describe('deleting a source', () => {
  it('deletes a source nothing cites, and undo brings it back', async () => {
    const source = await createSource(db, { name: 'Kremlin press service', kind: 'government' })
    await deleteSource(db, source.id)
    expect(await db.sources.get(source.id)).toBeUndefined()
    expect(await db.history.where({ entity: 'source', entityId: source.id }).count()).toBe(2)
    await undo(db)
    expect(await db.sources.get(source.id)).toEqual(source)
  })

  it('refuses a source that is cited, naming the articles and links, and changes nothing', async () => {
    const kyiv = await importText('Strikes on the grid', KYIV)
    const kursk = await importText('Troops leave Kursk', KURSK)
    const ministry = await createSource(db, { name: 'Energy ministry' })
    await attributeSentence(db, kyiv.sentences[1], kyiv.text, { id: ministry.id }, 'paraphrase')
    await attributeSentence(db, kyiv.sentences[2], kyiv.text, { id: ministry.id }, 'direct-quote')
    await addLink(db, kursk.sentences[1], 'context', {
      kind: 'external',
      citation: 'Ministry of Energy statement, 12 March',
      sourceId: ministry.id
    })
    const historyBefore = await db.history.count()

    await expect(deleteSource(db, ministry.id)).rejects.toThrow(
      '“Energy ministry” cannot be deleted: it is cited by 2 sentences in “Strikes on the grid”, 1 evidence link. Merge it into another source instead.'
    )
    expect(await db.sources.get(ministry.id)).toEqual(ministry)
    expect(await db.history.count()).toBe(historyBefore)
    expect(describeUsage(await sourceUsage(db, ministry.id))).toBe(
      '2 sentences in 1 article and 1 evidence link'
    )
    const unused = await createSource(db, { name: 'Ukrenergo' })
    const counts = await citationCounts(db)
    expect(counts.get(ministry.id)).toBe(3)
    expect(counts.has(unused.id)).toBe(false)
  })
})

describe('merging sources', () => {
  it('moves every attribution and link, keeps names as aliases, records each row, and undo restores all', async () => {
    const kyiv = await importText('Strikes on the grid', KYIV)
    const kursk = await importText('Troops leave Kursk', KURSK)
    const zelensky = await createSource(db, { name: 'Zelensky', aliases: ['President Zelensky'] })
    const zelenskyy = await createSource(db, {
      name: 'Volodymyr Zelenskyy',
      kind: 'government',
      reliability: 'B'
    })
    const ukrenergo = await createSource(db, { name: 'Ukrenergo' })
    // Kursk 1 names the twin; Kursk 2 quotes the registry's Zelenskyy, with the twin as second source.
    await attributeSentence(db, kursk.sentences[1], kursk.text, { id: zelensky.id }, 'paraphrase')
    await updateAssessment(db, kursk.sentences[2], kursk.text, {
      attributions: [
        { sourceId: zelenskyy.id, role: 'direct-quote' },
        { sourceId: zelensky.id, role: 'reported' }
      ]
    })
    await attributeSentence(db, kyiv.sentences[2], kyiv.text, { id: zelensky.id }, 'reported')
    await attributeSentence(db, kyiv.sentences[3], kyiv.text, { id: ukrenergo.id }, 'paraphrase')
    const link = await addLink(db, kyiv.sentences[1], 'supports', {
      kind: 'external',
      citation: 'Presidential address, 11 March',
      sourceId: zelensky.id
    })
    const before = {
      kyiv: await attributionsOf(kyiv.id),
      kursk: await attributionsOf(kursk.id),
      sources: await db.sources.orderBy('name').toArray(),
      link: await db.links.get(link.id)
    }
    const historyBefore = await db.history.count()

    expect(describeUsage(await sourceUsage(db, zelensky.id))).toBe(
      '3 sentences in 2 articles and 1 evidence link'
    )
    expect(await mergeSources(db, zelensky.id, zelenskyy.id)).toEqual({ sentences: 3, articles: 2, links: 1 })

    expect(await attributionsOf(kursk.id)).toEqual([
      '1: Volodymyr Zelenskyy (paraphrase)',
      '2: Volodymyr Zelenskyy (direct-quote)'
    ])
    expect(await attributionsOf(kyiv.id)).toEqual([
      '2: Volodymyr Zelenskyy (reported)',
      '3: Ukrenergo (paraphrase)'
    ])
    expect((await db.links.get(link.id))?.target).toMatchObject({ kind: 'external', sourceId: zelenskyy.id })
    expect(await db.sources.get(zelensky.id)).toBeUndefined()
    expect(await db.sources.get(zelenskyy.id)).toMatchObject({
      name: 'Volodymyr Zelenskyy',
      aliases: ['Zelensky', 'President Zelensky'],
      reliability: 'B'
    })
    // One action: 3 assessments, 1 link, the target and the removed source, each with its entry.
    const entries = await db.history.where('id').above(historyBefore).toArray()
    expect(new Set(entries.map((e) => e.action)).size).toBe(1)
    expect(entries.map((e) => e.entity).sort()).toEqual([
      'assessment',
      'assessment',
      'assessment',
      'link',
      'source',
      'source'
    ])
    expect(await verifyChain(await db.history.orderBy('id').toArray())).toMatchObject({ ok: true })

    expect(await undo(db)).toBe('Merge sources')
    expect(await attributionsOf(kyiv.id)).toEqual(before.kyiv)
    expect(await attributionsOf(kursk.id)).toEqual(before.kursk)
    expect(await db.sources.orderBy('name').toArray()).toEqual(before.sources)
    expect(await db.links.get(link.id)).toEqual(before.link)
  })

  it('key judgments citing a source keep it from deletion, and cite the other source after a merge', async () => {
    const isw = await createSource(db, { name: 'ISW' })
    const institute = await createSource(db, { name: 'Institute for the Study of War', reliability: 'B' })
    const kursk = await createCase(db, 'Kursk')
    const judgment = await addJudgment(db, kursk.id, { text: 'North Korean units have likely left Kursk.' })
    const citation = { kind: 'external' as const, citation: 'ISW assessment, 26 January' }
    await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: { ...citation, sourceId: isw.id },
      note: ''
    })
    // The same citation already credited to the institute: after the merge the two are one.
    await addEvidence(db, judgment.id, {
      relation: 'supports',
      target: { ...citation, sourceId: institute.id },
      note: ''
    })
    const historyBefore = await db.history.count()

    await expect(deleteSource(db, isw.id)).rejects.toThrow(
      '“ISW” cannot be deleted: it is cited by 1 key judgment. Merge it into another source instead.'
    )
    expect(await db.history.count()).toBe(historyBefore)
    expect(describeUsage(await sourceUsage(db, isw.id))).toBe('1 key judgment')
    expect((await citationCounts(db)).get(isw.id)).toBe(1)

    await mergeSources(db, isw.id, institute.id)
    expect((await db.judgments.get(judgment.id))?.evidence).toEqual([
      { relation: 'supports', target: { ...citation, sourceId: institute.id }, note: '' }
    ])
    expect(await undo(db)).toBe('Merge sources')
    expect((await db.judgments.get(judgment.id))?.evidence.map((e) => e.target)).toEqual([
      { ...citation, sourceId: isw.id },
      { ...citation, sourceId: institute.id }
    ])
  })

  it('refuses to merge a source into itself', async () => {
    const source = await createSource(db, { name: 'ISW' })
    await expect(mergeSources(db, source.id, source.id)).rejects.toThrow('cannot be merged into itself')
  })
})

describe('deleting a cited source with re-assignment', () => {
  it('moves its attributions and links to the other source, collapses duplicates, keeps no alias, and undo restores all', async () => {
    const kyiv = await importText('Strikes on the grid', KYIV)
    const typo = await createSource(db, { name: 'Ukrenrgo' })
    const ukrenergo = await createSource(db, { name: 'Ukrenergo', reliability: 'B' })
    const ministry = await createSource(db, { name: 'Energy ministry' })
    await attributeSentence(db, kyiv.sentences[1], kyiv.text, { id: typo.id }, 'paraphrase')
    // Sentence 3 cites the typo and the right name: after the delete it cites Ukrenergo once.
    await updateAssessment(db, kyiv.sentences[3], kyiv.text, {
      attributions: [
        { sourceId: ministry.id, role: 'reported' },
        { sourceId: typo.id, role: 'reported' },
        { sourceId: ukrenergo.id, role: 'paraphrase' }
      ]
    })
    const link = await addLink(db, kyiv.sentences[2], 'supports', {
      kind: 'external',
      citation: 'Ukrenergo statement, 12 March',
      sourceId: typo.id
    })
    const before = {
      kyiv: await attributionsOf(kyiv.id),
      sources: await db.sources.orderBy('name').toArray()
    }

    expect(await deleteSourceReassigning(db, typo.id, ukrenergo.id)).toEqual({
      sentences: 2,
      articles: 1,
      links: 1
    })
    expect(await attributionsOf(kyiv.id)).toEqual([
      '1: Ukrenergo (paraphrase)',
      '3: Energy ministry (reported), Ukrenergo (paraphrase)'
    ])
    expect((await db.links.get(link.id))?.target).toMatchObject({ sourceId: ukrenergo.id })
    expect(await db.sources.get(typo.id)).toBeUndefined()
    expect((await db.sources.get(ukrenergo.id))?.aliases).toEqual([])
    expect(await verifyChain(await db.history.orderBy('id').toArray())).toMatchObject({ ok: true })

    expect(await undo(db)).toBe('Delete source')
    expect(await attributionsOf(kyiv.id)).toEqual(before.kyiv)
    expect(await db.sources.orderBy('name').toArray()).toEqual(before.sources)
    expect((await db.links.get(link.id))?.target).toMatchObject({ sourceId: typo.id })
  })

  it('refuses a re-assignment to itself or to a source that is gone, and writes nothing', async () => {
    const source = await createSource(db, { name: 'ISW' })
    const historyBefore = await db.history.count()
    await expect(deleteSourceReassigning(db, source.id, source.id)).rejects.toThrow('reassigned to itself')
    await expect(deleteSourceReassigning(db, source.id, 'gone')).rejects.toThrow('no longer in the registry')
    expect(await db.sources.get(source.id)).toEqual(source)
    expect(await db.history.count()).toBe(historyBefore)
  })
})

describe('track record', () => {
  it('counts a source’s sentences by status across articles, with the first sentence of each article', async () => {
    const kyiv = await importText('Strikes on the grid', KYIV)
    const kursk = await importText('Troops leave Kursk', KURSK)
    const zelensky = await createSource(db, { name: 'Zelensky', reliability: 'B' })
    const ministry = await createSource(db, { name: 'Energy ministry', reliability: 'B' })
    await attributeSentence(db, kursk.sentences[2], kursk.text, { id: zelensky.id }, 'direct-quote')
    await attributeSentence(db, kursk.sentences[1], kursk.text, { id: zelensky.id }, 'paraphrase')
    await attributeSentence(db, kyiv.sentences[2], kyiv.text, { id: zelensky.id }, 'reported')
    await attributeSentence(db, kyiv.sentences[1], kyiv.text, { id: ministry.id }, 'paraphrase')
    await addLink(db, kursk.sentences[1], 'supports', { kind: 'sentence', sentenceId: kyiv.sentences[1].id })
    await addLink(db, kursk.sentences[2], 'contradicts', {
      kind: 'sentence',
      sentenceId: kyiv.sentences[1].id
    })

    const record = await sourceTrackRecord(db, zelensky.id)
    expect(record.sentences).toBe(3)
    expect(record.byStatus).toMatchObject({ corroborated: 1, contested: 1, uncorroborated: 1, circular: 0 })
    expect(record.articles).toEqual([
      { id: kyiv.id, title: 'Strikes on the grid', sentences: 1, firstSentenceId: kyiv.sentences[2].id },
      { id: kursk.id, title: 'Troops leave Kursk', sentences: 2, firstSentenceId: kursk.sentences[1].id }
    ])
  })
})
