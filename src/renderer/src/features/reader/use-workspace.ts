// Everything the reader and inspector need about one article, read live from the database,
// with each sentence's rating and corroboration derived (never stored).
import { useDeferredValue, useLayoutEffect, useMemo, useRef } from 'react'
import { updateViews, type SentenceView, type SentenceViews } from '@shared/corroboration/incremental-views'
import { SentenceLookup } from '@shared/corroboration/lazy-views'
import type { Article, Assessment, Link, Sentence, Source } from '@shared/model'
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
import { holdReadBack, releaseReadBack, standsIn } from '../../db/imported-text'
import { indexJudgments, type JudgmentIndex } from './judgment-index'
import { rememberViews } from './shown-grades'

export type { SentenceView }

export interface Workspace {
  article: Article
  sentences: Sentence[]
  assessments: Map<string, Assessment>
  sources: Map<string, Source>
  links: Link[]
  views: ReadonlyMap<string, SentenceView>
  /** Sentences of other articles that this article's links reach. */
  foreign: Map<string, ForeignSentence>
  /** Grades of this article's sentences and of the foreign sentences its links reach. */
  graded: Map<string, Assessment>
  /** The library's key judgments, and which of this article's sentences they cite. */
  judgments: JudgmentIndex
}

/**
 * `undefined` while loading, `null` when the article does not exist. Another article, once read,
 * is rendered in a transition, which React renders a few milliseconds at a time, what was shown
 * staying on screen meanwhile: a long article's first render does not hold the page in one task.
 * Changes to the article shown (a grade) render at once, as before.
 */
export function useWorkspace(articleId: string | null): Workspace | null | undefined {
  const workspace = useWorkspaceNow(articleId)
  const shown = useRef(workspace)
  const id = workspace ? workspace.article.id : workspace
  const deferredId = useDeferredValue(id)
  // Loading, or gone, is shown at once, as before; only the render of a new article waits. An
  // article just imported, whole at once from what its import handed over, waits as loading: the
  // article shown leaves the page with the import dialog, in one commit, and the new one comes
  // in the next, instead of one commit taking out the one and putting in the other.
  const heldBack = !!workspace && id !== deferredId && standsIn(id ?? null, 'sentences')
  const current = !workspace || id === deferredId ? workspace : heldBack ? undefined : shown.current
  useLayoutEffect(() => {
    shown.current = current
    // Before the effects of this commit start the reads of what the import handed over: they wait
    // for the render that shows the article, and start once it is committed.
    if (heldBack) holdReadBack(id ?? null)
    else if (current) releaseReadBack(current.article.id)
  })
  return current
}

function useWorkspaceNow(articleId: string | null): Workspace | null | undefined {
  const article = useArticle(articleId)
  const sentences = useSentences(articleId)
  const assessments = useAssessments(articleId)
  const sources = useSources()
  const links = useArticleLinks(articleId)
  const foreign = useForeignSentences(articleId, links)
  const casesAndJudgments = useCasesAndJudgments()
  const previousViews = useRef<SentenceViews | undefined>(undefined)

  // Apart from the views, so a judgment written elsewhere does not derive every sentence again.
  const judgments = useMemo(
    () =>
      casesAndJudgments && sentences
        ? indexJudgments(
            casesAndJudgments.cases,
            casesAndJudgments.judgments,
            // Not a set of every id: hashing 76,000 ids cost more than the index.
            new SentenceLookup(sentences)
          )
        : undefined,
    [casesAndJudgments, sentences]
  )

  const base = useMemo(() => {
    if (article === null) return null
    if (!article || !sentences || !assessments || !sources || !links || !foreign) return undefined
    // Each live query answers on its own: after a switch, one may still hold the last article's
    // rows (a 5 MB text is read after its table in a fresh profile). Together only when they agree,
    // or the reader would lay the new sentences over the old text as one paragraph of them all.
    if (article.id !== articleId || (sentences.length > 0 && sentences[0].articleId !== article.id))
      return undefined
    // Corroboration reads the grades of linked sentences, in this article or another.
    // Copied only when another article's grades join them: most articles link to none.
    let graded = assessments
    for (const [id, f] of foreign) {
      if (!f.assessment) continue
      if (graded === assessments) graded = new Map(assessments)
      graded.set(id, f.assessment)
    }
    // Views are derived when read (the reader reads those it shows), and after a change only the
    // sentences it can reach are derived again; the rest keep their view objects, so memoised
    // paragraphs skip rendering.
    const derived = updateViews(previousViews.current, { sentences, graded, sources, links })
    previousViews.current = derived
    rememberViews(derived, assessments)
    return { article, sentences, assessments, sources, links, views: derived.views, foreign, graded }
  }, [articleId, article, sentences, assessments, sources, links, foreign])

  return useMemo(() => {
    if (!base) return base // null: no such article; undefined: still loading
    return judgments ? { ...base, judgments } : undefined
  }, [base, judgments])
}
