// A source's track record across the library: how the sentences attributed to it stand. Each
// status comes from the reader's own derivation (effectiveCorroboration), never a rule of its own.
import { effectiveCorroboration, linksBySentence } from '../corroboration'
import type {
  ArticleId,
  Assessment,
  CorroborationStatus,
  Link,
  Sentence,
  SentenceId,
  Source,
  SourceId
} from '../model'

export interface TrackRecordInput {
  /** Every assessment of the library, by sentence: the source's own and those its links reach. */
  assessments: ReadonlyMap<SentenceId, Assessment>
  /** Every link of the library. */
  links: readonly Link[]
  /** The sentences of the articles the source appears in (their kind and place). */
  sentences: ReadonlyMap<SentenceId, Pick<Sentence, 'id' | 'kind' | 'index'>>
  titles: ReadonlyMap<ArticleId, string>
  sources: ReadonlyMap<SourceId, Source>
}

export interface TrackRecordArticle {
  id: ArticleId
  title: string
  /** Sentences of this article attributed to the source. */
  sentences: number
  /** The first of them in reading order: where "open" takes the analyst. */
  firstSentenceId: SentenceId
}

export interface TrackRecord {
  /** Sentences attributed to the source, as primary or further source. */
  sentences: number
  /** Of those, how many show each status (as the reader shows it, overrides included). */
  byStatus: Record<CorroborationStatus, number>
  /** Articles it appears in, in title order. */
  articles: TrackRecordArticle[]
}

const NO_LINKS: Link[] = []

export function trackRecord(sourceId: SourceId, input: TrackRecordInput): TrackRecord {
  const byStatus: Record<CorroborationStatus, number> = {
    uncorroborated: 0,
    corroborated: 0,
    contested: 0,
    circular: 0,
    'not-applicable': 0
  }
  const touching = linksBySentence(input.links)
  const perArticle = new Map<ArticleId, { sentences: number; first: Pick<Sentence, 'id' | 'index'> }>()
  let sentences = 0
  for (const assessment of input.assessments.values()) {
    if (!assessment.attributions.some((a) => a.sourceId === sourceId)) continue
    const sentence = input.sentences.get(assessment.sentenceId)
    // A grade whose sentence is gone (an article deleted behind it) is no part of the record.
    if (!sentence) continue
    sentences++
    const { status } = effectiveCorroboration({
      sentence,
      assessment,
      links: touching.get(sentence.id) ?? NO_LINKS,
      assessmentsBySentenceId: input.assessments,
      sourcesById: input.sources
    })
    byStatus[status]++
    const seen = perArticle.get(assessment.articleId)
    if (!seen) perArticle.set(assessment.articleId, { sentences: 1, first: sentence })
    else {
      seen.sentences++
      if (sentence.index < seen.first.index) seen.first = sentence
    }
  }
  const articles = [...perArticle].map(([id, { sentences, first }]) => ({
    id,
    title: input.titles.get(id) ?? id,
    sentences,
    firstSentenceId: first.id
  }))
  articles.sort((a, b) => a.title.localeCompare(b.title))
  return { sentences, byStatus, articles }
}
