// Everything the reader and inspector need about one article, read live from the database,
// with each sentence's rating and corroboration derived (never stored).
import { useMemo, useRef } from 'react'
import { effectiveCorroboration, linksBySentence } from '@shared/corroboration'
import { rating } from '@shared/scales'
import type { Article, Assessment, CorroborationStatus, Link, Sentence, Source } from '@shared/model'
import {
  useArticle,
  useArticleLinks,
  useAssessments,
  useCasesAndJudgments,
  useForeignSentences,
  useSentences,
  useSources,
  type ForeignSentence
} from '../../db/hooks'
import { indexJudgments, type JudgmentIndex } from './judgment-index'

export interface SentenceView {
  rating: string
  status: CorroborationStatus
  derived: CorroborationStatus
  /** Corroborated only by weak items (sources D–F or not graded, information 4–6 or not graded). */
  weak: boolean
  links: Link[]
}

export interface Workspace {
  article: Article
  sentences: Sentence[]
  assessments: Map<string, Assessment>
  sources: Map<string, Source>
  links: Link[]
  views: Map<string, SentenceView>
  /** Sentences of other articles that this article's links reach. */
  foreign: Map<string, ForeignSentence>
  /** Grades of this article's sentences and of the foreign sentences its links reach. */
  graded: Map<string, Assessment>
  /** The library's key judgments, and which of this article's sentences they cite. */
  judgments: JudgmentIndex
}

const NO_LINKS: Link[] = []

/** `undefined` while loading, `null` when the article does not exist. */
export function useWorkspace(articleId: string | null): Workspace | null | undefined {
  const article = useArticle(articleId)
  const sentences = useSentences(articleId)
  const assessments = useAssessments(articleId)
  const sources = useSources()
  const links = useArticleLinks(articleId)
  const foreign = useForeignSentences(articleId, links)
  const casesAndJudgments = useCasesAndJudgments()
  const previousViews = useRef(new Map<string, SentenceView>())

  // Apart from the views, so a judgment written elsewhere does not derive every sentence again.
  const judgments = useMemo(
    () =>
      casesAndJudgments && sentences
        ? indexJudgments(
            casesAndJudgments.cases,
            casesAndJudgments.judgments,
            new Set(sentences.map((s) => s.id))
          )
        : undefined,
    [casesAndJudgments, sentences]
  )

  const base = useMemo(() => {
    if (article === null) return null
    if (!article || !sentences || !assessments || !sources || !links || !foreign) return undefined
    // Corroboration reads the grades of linked sentences, in this article or another.
    const graded = new Map(assessments)
    for (const [id, f] of foreign) if (f.assessment) graded.set(id, f.assessment)
    const views = new Map<string, SentenceView>()
    const touchingById = linksBySentence(links)
    for (const sentence of sentences) {
      const assessment = assessments.get(sentence.id)
      const touching = touchingById.get(sentence.id) ?? NO_LINKS
      const corroboration = effectiveCorroboration({
        sentence,
        assessment,
        links: touching,
        assessmentsBySentenceId: graded,
        sourcesById: sources
      })
      const view: SentenceView = {
        rating: rating(assessment, sources),
        status: corroboration.status,
        derived: corroboration.derived,
        weak: corroboration.weak,
        links: touching
      }
      // Keep the old object when nothing changed, so memoised sentences skip re-rendering.
      const previous = previousViews.current.get(sentence.id)
      views.set(sentence.id, previous && sameView(previous, view) ? previous : view)
    }
    previousViews.current = views
    return { article, sentences, assessments, sources, links, views, foreign, graded }
  }, [article, sentences, assessments, sources, links, foreign])

  return useMemo(() => {
    if (!base) return base // null: no such article; undefined: still loading
    return judgments ? { ...base, judgments } : undefined
  }, [base, judgments])
}

function sameView(a: SentenceView, b: SentenceView): boolean {
  return (
    a.rating === b.rating &&
    a.status === b.status &&
    a.derived === b.derived &&
    a.weak === b.weak &&
    a.links.length === b.links.length &&
    a.links.every((link, i) => link === b.links[i] || JSON.stringify(link) === JSON.stringify(b.links[i]))
  )
}
