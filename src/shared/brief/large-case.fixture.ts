// A case the size of a long investigation, for the brief's speed figures (`npm run bench`): five
// articles of graded sentences taken from real news text, links within and across them and to
// other articles and citations, and key judgments citing all of these. Deterministic for a seed.
import type {
  Article,
  Assessment,
  Judgment,
  JudgmentEvidence,
  Link,
  LinkTarget,
  Sentence,
  Source
} from '../model'
import { CONFIDENCE_WORDS, LIKELIHOOD_WORDS, RELIABILITY_GRADES, SOURCE_KINDS } from '../model'
import type { BriefArticle, BriefInput, ExternalSentence } from './model'
import { seededRandom as random } from '../seeded-random'

export interface CaseShape {
  articles: number
  /** Graded body sentences per article; each article also opens with an ungraded headline. */
  sentencesPerArticle: number
  links: number
  judgments: number
  /** Sentences of an article outside the case that links and judgments may cite. */
  outsideSentences: number
  sources: number
}

/** The target case: 5 articles, 1,000 graded sentences, 300 links, 20 judgments. */
export const BENCH_CASE: CaseShape = {
  articles: 5,
  sentencesPerArticle: 200,
  links: 300,
  judgments: 20,
  outsideSentences: 20,
  sources: 30
}

const AT = '2026-11-27T08:00:00.000Z'

/**
 * The case as a brief's input. `pool` is the text to draw sentences from (one sentence per entry,
 * reused in turn when the case needs more); it must hold at least one non-blank entry.
 */
