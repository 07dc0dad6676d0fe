// A realistic export to hold the Web Annotations to the W3C model: the graded sample, a second
// article of the brief linked to it, a sentence of an article outside the brief at both ends of
// links, external citations with and without address, source and date, and context links.
import { kurskBrief, segmentSample, sources } from '../brief/kursk.fixture'
import type { BriefInput, ExternalSentence } from '../brief/model'
import type { Article, Assessment, Link, LinkTarget, Source } from '../model'
import type { WebAnnotationOptions } from './web-annotation'

/** A second report, pasted without an address: its sentences' `source` cannot be a URL. */
export const NIS_TEXT = [
  'Seoul’s spy agency says North Korean troops have left the front',
  '',
  'South Korea’s National Intelligence Service said on Wednesday that North Korean troops had not been seen in combat in Kursk since mid-January. The agency told lawmakers that about 300 North Korean soldiers had been killed and 2,700 wounded.',
  '',
  '“The losses forced a pull-back from the front line,” a lawmaker said after the briefing.'
].join('\n')

const nisSource: Source = {
  id: 'src-nis',
  name: 'National Intelligence Service (South Korea)',
  aliases: ['NIS'],
  kind: 'intelligence',
  reliability: 'B'
}

const at = '2026-11-27T10:15:00.000Z'

function link(id: string, from: string, relation: Link['relation'], target: LinkTarget, note = ''): Link {
  return {
    id,
    fromSentenceId: from,
    articleId: from.slice(0, from.indexOf(':')),
    relation,
    target,
    note,
    createdAt: at
  }
}

const sentenceTarget = (sentenceId: string): LinkTarget => ({ kind: 'sentence', sentenceId })

/** The brief of the sample article and the NIS report, with every kind of link Sourcemark exports. */
export function realisticBrief(sampleText: string): BriefInput {
  const brief = kurskBrief(sampleText)
  const [dprk] = brief.articles
  // Graded like the sample's own sentences, so no field of an assessment is named here.
  const like = (sentenceId: string, articleId: string, sourceId: string, extra: Partial<Assessment>) => ({
    ...dprk.assessments[3],
    sentenceId,
    articleId,
    attributions: [{ sourceId, role: 'paraphrase' as const }],
    ...extra
  })

  const nisArticle: Article = {
    id: 'nis',
    title: 'Seoul’s spy agency says North Korean troops have left the front',
    outlet: 'Pasted from a wire report',
    language: 'en',
    text: NIS_TEXT,
    importedAt: at,
    origin: { kind: 'paste', sha256: 'b'.repeat(64) }
  }
  const nisAssessments: Assessment[] = [
    like('nis:1', 'nis', 'src-nis', { credibility: 2, tags: ['casualties', 'Kursk'] }),
    like('nis:2', 'nis', 'src-nis', {
      credibility: 3,
      note: 'Figures match Yonhap’s report of the same day.'
    })
  ]

  // A sentence of an article outside the brief that itself links into the brief.
  const outside: ExternalSentence = {
    sentence: { id: 'kp2:6', articleId: 'kp2', index: 6, start: 402, end: 489, kind: 'body' },
    articleTitle: 'Ukraine still holds ground in Kursk, General Staff says',
    text: 'Russian forces have regained most of the territory, the Russian Ministry of Defence claimed.'
  }

  const cross = link('x1', 'nis:1', 'supports', sentenceTarget('dprk:1'))
  const inward = link('x2', 'kp2:6', 'contradicts', sentenceTarget('dprk:3'))
  const dprkLinks: Link[] = [
    ...dprk.links,
    cross,
    inward,
    // External citations: with address only; with source and date but no address; in words alone.
    link('c1', 'dprk:13', 'context', {
      kind: 'external',
      citation: 'Zelenskyy, evening address of 31 January 2025',
      url: 'https://www.president.gov.ua/en/news/zvernennya-prezidenta-ukrayini-95977'
    }),
    link(
      'c2',
      'dprk:5',
      'supports',
      {
        kind: 'external',
        citation: 'NIS briefing to the National Assembly intelligence committee, 13 January 2025',
        sourceId: 'src-nis',
        accessedOn: '2025-01-14'
      },
      'Heard on the radio; no transcript.'
    ),
    link('c3', 'dprk:9', 'context', {
      kind: 'external',
      citation: 'ISW, Russian Offensive Campaign Assessment, 30 January 2025'
    }),
    // Address and date, no registry source.
    link('c4', 'dprk:7', 'supports', {
      kind: 'external',
      citation: 'ISW interactive map: Kursk salient',
      url: 'https://www.understandingwar.org/backgrounder/interactive-map-russias-invasion-ukraine',
      accessedOn: '2025-01-31'
    }),
    // A sentence the library no longer holds: named by its id alone.
    link('g1', 'dprk:15', 'context', sentenceTarget('gone:3'))
  ]
  const nisLinks: Link[] = [
    cross,
    link('n1', 'nis:2', 'supports', sentenceTarget('kp2:4'), 'Same figures, other outlet.'),
    link('n2', 'nis:3', 'context', sentenceTarget('nis:1'))
  ]

  return {
    ...brief,
    title: 'North Korean troops leave Kursk: Ukrainian and South Korean sources',
    articles: [
      { ...dprk, links: dprkLinks },
      {
        article: nisArticle,
        sentences: segmentSample('nis', NIS_TEXT),
        assessments: nisAssessments,
        links: nisLinks
      }
    ],
    sources: [...sources, nisSource],
    externalSentences: [...(brief.externalSentences ?? []), outside]
  }
}

export const realisticOptions: WebAnnotationOptions = { generatedAt: '2026-11-27T11:00:00.000Z' }
