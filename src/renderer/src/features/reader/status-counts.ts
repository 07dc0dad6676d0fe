// The status bar's counts without deriving every sentence's view in one task: a new article is
// counted in slices that let the page answer between them, and a grade moves the counts by the
// few sentences it changed. (At 76,000 sentences one count derived every view, 100–130 ms.)
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import type { Sentence } from '@shared/model'
import { changedSince } from '@shared/corroboration/lazy-views'
import { afterPresented } from '../../after-presented'
import { yieldToPage } from '../../yield-to-page'
import { countStatuses, hasStatus, STATUS_FILTERS, type StatusCounts } from './reader-filter'
import type { SentenceView } from './use-workspace'

type Views = ReadonlyMap<string, Pick<SentenceView, 'rating' | 'status'>>
type Facts = Pick<Sentence, 'id' | 'kind'>

/** Sentences counted between two yields to the page at most: a few milliseconds of work. */
export const SLICE = 2000
/** Milliseconds a slice may run before it yields, however few it counted: a busy machine's guard. */
const SLICE_BUDGET_MS = 8

function add(counts: StatusCounts, sentence: Facts, views: Views, by: 1 | -1): void {
  const facts = { kind: sentence.kind, view: views.get(sentence.id) }
  for (const status of STATUS_FILTERS) if (hasStatus(facts, status)) counts[status] += by
}

const zero = (): StatusCounts => ({ graded: 0, ungraded: 0, corroborated: 0, contested: 0, circular: 0 })

/**
 * The counts over `sentences`, a slice at a time; `undefined` when `stopped()` says the counts are
 * no longer wanted (another article opened).
 */
export async function countInSlices(
  sentences: readonly Facts[],
  views: Views,
  stopped: () => boolean
): Promise<StatusCounts | undefined> {
  const counts = zero()
  let next = 0
  while (next < sentences.length) {
    // The counts are the least urgent thing on the page: every task queued meanwhile goes first.
    if (next > 0) await yieldToPage()
    if (stopped()) return undefined
    const end = Math.min(sentences.length, next + SLICE)
    const started = performance.now()
    for (; next < end; next++) {
      add(counts, sentences[next], views, 1)
      if ((next & 127) === 127 && performance.now() - started > SLICE_BUDGET_MS) {
        next++
        break
      }
    }
  }
  return counts
}

interface Counting {
  sentences: readonly Facts[]
  stop: () => void
}

function stopCounting(counting: RefObject<Counting | undefined>): void {
  counting.current?.stop()
  counting.current = undefined
}

interface Counted {
  sentences: readonly Facts[]
  views: Views
  counts: StatusCounts
}

/**
 * The counts for the article's current views: at once when they come from counted views by a few
 * changes, else after a count in slices (`undefined` meanwhile, or the last counts of the same
 * sentences while a split or merge is counted again).
 */
export function useStatusCounts(
  sentences: readonly Facts[] | undefined,
  views: Views | undefined
): StatusCounts | undefined {
  const [sliced, setSliced] = useState<Counted | undefined>(undefined)
  const last = useRef<Counted | undefined>(undefined)

  const counted = useMemo((): Counted | undefined => {
    if (!sentences || !views) return undefined
    const bases = [last.current, sliced].filter((c): c is Counted => c?.sentences === sentences)
    const same = bases.find((c) => c.views === views)
    if (same) return same
    for (const base of bases) {
      const changed = changedSince(views, base.views)
      if (!changed) continue
      const counts = { ...base.counts }
      for (const sentence of changed) {
        add(counts, sentence, base.views, -1)
        add(counts, sentence, views, 1)
      }
      return { sentences, views, counts }
    }
    // An article counted in one slice is counted as it is first drawn: its status bar shows its
    // counts in that frame, not a frame later (the text below would move when they came).
    if (sentences.length <= SLICE) return { sentences, views, counts: countStatuses(sentences, views) }
    return undefined
  }, [sentences, views, sliced])

  useEffect(() => {
    if (counted) last.current = counted
  }, [counted])

  // The count under way, of which sentences. A grade made meanwhile does not start it again: the
  // count goes on over the views it began with, and once done is brought up to date by the few
  // sentences changed since, as any counted views are. Started again at each grade, a long
  // article's count never finished while the analyst kept grading, and took the page's time.
  const counting = useRef<Counting | undefined>(undefined)

  useEffect(() => {
    if (counting.current?.sentences !== sentences) stopCounting(counting)
    if (counted || !sentences || !views || counting.current) return
    let stopped = false
    const run: Counting = {
      sentences,
      stop: () => {
        stopped = true
        cancel()
      }
    }
    counting.current = run
    const count = () =>
      void countInSlices(sentences, views, () => stopped).then((counts) => {
        if (counting.current === run) counting.current = undefined
        if (counts) setSliced({ sentences, views, counts })
      })
    // A longer article (a shorter one is counted above), just opened, is painted first: its first
    // slice would otherwise run in the commit that shows it, and the next ones before that frame.
    const cancel = afterPresented(count, { frames: 2 })
  }, [counted, sentences, views])

  useEffect(() => () => stopCounting(counting), [])

  if (counted) return counted.counts
  // A split or a merge is counted again: its article's counts are shown until then.
  return last.current && last.current.sentences[0]?.id === sentences?.[0]?.id
    ? last.current.counts
    : undefined
}
