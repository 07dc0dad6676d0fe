// Sentences found for what is being typed, from the library's index; an answer that comes after
// the query changed again is dropped.
import { useEffect, useState } from 'react'
import type { SentenceHit } from '@shared/search/library-index'

export interface SentenceHits {
  /** The query these hits answer. */
  query: string
  hits: SentenceHit[]
  searching: boolean
  error?: string
}

/**
 * Starts the library's index (read from the database, built in its worker) without searching, so
 * that it is ready, or nearly, by the time the first words are typed.
 */
export function prepareSentenceSearch(): void {
  void import('./library-search').then((m) => m.librarySearch())
}

export function useSentenceHits(
  query: string,
  options: { limit: number; articleId?: string; enabled?: boolean }
): SentenceHits {
  const { limit, articleId, enabled = true } = options
  const [state, setState] = useState<SentenceHits>({ query: '', hits: [], searching: false })
  useEffect(() => {
    if (!enabled || !query.trim()) {
      setState({ query, hits: [], searching: false })
      return
    }
    let current = true
    setState((s) => ({ ...s, searching: true }))
    // The index's client comes with the first search, not with the first load.
    import('./library-search')
      .then((m) => m.librarySearch().search(query, { limit, articleId }))
      .then(
        (r) => current && setState({ query, hits: r.hits, searching: false }),
        (e: unknown) =>
          current &&
          setState({ query, hits: [], searching: false, error: e instanceof Error ? e.message : String(e) })
      )
    return () => {
      current = false
    }
  }, [query, limit, articleId, enabled])
  return state
}
