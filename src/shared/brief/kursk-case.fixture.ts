// The graded sample briefed as a case with a second article: a short wire report written for these
// tests in the style of a Seoul agency story, linked to the sample across articles (support,
// contradiction, context, circular reporting), and three key judgments written by the analyst.
import type { Article, Assessment, Attribution, Judgment, JudgmentEvidence, Link, Source } from '../model'
import { kurskBrief, segmentSample } from './kursk.fixture'
import type { BriefInput } from './model'

export const SEOUL_REPORT = [
  'North Korean troops sent to Russia have not been seen in combat in the Kursk region since mid-January, South Korea’s National Intelligence Service told lawmakers on Tuesday.',
  'The agency said the units had probably been withdrawn after heavy casualties, members of the National Assembly’s intelligence committee told reporters after the closed-door briefing.',
  'According to the agency, about 300 North Korean soldiers have been killed and 2,700 wounded.',
  'Russia’s defence ministry said its forces had retaken most of the Kursk region and denied that foreign troops were fighting there.',
  'A pro-Kremlin military blogger wrote on Telegram that North Korean units were still fighting near Sudzha.',
  'Neither Moscow nor Pyongyang has confirmed the deployment.'
].join('\n')

const SEOUL = 'seoul'
const at = '2026-11-27T08:15:00.000Z'

const caseSources: Source[] = [
  {
    id: 'src-nis',
    name: 'National Intelligence Service (South Korea)',
    aliases: ['NIS'],
    kind: 'intelligence',
    reliability: 'B',
    reliabilityNote: 'Briefs lawmakers behind closed doors; its figures reach the press second-hand'
  },
  {
    id: 'src-assembly',
    name: 'National Assembly intelligence committee members',
    aliases: [],
    kind: 'government',
    reliability: 'C'
  },
  {
    id: 'src-rybar',
    name: 'Rybar (Telegram channel)',
    aliases: ['https://t.me/rybar'],
    kind: 'social-media',
    affiliation: 'Pro-Kremlin military blog',
    reliability: 'E'
  }
]

function grade(
  index: number,
  attributions: [string, Attribution['role']][],
  credibility: Assessment['credibility']
): Assessment {
  return {
    sentenceId: `${SEOUL}:${index}`,
    articleId: SEOUL,
    attributions: attributions.map(([sourceId, role]) => ({ sourceId, role })),
    credibility,
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: at
  }
}

function link(id: string, from: string, relation: Link['relation'], to: string, note = ''): Link {
  return {
    id,
    fromSentenceId: from,
    articleId: from.split(':')[0]!,
    relation,
    target: { kind: 'sentence', sentenceId: to },
    note,
    createdAt: at
  }
}

const evidence = (
  relation: JudgmentEvidence['relation'],
  sentenceId: string,
  note = ''
): JudgmentEvidence => ({
  relation,
  target: { kind: 'sentence', sentenceId },
  note
})

function judgment(position: number, fields: Partial<Judgment> & Pick<Judgment, 'id' | 'text'>): Judgment {
  return {
    caseId: 'case-kursk',
    position,
    likelihood: null,
    confidence: null,
    confidenceReason: '',
    evidence: [],
    assumptions: '',
    alternatives: '',
    needsRewording: false,
    createdAt: at,
    updatedAt: at,
    ...fields
  }
}

/** The three key judgments of the case, stored out of order: the brief follows `position`. */
export const caseJudgments: Judgment[] = [
  judgment(2, {
    id: 'j3',
    text: 'While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.',
    needsRewording: true,
    startedFrom: 'dprk:9',
    evidence: [evidence('supports', 'dprk:9'), evidence('contradicts', 'kp2:4')]
  }),
  judgment(0, {
    id: 'j1',
    text: 'North Korean units have been withdrawn from combat in the Kursk region since mid-January 2025.',
    likelihood: 'likely',
    confidence: 'Moderate',
    confidenceReason:
      'Ukrainian military statements and South Korea’s intelligence service agree independently; neither shows where the units went.',
    evidence: [
      evidence('supports', 'dprk:1'),
      evidence('supports', `${SEOUL}:0`, 'Same three-week window as the Ukrainian statement.'),
      {
        relation: 'supports',
        target: {
          kind: 'external',
          citation: 'ISW Russian Offensive Campaign Assessment, 26 January 2025',
          url: 'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025',
          sourceId: 'src-isw',
          accessedOn: '2025-02-02'
        },
        note: ''
      },
      evidence('contradicts', `${SEOUL}:4`, 'One channel, no imagery.')
    ],
    assumptions:
      'Units not seen in combat have left the region rather than moved to reserve positions nearby.',
    alternatives: 'The units were pulled back to rest and refit inside Russia and may return to the front.'
  }),
  judgment(1, {
    id: 'j2',
    text: 'North Korea has lost several thousand soldiers killed or wounded in the Kursk fighting.',
    likelihood: 'very likely',
    confidence: 'Low',
    confidenceReason:
      'Both figures come from intelligence services of Ukraine’s side; neither publishes its method.',
    evidence: [evidence('supports', 'dprk:5'), evidence('supports', `${SEOUL}:2`)]
  })
]

/** The sample and the Seoul report as one case, with the case's header and judgments. */
export function kurskCaseBrief(sampleText: string): BriefInput {
  const base = kurskBrief(sampleText)
  const [kursk] = base.articles
  const article: Article = {
    id: SEOUL,
    title: 'Seoul: North Korean troops pulled back from Kursk front, spy agency says',
    outlet: 'Seoul Desk Wire',
    author: 'Han Ji-min',
    publishedAt: '2025-02-04',
    url: 'https://wire.example/world/2025/02/04/nk-troops-kursk_pullback',
    language: 'en',
    text: SEOUL_REPORT,
    importedAt: at,
    origin: { kind: 'file', fileName: 'seoul-wire.html', sha256: 'b7e2'.repeat(16) }
  }
  const assessments = [
    grade(0, [['src-nis', 'paraphrase']], 2),
    grade(
      1,
      [
        ['src-assembly', 'paraphrase'],
        ['src-nis', 'reported']
      ],
      3
    ),
    grade(2, [['src-nis', 'reported']], 3),
    grade(3, [['src-russian-mod', 'paraphrase']], 5),
    grade(4, [['src-rybar', 'paraphrase']], 4)
  ]
  const crossLinks: Link[] = [
    // The spy agency is independent of the Ukrainian colonel: it corroborates him.
    link('x1', `${SEOUL}:0`, 'supports', 'dprk:1'),
    // The ministry backs its own earlier claim: circular, not corroboration.
    link('x2', `${SEOUL}:3`, 'supports', 'dprk:9'),
    link('x3', `${SEOUL}:3`, 'contradicts', 'dprk:5', 'Denies any foreign troops at all.'),
    // A lower casualty count from another service: context for the figure, not support.
    link('x4', `${SEOUL}:2`, 'context', 'dprk:5')
  ]
  return {
    ...base,
    title: 'North Korean troops in Kursk: what two reports support',
    caseName: 'DPRK forces in Kursk',
    audience: 'Europe desk editors',
    date: '2025-02-05',
    bluf: 'North Korean units have likely left combat in Kursk. Moderate confidence: two independent services agree, but neither shows where the units went.',
    articles: [
      { ...kursk, links: [...kursk.links, ...crossLinks] },
      {
        article,
        sentences: segmentSample(SEOUL, SEOUL_REPORT),
        assessments,
        links: crossLinks
      }
    ],
    sources: [...base.sources, ...caseSources],
    judgments: caseJudgments
  }
}
