// A small real library for the backup tests: the sample article (DPRK troops leave Kursk), a
// short Russian statement that contradicts it, their sources, grades, links and audit trail.
// The caller passes the sample's text, so this file stays free of file-system code.
import { chainEntry } from '../history/chain'
import { newCase, newJudgment } from '../judgments'
import type { LegacyAssessment } from '../judgments/legacy'
import type { Article, Assessment, Case, HistoryEntry, Judgment, Link, Source } from '../model'
import { SENTENCE_KINDS, sentenceId } from '../model'
import { segmentSentences } from '../segment'
import { normaliseText, quoteSelector } from '../text'
import { sha256Hex } from '../text/sha256'
import type { SentenceTableRow } from './columns'
import { stateHash } from './record-state'
import type { LibraryContents } from './serialize'

export const DPRK_ID = '6f1d2c9e-3b7a-4e51-9a0c-2d8e5b4f7a13'
export const MOD_ID = 'c84b1e07-5d2f-4a96-b3e8-71f0a9d6c425'

const MOD_TEXT = normaliseText(`Russian Defence Ministry: Kursk region fully liberated
The Russian Ministry of Defence said on Saturday that its forces had completed the liberation of the Kursk region.
“The last settlement held by the Ukrainian armed forces has been freed,” the ministry said in a statement on Telegram.
The statement did not mention North Korean troops.`)

export const sources: Source[] = [
  {
    id: 'src-kindratenko',
    name: 'Col. Oleksandr Kindratenko',
    aliases: ['Kindratenko'],
    kind: 'military',
    affiliation: 'Special Operations Forces of Ukraine',
    reliability: 'B'
  },
  {
    id: 'src-podolyak',
    name: 'Mykhailo Podolyak',
    aliases: [],
    kind: 'government',
    affiliation: 'Office of the President of Ukraine',
    reliability: 'C',
    reliabilityNote: 'Adviser to the president; statements serve the government’s line.'
  },
  {
    id: 'src-russian-mod',
    name: 'Russian Ministry of Defence',
    aliases: ['Russian MoD'],
    kind: 'military',
    reliability: 'D'
  },
  {
    id: 'src-isw',
    name: 'Institute for the Study of War',
    aliases: ['ISW'],
    kind: 'organisation',
    reliability: 'B'
  }
]

export type Fixture = LibraryContents & { sentenceTables: SentenceTableRow[]; history: HistoryEntry[] }

export interface SampleOptions {
  /**
   * Podolyak's sentence marked as key judgment, as libraries before cases marked one (what a
   * version-1 or -2 backup may hold).
   */
  markedKeyJudgment?: boolean
}

function tableOf(articleId: string, text: string): SentenceTableRow {
  const segments = segmentSentences(text, { language: 'en' })
  const n = segments.length
  return {
    articleId,
    nextSeq: n,
    seqs: Uint32Array.from(segments, (_, i) => i),
    starts: Uint32Array.from(segments, (s) => s.start),
    ends: Uint32Array.from(segments, (s) => s.end),
    kinds: Uint8Array.from(segments, (s) => SENTENCE_KINDS.indexOf(s.kind))
  }
}

function articleOf(id: string, title: string, text: string, extra: Partial<Article>): Article {
  return {
    id,
    title,
    language: 'en',
    text,
    importedAt: '2026-11-20T09:14:05.120Z',
    origin: { kind: 'paste', sha256: sha256Hex(text) },
    ...extra
  }
}

