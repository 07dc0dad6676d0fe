import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sentenceId, type Source } from '../model'
import { type SentenceTableRow } from './columns'
import { DPRK_ID, MOD_ID, sampleLibrary, type Fixture } from './fixtures'
import { planMerge, type LibrarySnapshot } from './merge'
import { backupFromLibrary } from './serialize'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const backup = backupFromLibrary(sampleLibrary(sample), '2026-11-26T15:30:00.000Z')

/** The library as `planMerge` sees it. */
function snapshotOf(library: Fixture): LibrarySnapshot {
  return {
    articles: new Map(library.articles.map(({ text: _text, ...record }) => [record.id, record])),
    sentenceTables: new Map(library.sentenceTables.map((table) => [table.articleId, table])),
    sources: new Map(library.sources.map((source) => [source.id, source])),
    assessments: new Map(library.assessments.map((a) => [a.sentenceId, a])),
    links: new Map(library.links.map((link) => [link.id, link])),
    cases: new Map((library.cases ?? []).map((c) => [c.id, c])),
    judgments: new Map((library.judgments ?? []).map((j) => [j.id, j])),
    trail: {
      workspaceId: null,
      hashes: new Set(library.history.map((e) => e.hash)),
      heads: new Map([[null, library.history.at(-1)!.hash]])
    }
  }
}

const emptyLibrary: LibrarySnapshot = {
  articles: new Map(),
  sentenceTables: new Map(),
  sources: new Map(),
  assessments: new Map(),
  links: new Map(),
  cases: new Map(),
  judgments: new Map(),
  trail: { workspaceId: null, hashes: new Set(), heads: new Map() }
}

/** The sample library as it is on another machine, changed by `change`. */
function libraryWith(change: (library: Fixture) => void): LibrarySnapshot {
  const library = structuredClone(sampleLibrary(sample))
  change(library)
  return snapshotOf(library)
}

/** The library's DPRK article under its own id, as a first run imports the sample. */
function sampleUnderOwnId(library: Fixture, id: string): void {
  library.articles[0].id = id
  library.sentenceTables[0].articleId = id
  library.assessments = library.assessments.filter((a) => a.articleId !== DPRK_ID)
  library.links = []
}

