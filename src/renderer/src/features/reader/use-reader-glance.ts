// The reader's filters and what each sentence shows besides its rating (its sources on hover, its
// tags, whether it matches the filter), kept beside the workspace so the grading path is untouched.
// A sentence keeps its glance object while nothing of it changes, so memoised paragraphs hold.
import { useCallback, useMemo, useRef, useState } from 'react'
import type { Attribution, Sentence } from '@shared/model'
import { db } from '../../db'
import { setSourceMargin, useSourceMargin } from '../../db/reader-settings'
import {
  isFiltering,
  matches,
  NO_FILTER,
  ROLE_LABELS,
  type ReaderFilter,
  type StatusCounts
} from './reader-filter'
import { useStatusCounts } from './status-counts'
import type { Workspace } from './use-workspace'

/** A sentence's glance; without a filter, only graded sentences have one (the others show nothing). */
export interface SentenceGlance {
  /** Whether the sentence passes the filter (always true without one). */
  match: boolean
  /** Its sources with their roles, the primary first; '' when it has none. */
  sources: string
  /** Its primary source's name, for the margin; '' when it has none. */
  primary: string
  tags: readonly string[]
}

const NO_TAGS: readonly string[] = []
const NO_IDS: readonly string[] = []

/** "Primary source: A (direct quote); also B (reported by)". */
export function sourcesLine(
  attributions: readonly Attribution[],
  names: ReadonlyMap<string, string>
): string {
  if (attributions.length === 0) return ''
  const named = attributions.map(
    (a) => `${names.get(a.sourceId) ?? 'a deleted source'} (${ROLE_LABELS[a.role]})`
  )
  return `Primary source: ${named[0]}${named.length > 1 ? `; also ${named.slice(1).join('; ')}` : ''}`
}

export interface ReaderGlance {
  filter: ReaderFilter
  setFilter: (filter: ReaderFilter) => void
  /** Hide what does not match, instead of dimming it. */
  hide: boolean
  setHide: (hide: boolean) => void
  glances: ReadonlyMap<string, SentenceGlance> | undefined
  /** The status bar's counts; `undefined` while a newly opened article is being counted. */
  counts: StatusCounts | undefined
  /** Whether j and k stop at the sentence: everything when nothing is hidden. */
  shown: (sentence: Sentence) => boolean
  /** Sources in a column beside the text; remembered in the library's settings. */
  sourceMargin: boolean
  setSourceMargin: (on: boolean) => void
}

export function useReaderGlance(workspace: Workspace | null | undefined): ReaderGlance {
  const [filter, setFilter] = useState<ReaderFilter>(NO_FILTER)
  const [hide, setHide] = useState(false)
  const previous = useRef<Map<string, SentenceGlance> | undefined>(undefined)

  const glances = useMemo(() => {
    if (!workspace) return undefined
    const { sentences, views, assessments, sources, judgments } = workspace
    const names = new Map([...sources.values()].map((s) => [s.id, s.name]))
    const before = previous.current
    const next = new Map<string, SentenceGlance>()
    const glance = (id: string, match: boolean) => {
      const assessment = assessments.get(id)
      const attributions = assessment?.attributions ?? []
      const tags = assessment?.tags ?? NO_TAGS
      const line = sourcesLine(attributions, names)
      // The line names the primary first, so it changes whenever the primary's name does.
      const primary = attributions[0] ? (names.get(attributions[0].sourceId) ?? '') : ''
      const old = before?.get(id)
      next.set(
        id,
        old && old.match === match && old.sources === line && old.tags === tags
          ? old
          : { match, sources: line, primary, tags }
      )
    }
    // Every grade comes through here, on articles of tens of thousands of sentences. Without a
    // filter every sentence matches, and one with no grade has no sources and no tags: only the
    // graded sentences have a glance, and the views of the others are never derived for it.
    if (!isFiltering(filter)) {
      for (const id of assessments.keys()) glance(id, true)
    } else {
      for (const sentence of sentences) {
        const assessment = assessments.get(sentence.id)
        const match = matches(filter, {
          kind: sentence.kind,
          view: views.get(sentence.id),
          sourceIds: filter.sourceId ? (assessment?.attributions ?? []).map((a) => a.sourceId) : NO_IDS,
          tags: assessment?.tags ?? NO_TAGS,
          judgmentCount: judgments.citing.get(sentence.id)?.length ?? 0
        })
        glance(sentence.id, match)
      }
    }
    previous.current = next
    return next
  }, [workspace, filter])

  const counts = useStatusCounts(workspace?.sentences, workspace?.views)

  const hiding = hide && isFiltering(filter)
  const shown = useCallback(
    (sentence: Sentence) => !hiding || (glances?.get(sentence.id)?.match ?? true),
    [hiding, glances]
  )

  // Shown at once when switched, while the setting is written; read from the library otherwise.
  const stored = useSourceMargin()
  const [switched, setSwitched] = useState<boolean | null>(null)
  const sourceMargin = switched ?? stored
  const rememberMargin = useCallback((on: boolean) => {
    setSwitched(on)
    void setSourceMargin(db, on)
  }, [])

  return {
    filter,
    setFilter,
    hide,
    setHide,
    glances,
    counts,
    shown,
    sourceMargin,
    setSourceMargin: rememberMargin
  }
}