export function largeCaseBrief(pool: readonly string[], shape: CaseShape = BENCH_CASE, seed = 1): BriefInput {
  const next = random(seed)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!
  const texts = pool.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)
  let drawn = 0
  const sentenceText = (): string => texts[drawn++ % texts.length]!

  const sources: Source[] = Array.from({ length: shape.sources }, (_, i) => ({
    id: `src-${i}`,
    name: `Source ${i + 1} (${SOURCE_KINDS[i % SOURCE_KINDS.length]})`,
    aliases: i % 4 === 0 ? [`S${i + 1}`] : [],
    kind: SOURCE_KINDS[i % SOURCE_KINDS.length]!,
    reliability: i % 11 === 10 ? null : RELIABILITY_GRADES[i % RELIABILITY_GRADES.length]!
  }))

  const grade = (sentence: Sentence): Assessment => {
    const primary = pick(sources).id
    const second = next() < 0.3 ? pick(sources).id : undefined
    return {
      sentenceId: sentence.id,
      articleId: sentence.articleId,
      attributions: [
        { sourceId: primary, role: pick(['direct-quote', 'paraphrase', 'reported'] as const) },
        ...(second && second !== primary ? [{ sourceId: second, role: 'reported' as const }] : [])
      ],
      credibility: next() < 0.05 ? null : ((1 + Math.floor(next() * 6)) as Assessment['credibility']),
      claimType: next() < 0.05 ? 'context' : 'claim',
      note: next() < 0.15 ? `Check against the ministry's figures (${drawn}).` : '',
      tags: next() < 0.1 ? ['casualties'] : [],
      target: { exact: '' },
      updatedAt: AT
    }
  }

  const articles = Array.from({ length: shape.articles }, (_, a) => {
    const id = `case-a${a}`
    const sentences: Sentence[] = []
    let text = ''
    const add = (body: string, kind: Sentence['kind'], separator: string): void => {
      if (text) text += separator
      sentences.push({
        id: `${id}:${sentences.length}`,
        articleId: id,
        index: sentences.length,
        start: text.length,
        end: text.length + body.length,
        kind
      })
      text += body
    }
    add(`Report ${a + 1}: ${sentenceText().slice(0, 60)}`, 'heading', '')
    for (let s = 0; s < shape.sentencesPerArticle; s++)
      add(sentenceText(), 'body', s % 4 === 0 ? '\n\n' : ' ')
    const article: Article = {
      id,
      title: `Report ${a + 1} on the Kursk front`,
      outlet: `Outlet ${a + 1}`,
      author: a % 2 ? `Reporter ${a + 1}` : undefined,
      publishedAt: `2025-02-0${(a % 9) + 1}`,
      url: `https://news.example/${id}`,
      language: 'en',
      text,
      importedAt: AT,
      origin: { kind: 'paste', sha256: String(a).repeat(64) }
    }
    return { article, sentences, assessments: sentences.filter((s) => s.kind === 'body').map(grade) }
  })

  const outside: ExternalSentence[] = Array.from({ length: shape.outsideSentences }, (_, i) => {
    const text = sentenceText()
    const sentence: Sentence = {
      id: `outside:${i}`,
      articleId: 'outside',
      index: i,
      start: 0,
      end: text.length,
      kind: 'body'
    }
    return { sentence, articleTitle: 'A report outside the case', text, assessment: grade(sentence) }
  })

  const body = articles.flatMap((a) => a.sentences.filter((s) => s.kind === 'body'))
  const citation = (n: number): Extract<LinkTarget, { kind: 'external' }> => ({
    kind: 'external',
    citation: `Satellite imagery review ${n}`,
    url: `https://imagery.example/review/${n}`,
    sourceId: pick(sources).id,
    accessedOn: '2025-02-03'
  })
  const target = (from: Sentence, n: number): LinkTarget => {
    const roll = next()
    if (roll < 0.15) return citation(n)
    if (roll < 0.3) return { kind: 'sentence', sentenceId: pick(outside).sentence.id }
    let other = pick(body)
    while (other.id === from.id) other = pick(body)
    return { kind: 'sentence', sentenceId: other.id }
  }

  const links: Link[] = []
  const pairs = new Set<string>()
  while (links.length < shape.links) {
    const from = pick(body)
    const to = target(from, links.length)
    const key =
      to.kind === 'sentence' ? [from.id, to.sentenceId].sort().join('|') : `${from.id}|${to.citation}`
    if (pairs.has(key)) continue
    pairs.add(key)
    const roll = next()
    links.push({
      id: `l${links.length}`,
      fromSentenceId: from.id,
      articleId: from.articleId,
      relation: roll < 0.6 ? 'supports' : roll < 0.85 ? 'contradicts' : 'context',
      target: to,
      note: next() < 0.2 ? 'Same unit named in both.' : '',
      createdAt: AT
    })
  }

  const judgments: Judgment[] = Array.from({ length: shape.judgments }, (_, j) => {
    const evidence: JudgmentEvidence[] = []
    const cited = new Set<string>()
    const count = 3 + (j % 3)
    while (evidence.length < count) {
      const roll = next()
      const to: LinkTarget =
        roll < 0.15
          ? citation(1000 + j)
          : { kind: 'sentence', sentenceId: roll < 0.3 ? pick(outside).sentence.id : pick(body).id }
      const key = to.kind === 'sentence' ? to.sentenceId : to.citation
      if (cited.has(key)) continue
      cited.add(key)
      evidence.push({ relation: next() < 0.75 ? 'supports' : 'contradicts', target: to, note: '' })
    }
    const rewording = j % 7 === 6
    return {
      id: `j${j}`,
      caseId: 'case-large',
      position: j,
      text: rewording ? sentenceText() : `Judgment ${j + 1}: ${sentenceText()}`,
      likelihood: j % 5 === 4 ? null : LIKELIHOOD_WORDS[j % LIKELIHOOD_WORDS.length]!,
      confidence: j % 6 === 5 ? null : CONFIDENCE_WORDS[j % CONFIDENCE_WORDS.length]!,
      confidenceReason: j % 6 === 5 ? '' : 'Two independent sources agree; neither shows the units.',
      evidence,
      assumptions: j % 2 ? 'The units named are the same units.' : '',
      alternatives: j % 2 ? 'The units rotated out for rest.' : '',
      needsRewording: rewording,
      createdAt: AT,
      updatedAt: AT
    }
  })

  const briefArticles: BriefArticle[] = articles.map(({ article, sentences, assessments }) => {
    const own = (id: string): boolean => id.startsWith(`${article.id}:`)
    return {
      article,
      sentences,
      assessments,
      links: links.filter(
        (l) => own(l.fromSentenceId) || (l.target.kind === 'sentence' && own(l.target.sentenceId))
      )
    }
  })
  return {
    title: 'North Korean forces on the Kursk front: the whole case',
    generatedAt: AT,
    analyst: 'R. Okafor',
    handling: 'UNCLASSIFIED // FOR TRAINING',
    bluf: 'North Korean units have likely left combat in Kursk.',
    caseName: 'DPRK forces in Kursk',
    audience: 'Europe desk editors',
    date: '2025-02-05',
    articles: briefArticles,
    sources,
    externalSentences: outside,
    judgments
  }
}
