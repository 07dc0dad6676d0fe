// A graded copy of the sample article for the brief's tests: real sentences, sources and links,
// including a circular pair, an independent corroboration, a contradiction and ungraded gaps.
import type { Article, Assessment, Attribution, Link, LinkTarget, Sentence, Source } from '../model'
import type { BriefInput, ExternalSentence } from './model'

/** Sentences by line: a line without closing punctuation is a heading, a line opening with “ a quote. */
export function segmentSample(articleId: string, text: string): Sentence[] {
  const sentences: Sentence[] = []
  let offset = 0
  for (const line of text.split('\n')) {
    const heading = line.trim() !== '' && !/[.:!?”"]$/.test(line.trim())
    const quoteLine = line.startsWith('“')
    let at = 0
    for (const part of line.split(/(?<=[.!?][”"]?)\s+(?=[“"A-Z])/)) {
      const start = offset + line.indexOf(part, at)
      at = start - offset + part.length
      if (!part.trim()) continue
      const index = sentences.length
      sentences.push({
        id: `${articleId}:${index}`,
        articleId,
        index,
        start,
        end: start + part.length,
        kind: heading ? 'heading' : quoteLine ? 'quote' : 'body'
      })
    }
    offset += line.length + 1
  }
  return sentences
}

export const sources: Source[] = [
  {
    id: 'src-kindratenko',
    name: 'Col. Oleksandr Kindratenko',
    aliases: ['Kindratenko'],
    kind: 'military',
    affiliation: 'Special Operations Forces of Ukraine',
    description: 'Spokesperson for Ukraine’s Special Operations Forces.',
    reliability: 'B'
  },
  { id: 'src-cnn', name: 'CNN', aliases: [], kind: 'media', reliability: 'B' },
  {
    id: 'src-podolyak',
    name: 'Mykhailo Podolyak',
    aliases: [],
    kind: 'government',
    affiliation: 'Office of the President of Ukraine',
    reliability: 'C',
    reliabilityNote: 'Adviser; statements often advocate Ukraine’s position'
  },
  {
    id: 'src-ua-officials',
    name: 'Ukrainian officials (unnamed)',
    aliases: [],
    kind: 'anonymous',
    reliability: 'F'
  },
  {
    id: 'src-western-intel',
    name: 'Western intelligence reports',
    aliases: [],
    kind: 'intelligence',
    reliability: 'B'
  },
  {
    id: 'src-isw',
    name: 'Institute for the Study of War',
    aliases: ['ISW'],
    kind: 'organisation',
    reliability: 'B'
  },
  {
    id: 'src-russian-mod',
    name: 'Russian Ministry of Defence',
    aliases: [],
    kind: 'military',
    reliability: 'D'
  },
  {
    id: 'src-ua-general-staff',
    name: 'General Staff of the Armed Forces of Ukraine',
    aliases: [],
    kind: 'military',
    reliability: 'C'
  },
  { id: 'src-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: [], kind: 'government', reliability: 'B' },
  {
    id: 'src-yonhap',
    name: 'Yonhap News Agency | 연합뉴스',
    aliases: ['Yonhap'],
    kind: 'media',
    reliability: 'B'
  },
  { id: 'src-unused', name: 'Kremlin press service', aliases: [], kind: 'government', reliability: 'E' }
]

const ARTICLE_ID = 'dprk'
const at = '2026-11-26T09:00:00.000Z'

function grade(
  index: number,
  attributions: [string, Attribution['role']][],
  credibility: Assessment['credibility'],
  extra: Partial<Assessment> = {}
): Assessment {
  return {
    sentenceId: `${ARTICLE_ID}:${index}`,
    articleId: ARTICLE_ID,
    attributions: attributions.map(([sourceId, role]) => ({ sourceId, role })),
    credibility,
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: at,
    ...extra
  }
}

function link(
  id: string,
  from: number,
  relation: Link['relation'],
  target: number | string | LinkTarget
): Link {
  return {
    id,
    fromSentenceId: `${ARTICLE_ID}:${from}`,
    articleId: ARTICLE_ID,
    relation,
    target:
      typeof target === 'object'
        ? target
        : { kind: 'sentence', sentenceId: typeof target === 'number' ? `${ARTICLE_ID}:${target}` : target },
    note: '',
    createdAt: at
  }
}

/** The sample article, graded: sentences 0–3 and 5, 7, 9, 13, 15, 16 carry assessments. */
export function kurskBrief(text: string): BriefInput {
  const article: Article = {
    id: ARTICLE_ID,
    title: 'North Korean troops withdraw from Kursk after heavy losses',
    outlet: 'Kyiv Post',
    publishedAt: '2025-01-31',
    url: 'https://www.kyivpost.com/post/46121',
    language: 'en',
    text,
    importedAt: at,
    origin: { kind: 'sample', sha256: '3f1c0a9e7b2d4c6e8f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f6a' }
  }
  const assessments: Assessment[] = [
    grade(
      0,
      [
        ['src-kindratenko', 'paraphrase'],
        ['src-cnn', 'reported']
      ],
      1
    ),
    grade(1, [['src-kindratenko', 'paraphrase']], 2, {
      note: 'Compare *ISW* map [26 Jan] | <b>Sudzha</b>\nsecond line'
    }),
    grade(2, [['src-kindratenko', 'direct-quote']], 2),
    grade(3, [['src-podolyak', 'paraphrase']], 3),
    grade(
      5,
      [
        ['src-ua-officials', 'reported'],
        ['src-western-intel', 'reported']
      ],
      3
    ),
    grade(7, [['src-isw', 'document']], 2),
    grade(9, [['src-russian-mod', 'paraphrase']], 4),
    grade(13, [['src-zelenskyy', 'paraphrase']], 2),
    grade(15, [['src-zelenskyy', 'direct-quote']], 6, { claimType: 'opinion' }),
    grade(16, [['src-zelenskyy', 'direct-quote']], null, { claimType: 'context' })
  ]
  const links: Link[] = [
    // Kindratenko's quote repeats Kindratenko: circular for sentence 0.
    link('l1', 2, 'supports', 0),
    // Podolyak is independent of Kindratenko: corroborates sentence 1.
    link('l2', 3, 'supports', 1),
    link('l3', 9, 'contradicts', 'kp2:4'),
    link('l4', 5, 'supports', {
      kind: 'external',
      citation: 'Yonhap: NIS says 300 North Korean soldiers killed, 2,700 injured',
      url: 'https://en.yna.co.kr/view/AEN20250113003500315',
      sourceId: 'src-yonhap',
      accessedOn: '2025-02-01'
    }),
    link('l5', 7, 'context', 6)
  ]
  const externalSentences: ExternalSentence[] = [
    {
      sentence: { id: 'kp2:4', articleId: 'kp2', index: 4, start: 210, end: 318, kind: 'body' },
      articleTitle: 'Ukraine still holds ground in Kursk, General Staff says',
      text: 'Ukrainian forces continue to hold positions in the Kursk region, the General Staff said on Monday.',
      assessment: {
        ...grade(0, [['src-ua-general-staff', 'paraphrase']], 3),
        sentenceId: 'kp2:4',
        articleId: 'kp2'
      }
    }
  ]
  return {
    title: 'North Korean troops leave Kursk: what the sources support',
    generatedAt: '2026-11-26T15:30:00.000Z',
    analyst: 'R. Okafor',
    handling: 'UNCLASSIFIED // FOR TRAINING',
    bluf: 'North Korean units have likely left the Kursk front; the evidence rests mostly on Ukrainian sources.',
    articles: [{ article, sentences: segmentSample(ARTICLE_ID, text), assessments, links }],
    sources,
    externalSentences
  }
}