/** The library: two articles, four sources, four grades, two links and the trail that made them. */
export function sampleLibrary(sampleText: string, options: SampleOptions = {}): Fixture {
  const dprkText = normaliseText(sampleText)
  const dprk = articleOf(DPRK_ID, 'North Korean troops withdraw from Kursk', dprkText, {
    outlet: 'Kyiv Post',
    origin: {
      kind: 'sample',
      fileName: 'dprk-kursk.txt',
      mediaType: 'text/plain',
      sha256: sha256Hex(dprkText)
    }
  })
  const mod = articleOf(MOD_ID, 'Russian Defence Ministry: Kursk region fully liberated', MOD_TEXT, {
    outlet: 'TASS',
    publishedAt: '2026-03-15',
    url: 'https://tass.com/politics/1930000'
  })
  const dprkTable = tableOf(DPRK_ID, dprkText)
  const modTable = tableOf(MOD_ID, MOD_TEXT)

  const grade = (
    article: Article,
    table: SentenceTableRow,
    index: number,
    sourceId: string,
    credibility: Assessment['credibility'],
    note = ''
  ): Assessment => ({
    sentenceId: sentenceId(article.id, table.seqs[index]),
    articleId: article.id,
    attributions: [{ sourceId, role: 'paraphrase' }],
    credibility,
    claimType: 'claim',
    note,
    tags: [],
    target: quoteSelector(article.text, table.starts[index], table.ends[index]),
    updatedAt: '2026-11-20T10:02:44.310Z'
  })
  const assessments: LegacyAssessment[] = [
    grade(
      dprk,
      dprkTable,
      1,
      'src-kindratenko',
      3,
      'Three weeks without sightings; no independent confirmation yet.'
    ),
    {
      ...grade(dprk, dprkTable, 2, 'src-kindratenko', 3),
      attributions: [{ sourceId: 'src-kindratenko', role: 'direct-quote' as const }]
    },
    {
      ...grade(dprk, dprkTable, 3, 'src-podolyak', 2),
      ...(options.markedKeyJudgment ? { keyJudgment: true } : {})
    },
    grade(mod, modTable, 1, 'src-russian-mod', 4)
  ]

  const links: Link[] = [
    {
      id: '0b9e4f7c-2a61-4d3e-8f15-c7a2d90e6b38',
      fromSentenceId: sentenceId(DPRK_ID, 3),
      articleId: DPRK_ID,
      relation: 'supports',
      target: { kind: 'sentence', sentenceId: sentenceId(DPRK_ID, 1) },
      note: 'Podolyak repeats the SSO account.',
      createdAt: '2026-11-20T10:05:12.004Z'
    },
    {
      id: '7d3a0e52-91c4-4b8f-a6e2-5f18c3b07d94',
      fromSentenceId: sentenceId(DPRK_ID, 7),
      articleId: DPRK_ID,
      relation: 'context',
      target: {
        kind: 'external',
        citation: 'ISW, Russian Offensive Campaign Assessment, January 26',
        url: 'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025',
        sourceId: 'src-isw',
        accessedOn: '2026-11-20'
      },
      note: '',
      createdAt: '2026-11-20T10:07:30.870Z'
    }
  ]

  const changes = [
    {
      entity: 'article' as const,
      entityId: DPRK_ID,
      before: null,
      after: { title: dprk.title, sha256: dprk.origin.sha256 }
    },
    { entity: 'sentences' as const, entityId: DPRK_ID, before: null, after: dprkTable },
    { entity: 'source' as const, entityId: 'src-kindratenko', before: null, after: sources[0] },
    {
      entity: 'assessment' as const,
      entityId: assessments[0].sentenceId,
      before: null,
      after: assessments[0]
    },
    { entity: 'link' as const, entityId: links[0].id, before: null, after: links[0] }
  ]
  // The first five entries were written before entries recorded the state they left (the import's
  // article entry holds only title and fingerprint); the rest carry it, as entries do now.
  const { text: _modText, ...modRecord } = mod
  const later = [
    { entity: 'article' as const, entityId: MOD_ID, before: null, after: modRecord },
    { entity: 'sentences' as const, entityId: MOD_ID, before: null, after: modTable },
    ...sources.slice(1).map((source) => ({
      entity: 'source' as const,
      entityId: source.id,
      before: null,
      after: source
    })),
    ...assessments.slice(1).map((a) => ({
      entity: 'assessment' as const,
      entityId: a.sentenceId,
      before: null,
      after: a
    })),
    { entity: 'link' as const, entityId: links[1].id, before: null, after: links[1] }
  ].map((change) => ({ ...change, stateHash: stateHash(change.entity, change.after) }))
  const history: HistoryEntry[] = []
  ;[...changes, ...later].forEach((change, i) => {
    const entry = chainEntry(
      { ...change, action: `action-${i}`, at: `2026-11-20T10:${String(i).padStart(2, '0')}:00.000Z` },
      history[history.length - 1]
    )
    history.push({ ...entry, id: i + 1 })
  })

  return {
    articles: [dprk, mod],
    sentenceTables: [dprkTable, modTable],
    sources,
    assessments,
    links,
    history
  }
}

/** The case both articles are briefed in, with two key judgments written in the analyst's words. */
export const CASE_ID = 'case-kursk-withdrawal'

/**
 * The sample library with a case holding both articles and two key judgments: one likely, of
 * moderate confidence, with evidence from both articles and an external citation; one started
 * from a sentence and not reworded yet. Their entries follow the library's trail.
 */
