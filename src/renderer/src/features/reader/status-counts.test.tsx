// The status bar's counts of a long article, over real views: a grade made while the article is
// counted does not start the count again, and the count, once done, is brought up to date by the
// grades made meanwhile. Reads of the views are counted, never timed.
import { expect, it, vi } from 'vitest'
import { act } from 'react'
import type { Assessment, Sentence } from '@shared/model'
import { updateViews, type SentenceView, type SentenceViews } from '@shared/corroboration/incremental-views'
import { LazyViews } from '@shared/corroboration/lazy-views'
import { blankAssessment } from '../../db/assessments'
import { themedRoot } from '../../test-support/mount'
import { WAIT_GUARD } from '../../test-support/wait-guard'
import { countStatuses, type StatusCounts } from './reader-filter'
import { SLICE, useStatusCounts } from './status-counts'

/** Five slices' worth of sentences and one more: counted over several tasks. */
const COUNT = 5 * SLICE + 1
const TEXT = 'A sentence here. '.repeat(COUNT)
const sentences: Sentence[] = Array.from({ length: COUNT }, (_, index) => ({
  id: `s${index}`,
  articleId: 'a',
  index,
  start: index * 17,
  end: index * 17 + 16,
  kind: 'body'
}))

/** The grades after each of four changes: one sentence graded, then three more, one at a time. */
function gradesAfterEachChange(): Map<string, Assessment>[] {
  const steps: Map<string, Assessment>[] = []
  let graded = new Map<string, Assessment>()
  for (const index of [1, 100, 3_000, 9_000]) {
    graded = new Map(graded)
    const sentence = sentences[index]
    graded.set(sentence.id, { ...blankAssessment(sentence, TEXT), credibility: 2 })
    steps.push(graded)
  }
  return steps
}

const viewsOf = (previous: SentenceViews | undefined, graded: Map<string, Assessment>) =>
  updateViews(previous, { sentences, graded, sources: new Map(), links: [] })

let shown: StatusCounts | undefined
function Counts({ views }: { views: ReadonlyMap<string, SentenceView> }) {
  shown = useStatusCounts(sentences, views)
  return null
}

it('goes on counting a long article through grades made meanwhile, and counts them in once done', async () => {
  const steps = gradesAfterEachChange()
  const expected = countStatuses(sentences, new Map(viewsOf(undefined, steps.at(-1)!).views))
  expect(expected.graded).toBe(4)
  let derived = viewsOf(undefined, steps[0])
  const first = derived.views
  const root = themedRoot()

  // At the count's first read of each slice, the next grade is rendered before its next slice.
  let next = 1
  let gradeQueued = false
  const reads = { first: 0, later: 0 }
  const get = LazyViews.prototype.get
  vi.spyOn(LazyViews.prototype, 'get').mockImplementation(function (this: LazyViews<SentenceView>, id) {
    reads[this === first ? 'first' : 'later']++
    if (!gradeQueued && next < steps.length) {
      gradeQueued = true
      setTimeout(() => {
        derived = viewsOf(derived, steps[next++])
        act(() => root.render(<Counts views={derived.views} />))
        gradeQueued = false
      }, 0)
    }
    return get.call(this, id)
  })
  act(() => root.render(<Counts views={first} />))
  await vi.waitFor(() => expect(shown).toEqual(expected), WAIT_GUARD)
  vi.restoreAllMocks()
  // Every grade came while the article was counted.
  expect(next).toBe(steps.length)
  // One pass over the views the count began with; of the later views, only the few sentences the
  // grades changed were read. Started again at each grade, the count read a slice of each.
  expect(reads.first).toBeGreaterThanOrEqual(COUNT)
  expect(reads.later).toBeLessThan(20)
})

it('gives an article of one slice its counts in the render that first draws it', () => {
  const few = sentences.slice(0, 18)
  const graded = new Map([[few[3].id, { ...blankAssessment(few[3], TEXT), credibility: 2 as const }]])
  const { views } = updateViews(undefined, { sentences: few, graded, sources: new Map(), links: [] })
  const rendered: (StatusCounts | undefined)[] = []
  function FirstCounts() {
    rendered.push(useStatusCounts(few, views))
    return null
  }
  act(() => themedRoot().render(<FirstCounts />))
  // Not blank first and counted a frame later: the status bar would grow under the analyst's eyes.
  expect(rendered[0]).toEqual(countStatuses(few, new Map(views)))
  expect(rendered[0]?.graded).toBe(1)
})
