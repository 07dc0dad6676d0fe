// One very long article with a few graded sentences, the brief the issue sets (76,000 sentences,
// 1,000 graded): real news sentences drawn in turn, headings every few hundred sentences, graded
// sentences scattered and in small clusters, supports and contradicts among them. Deterministic.
import type { Article, Assessment, Link, Sentence, Source } from '../model'
import { RELIABILITY_GRADES } from '../model'
import type { BriefInput } from './model'
import { seededRandom as random } from '../seeded-random'

export interface LongArticleShape {
  sentences: number
  graded: number
  links: number
}

export const LONG_ARTICLE: LongArticleShape = { sentences: 76_000, graded: 1_000, links: 200 }

const AT = '2026-11-27T08:00:00.000Z'
const ID = 'long'
/** A heading opens the article and then every this many sentences. */
export const HEADING_EVERY = 400

/** `pool`: sentences of real text, one per entry, reused in turn; at least one non-blank. */
export function longArticleBrief(
  pool: readonly string[],
  shape: LongArticleShape = LONG_ARTICLE,
  seed = 1
): BriefInput {
  const next = random(seed)
  const texts = pool.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean)
  const sentences: Sentence[] = []
  const parts: string[] = []
  let length = 0
  for (let i = 0; i < shape.sentences; i++) {
    const heading = i % HEADING_EVERY === 0
    const body = heading ? `Part ${i / HEADING_EVERY + 1}` : texts[i % texts.length]!
    // A heading and the sentence after it stand on lines of their own; paragraphs of five.
    const separator = i === 0 ? '' : heading || i % HEADING_EVERY === 1 || i % 5 === 0 ? '\n\n' : ' '
    parts.push(separator, body)
    length += separator.length
    sentences.push({
      id: `${ID}:${i}`,
      articleId: ID,
      index: i,
      start: length,
      end: length + body.length,
      kind: heading ? 'heading' : 'body'
    })
    length += body.length
  }
  const article: Article = {
    id: ID,
    title: 'A long report from the Kursk front',
    outlet: 'Kyiv Post',
    language: 'en',
    text: parts.join(''),
    importedAt: AT,
    origin: { kind: 'paste', sha256: 'a'.repeat(64) }
  }

  const sources: Source[] = Array.from({ length: 12 }, (_, i) => ({
    id: `src-${i}`,
    name: `Source ${i + 1}`,
    aliases: [],
    kind: 'organisation',
    reliability: RELIABILITY_GRADES[i % RELIABILITY_GRADES.length]!
  }))

  // A third of the graded sentences in clusters of three, the rest alone, all among the body.
  const graded = new Set<number>()
  while (graded.size < shape.graded) {
    const at = 1 + Math.floor(next() * (shape.sentences - 3))
    const cluster = next() < 0.1 ? 3 : 1
    for (let k = 0; k < cluster && graded.size < shape.graded; k++)
      if ((at + k) % HEADING_EVERY !== 0) graded.add(at + k)
  }
  const gradedIds = [...graded].sort((a, b) => a - b).map((i) => sentences[i]!.id)
  const assessments = gradedIds.map((sentenceId, n): Assessment => ({
    sentenceId,
    articleId: ID,
    attributions: [{ sourceId: sources[n % sources.length]!.id, role: 'reported' }],
    credibility: ((n % 6) + 1) as Assessment['credibility'],
    claimType: 'claim',
    note: '',
    tags: [],
    target: { exact: '' },
    updatedAt: AT
  }))
  const links = Array.from({ length: shape.links }, (_, n): Link => {
    const from = gradedIds[Math.floor(next() * gradedIds.length)]!
    let to = gradedIds[Math.floor(next() * gradedIds.length)]!
    if (to === from) to = gradedIds[(gradedIds.indexOf(from) + 1) % gradedIds.length]!
    return {
      id: `link-${n}`,
      fromSentenceId: from,
      articleId: ID,
      relation: n % 5 === 0 ? 'contradicts' : 'supports',
      target: { kind: 'sentence', sentenceId: to },
      note: '',
      createdAt: AT
    }
  })
  return {
    title: 'Kursk: what the long report supports',
    generatedAt: AT,
    analyst: 'R. Okafor',
    articles: [{ article, sentences, assessments, links }],
    sources
  }
}