export function caseLibrary(sampleText: string): Fixture & { cases: Case[]; judgments: Judgment[] } {
  const library = sampleLibrary(sampleText)
  const at = '2026-11-21T11:00:00.000Z'
  const kursk: Case = newCase(CASE_ID, 'Kursk withdrawal', [DPRK_ID, MOD_ID], at, {
    title: 'DPRK troops and the Kursk front',
    analyst: 'J. Doe',
    handling: 'UNCLASSIFIED // FOR TRAINING',
    bluf: 'North Korean troops have likely left the Kursk front.',
    audience: 'Desk editors',
    date: '2026-11-21'
  })
  const withdrawn: Judgment = {
    ...newJudgment('judgment-withdrawn', CASE_ID, 0, at, {
      text: 'North Korean units have likely been withdrawn from the Kursk front.'
    }),
    likelihood: 'likely',
    confidence: 'Moderate',
    confidenceReason: 'Two Ukrainian officials agree; Russia is silent on the troops.',
    evidence: [
      { relation: 'supports', target: { kind: 'sentence', sentenceId: sentenceId(DPRK_ID, 1) }, note: '' },
      {
        relation: 'contradicts',
        target: { kind: 'sentence', sentenceId: sentenceId(MOD_ID, 3) },
        note: 'Silence, not denial.'
      },
      {
        relation: 'supports',
        target: {
          kind: 'external',
          citation: 'ISW, Russian Offensive Campaign Assessment, January 26',
          url: 'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025',
          sourceId: 'src-isw',
          accessedOn: '2026-11-20'
        },
        note: ''
      }
    ],
    alternatives: 'The units were rotated, not withdrawn.'
  }
  const [dprk] = library.articles
  const [table] = library.sentenceTables
  const started = newJudgment('judgment-started', CASE_ID, 1, at, {
    startedFrom: { sentenceId: sentenceId(DPRK_ID, 3), text: dprk.text.slice(table.starts[3], table.ends[3]) }
  })
  let history = recordedChange(library.history, 'case', kursk.id, kursk)
  history = recordedChange(history, 'judgment', withdrawn.id, withdrawn)
  history = recordedChange(history, 'judgment', started.id, started)
  return { ...library, cases: [kursk], judgments: [withdrawn, started], history }
}

type Records = Omit<LibraryContents, 'history'>

/** A trail recording `records` as they are, one entry per record: what a library's trail binds. */
export function trailOf(records: Records): HistoryEntry[] {
  const history: HistoryEntry[] = []
  const add = (entity: HistoryEntry['entity'], entityId: string, after: unknown) =>
    history.push(...recordedChange(history, entity, entityId, after).slice(history.length))
  for (const { text: _text, ...article } of records.articles) add('article', article.id, article)
  for (const table of records.sentenceTables) add('sentences', table.articleId, table)
  for (const source of records.sources) add('source', source.id, source)
  for (const a of records.assessments) add('assessment', a.sentenceId, a)
  for (const link of records.links) add('link', link.id, link)
  for (const c of records.cases ?? []) add('case', c.id, c)
  for (const j of records.judgments ?? []) add('judgment', j.id, j)
  return history
}

/** `history` and one more entry: `record` as a change through the app leaves it. */
export function recordedChange(
  history: readonly HistoryEntry[],
  entity: HistoryEntry['entity'],
  entityId: string,
  record: unknown
): HistoryEntry[] {
  const n = history.length
  const entry = chainEntry(
    {
      action: `action-${n}`,
      at: `2026-11-21T09:${String(n % 60).padStart(2, '0')}:00.000Z`,
      entity,
      entityId,
      before: null,
      after: record,
      stateHash: stateHash(entity, record)
    },
    history[n - 1]
  )
  return [...history, { ...entry, id: n + 1 }]
}

/** `contents` with the trail that binds its records as they are. */
export function withTrail<T extends Records>(contents: T): T & { history: HistoryEntry[] } {
  return { ...contents, history: trailOf(contents) }
}

/**
 * The sample library with its second article replaced by a 5 MB one (the sample's text repeated)
 * and a trail that binds it: how big backups are read in tests and in `npm run bench`.
 */
export function compendiumLibrary(sampleText: string): Fixture {
  const library = sampleLibrary(sampleText)
  const one = normaliseText(sampleText)
  const text = Array.from({ length: Math.ceil(5_000_000 / one.length) }, () => one).join('\n\n')
  const segments = segmentSentences(text)
  const big: Article = {
    ...library.articles[1],
    id: 'kursk-compendium',
    title: 'Kursk coverage, collected',
    text,
    origin: { kind: 'file', fileName: 'kursk-compendium.txt', sha256: sha256Hex(text) }
  }
  const table: SentenceTableRow = {
    articleId: big.id,
    nextSeq: segments.length,
    seqs: Uint32Array.from(segments, (_, i) => i),
    starts: Uint32Array.from(segments, (s) => s.start),
    ends: Uint32Array.from(segments, (s) => s.end),
    kinds: Uint8Array.from(segments, (s) => SENTENCE_KINDS.indexOf(s.kind))
  }
  return withTrail({ ...library, articles: [big], sentenceTables: [table], assessments: [], links: [] })
}