describe('planMerge', () => {
  it('adds everything to an empty library and restores the audit trail', () => {
    const plan = planMerge(backup, emptyLibrary)
    expect(plan.summary).toEqual([
      '2 articles to add',
      '4 sources to add',
      '4 grades to add',
      '2 links to add',
      'Audit trail: 14 entries of the unsigned backup’s chain added, kept beside this library’s own'
    ])
    expect(plan.write.articles.map((a) => a.id)).toEqual([DPRK_ID, MOD_ID])
    expect(plan.write.articles[0]).not.toHaveProperty('text')
    expect(plan.write.texts.map((t) => t.articleId)).toEqual([DPRK_ID, MOD_ID])
    expect(plan.write.texts[0].text).toBe(backup.articles[0].text)
    const table = plan.write.sentenceTables[0]
    expect(table.seqs).toBeInstanceOf(Uint32Array)
    expect(table.kinds).toBeInstanceOf(Uint8Array)
    expect(Array.from(table.starts)).toEqual(backup.articles[0].sentences.starts)
    expect(table.kinds[4]).toBe(0) // heading
    expect(plan.write.sources).toEqual(backup.sources)
    expect(plan.write.assessments).toEqual(backup.assessments)
    expect(plan.write.links).toEqual(backup.links)
    expect(plan.write.history).toHaveLength(14)
    expect(plan.write.history[0].chain).toBe(`unsigned-${backup.history![0].hash.slice(0, 16)}`)
    expect(plan.write.history[0]).not.toHaveProperty('id')
    expect(plan.write.history[0].hash).toBe(backup.history![0].hash)
  })

  it('adds nothing to the library the backup was taken from', () => {
    const plan = planMerge(
      backup,
      libraryWith(() => {})
    )
    expect(plan.summary).toEqual([
      'Nothing new: the library already holds everything in this backup',
      '2 articles already in the library',
      '4 sources already in the library',
      '4 grades already in the library',
      '2 links already in the library',
      'Audit trail: the unsigned backup’s chain is already here (14 entries)'
    ])
    expect(plan.articles.identical).toEqual([DPRK_ID, MOD_ID])
    expect(plan.write).toEqual({
      articles: [],
      texts: [],
      sentenceTables: [],
      sources: [],
      assessments: [],
      links: [],
      cases: [],
      judgments: [],
      history: []
    })
  })

  it('adds only what is new', () => {
    const library = libraryWith((l) => {
      l.articles.pop()
      l.sentenceTables.pop()
      l.assessments = l.assessments.filter((a) => a.articleId === DPRK_ID)
      l.links.pop()
      l.sources = l.sources.filter((s) => s.id !== 'src-russian-mod')
    })
    const plan = planMerge(backup, library)
    expect(plan.summary).toEqual([
      '1 article to add, 1 already in the library',
      '1 source to add, 3 already in the library',
      '1 grade to add, 3 already in the library',
      '1 link to add, 1 already in the library',
      'Audit trail: the unsigned backup’s chain is already here (14 entries)'
    ])
    expect(plan.write.articles.map((a) => a.id)).toEqual([MOD_ID])
    expect(plan.write.sources.map((s) => s.id)).toEqual(['src-russian-mod'])
    expect(plan.write.assessments.map((a) => a.sentenceId)).toEqual([sentenceId(MOD_ID, 1)])
    expect(plan.write.links.map((l) => l.id)).toEqual([backup.links[1].id])
  })

  describe('conflicts: the same id with other content', () => {
    const library = libraryWith((l) => {
      l.sources.find((s) => s.id === 'src-podolyak')!.reliability = 'B'
      l.assessments[0].note = 'Seen by SSO only.'
      l.assessments[0].credibility = 2
      l.articles[1].title = 'Russia says Kursk region liberated'
    })

    it('keeps the library’s version by default, and reports it', () => {
      const plan = planMerge(backup, library)
      expect(plan.summary).toEqual([
        'Nothing to add',
        '1 article already in the library',
        'Article “Russian Defence Ministry: Kursk region fully liberated” differs from the library’s copy (details): keeping the library’s version',
        '3 sources already in the library',
        'Source “Mykhailo Podolyak” differs from the library’s: keeping the library’s version',
        '3 grades already in the library',
        '1 grade differs from the library’s: keeping the library’s version',
        '2 links already in the library',
        'Audit trail: the unsigned backup’s chain is already here (14 entries)'
      ])
      expect(plan.sources.conflicts).toEqual([
        {
          id: 'src-podolyak',
          library: expect.objectContaining({ reliability: 'B' }),
          backup: expect.objectContaining({ reliability: 'C' }),
          kept: 'library'
        }
      ])
      expect(plan.assessments.conflicts[0]).toMatchObject({
        id: sentenceId(DPRK_ID, 1),
        library: { credibility: 2 },
        backup: { credibility: 3 },
        kept: 'library'
      })
      expect(plan.articles.conflicts).toEqual([
        {
          id: MOD_ID,
          title: 'Russian Defence Ministry: Kursk region fully liberated',
          differs: ['details'],
          kept: 'library'
        }
      ])
      expect(plan.write.sources).toEqual([])
      expect(plan.write.assessments).toEqual([])
      expect(plan.write.articles).toEqual([])
    })

    it('takes the backup’s version when asked to', () => {
      const plan = planMerge(backup, library, { prefer: 'backup' })
      expect(plan.summary).toContain(
        'Source “Mykhailo Podolyak” differs from the library’s: taking the backup’s version'
      )
      expect(plan.summary).toContain('1 grade differs from the library’s: taking the backup’s version')
      expect(plan.write.sources).toEqual([backup.sources.find((s) => s.id === 'src-podolyak')])
      expect(plan.write.assessments).toEqual([backup.assessments[0]])
      expect(plan.write.articles).toEqual([
        expect.objectContaining({ id: MOD_ID, title: backup.articles[1].title })
      ])
      expect(plan.write.texts).toEqual([])
    })
  })

  it('keeps the library’s sentences when the backup’s would leave its grades on nothing', () => {
    // In the library the analyst split the MOD article's last sentence and graded the new half.
    const library = libraryWith((l) => {
      const table = l.sentenceTables[1]
      const text = l.articles[1].text
      const split = text.indexOf(' North Korean', table.starts[3])
      const next: SentenceTableRow = {
        ...table,
        nextSeq: 5,
        seqs: Uint32Array.of(...table.seqs, 4),
        starts: Uint32Array.of(...table.starts.subarray(0, 3), table.starts[3], split + 1),
        ends: Uint32Array.of(...table.ends.subarray(0, 3), split, table.ends[3]),
        kinds: Uint8Array.of(...table.kinds, 1)
      }
      l.sentenceTables[1] = next
      l.assessments.push({ ...l.assessments[3], sentenceId: sentenceId(MOD_ID, 4), note: 'Silence on DPRK.' })
    })
    const plan = planMerge(backup, library, { prefer: 'backup' })
    expect(plan.articles.conflicts).toEqual([
      {
        id: MOD_ID,
        title: 'Russian Defence Ministry: Kursk region fully liberated',
        differs: ['sentences'],
        kept: 'library',
        reason: '1 grade or link in the library is on sentences the backup’s copy does not have'
      }
    ])
    expect(plan.summary).toContain(
      'Article “Russian Defence Ministry: Kursk region fully liberated” differs from the library’s copy (sentences): keeping the library’s version (1 grade or link in the library is on sentences the backup’s copy does not have)'
    )
    expect(plan.write.sentenceTables).toEqual([])
  })

  it('takes the backup’s sentences when asked to, never handing out a sequence number twice', () => {
    // The library split a sentence and merged it back: the same ranges, but seq 4 is spent.
    const library = libraryWith((l) => (l.sentenceTables[1].nextSeq = 5))
    const plan = planMerge(backup, library, { prefer: 'backup' })
    expect(plan.articles.conflicts).toEqual([
      expect.objectContaining({ id: MOD_ID, differs: ['sentences'], kept: 'backup' })
    ])
    expect(plan.write.sentenceTables).toHaveLength(1)
    expect(plan.write.sentenceTables[0]).toMatchObject({ articleId: MOD_ID, nextSeq: 5 })
    expect(Array.from(plan.write.sentenceTables[0].seqs)).toEqual([0, 1, 2, 3])
  })

  it('never replaces an article whose text differs under the same id, and skips what hangs on it', () => {
    const library = libraryWith((l) => {
      l.articles[1].origin.sha256 = 'f'.repeat(64)
    })
    const plan = planMerge(backup, library, { prefer: 'backup' })
    expect(plan.articles.conflicts).toEqual([
      {
        id: MOD_ID,
        title: 'Russian Defence Ministry: Kursk region fully liberated',
        differs: ['text'],
        kept: 'library',
        reason: 'the library’s article with this id has a different text'
      }
    ])
    expect(plan.skipped.assessments.map((a) => a.sentenceId)).toEqual([sentenceId(MOD_ID, 1)])
    expect(plan.summary).toContain('Skipped, as their sentences are not in the library: 1 grade')
    expect(plan.write.articles).toEqual([])
  })

  describe('an article already in the library under another id', () => {
    const FIRST_RUN_ID = '2a7c5e19-8d40-4f6b-b1a3-9e0d6c2f8b57'

    it('is not added again, and its grades and links go to the library’s copy when the sentences match', () => {
      const library = libraryWith((l) => sampleUnderOwnId(l, FIRST_RUN_ID))
      const plan = planMerge(backup, library)
      expect(plan.articles.duplicates).toEqual([
        {
          backupId: DPRK_ID,
          libraryId: FIRST_RUN_ID,
          title: 'North Korean troops withdraw from Kursk',
          libraryTitle: 'North Korean troops withdraw from Kursk',
          matched: true,
          assessments: 3,
          links: 2
        }
      ])
      expect(plan.summary.slice(0, 2)).toEqual([
        '2 articles already in the library',
        '“North Korean troops withdraw from Kursk” is already in the library under another id (same text): not added again; its 3 grades and 2 links go to the library’s copy'
      ])
      expect(plan.write.articles).toEqual([])
      expect(plan.write.assessments.map((a) => [a.sentenceId, a.articleId])).toEqual([
        [sentenceId(FIRST_RUN_ID, 1), FIRST_RUN_ID],
        [sentenceId(FIRST_RUN_ID, 2), FIRST_RUN_ID],
        [sentenceId(FIRST_RUN_ID, 3), FIRST_RUN_ID]
      ])
      expect(plan.write.links[0]).toMatchObject({
        fromSentenceId: sentenceId(FIRST_RUN_ID, 3),
        articleId: FIRST_RUN_ID,
        target: { kind: 'sentence', sentenceId: sentenceId(FIRST_RUN_ID, 1) }
      })
    })

    it('is not added again, and its grades and links are skipped when the library split it differently', () => {
      const library = libraryWith((l) => {
        sampleUnderOwnId(l, FIRST_RUN_ID)
        const table = l.sentenceTables[0]
        table.ends[0] = table.ends[1]
        l.sentenceTables[0] = {
          ...table,
          seqs: Uint32Array.of(table.seqs[0], ...table.seqs.subarray(2)),
          starts: Uint32Array.of(table.starts[0], ...table.starts.subarray(2)),
          ends: Uint32Array.of(table.ends[0], ...table.ends.subarray(2)),
          kinds: Uint8Array.of(table.kinds[0], ...table.kinds.subarray(2))
        }
      })
      const plan = planMerge(backup, library)
      expect(plan.articles.duplicates[0]).toMatchObject({ matched: false, assessments: 3, links: 2 })
      expect(plan.summary).toContain(
        '“North Korean troops withdraw from Kursk” is already in the library under another id (same text): not added again; its 3 grades and 2 links are skipped, as the library’s copy is split into sentences differently'
      )
      expect(plan.summary).toContain(
        'Skipped, as their sentences are not in the library: 3 grades and 2 links'
      )
      expect(plan.skipped.assessments).toHaveLength(3)
      expect(plan.write.assessments).toEqual([])
      expect(plan.write.links).toEqual([])
    })
  })

  it('reports a new source named like one in the library, and adds it separately', () => {
    const namesake: Source = {
      id: 'src-mod-ru',
      name: 'russian ministry of defence',
      aliases: ['Минобороны России'],
      kind: 'government',
      reliability: 'E'
    }
    const library = libraryWith((l) => {
      l.sources = l.sources.filter((s) => s.id !== 'src-russian-mod').concat(namesake)
    })
    const plan = planMerge(backup, library)
    expect(plan.sources.possibleDuplicates).toEqual([
      { backup: backup.sources.find((s) => s.id === 'src-russian-mod'), library: namesake }
    ])
    expect(plan.summary).toContain(
      'Possible duplicate source: “Russian Ministry of Defence” from the backup has the same name as “russian ministry of defence” in the library; added as a separate source'
    )
    expect(plan.write.sources.map((s) => s.id)).toEqual(['src-russian-mod'])
  })
})
