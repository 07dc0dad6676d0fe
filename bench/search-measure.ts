// Sentence search timed on a library of 100,000 sentences: the same code in Node (./search.ts) and
// in Chromium (./search-browser-entry.ts), so the two figures differ only by their runtime.
import { LibraryIndex, type SentenceEntry } from '../src/shared/search/library-index'
import { segmentSentences } from '../src/shared/segment'
import { median } from './timing'

export const SEARCH_SENTENCES = 100_000
const PER_ARTICLE = 1_000
const RUNS = 7

/**
 * What an analyst types: a single word, prefixes, two and three words, misspellings, and a name
 * typed without its diacritics (the corpus names Müller) or with them.
 */
export const SEARCH_QUERIES = [
  'missile',
  'ceasef',
  'shel',
  'troops Kursk',
  'drone strike',
  'sanctoins',
  'Zaporizhia',
  'muller',
  'Müller said',
  'ministry of defence'
]

/** The first 100,000 sentences of the corpus, a thousand to an article. */
export function libraryFromCorpus(corpus: string): Map<string, SentenceEntry[]> {
  const articles = new Map<string, SentenceEntry[]>()
  let n = 0
  for (const s of segmentSentences(corpus)) {
    if (n === SEARCH_SENTENCES) break
    const articleId = `a${Math.floor(n / PER_ARTICLE)}`
    let list = articles.get(articleId)
    if (!list) articles.set(articleId, (list = []))
    list.push({ id: `${articleId}:${n % PER_ARTICLE}`, text: corpus.slice(s.start, s.end) })
    n++
  }
  return articles
}

export interface SearchFigures {
  sentences: number
  buildMs: number
  medianMs: number
  worstMs: number
  worstQuery: string
}

/** Builds the index of `library`, then times each query (its median of 7, after one unmeasured). */
export function measureSearch(
  library: Map<string, SentenceEntry[]>,
  index = new LibraryIndex()
): SearchFigures {
  const started = performance.now()
  for (const [articleId, sentences] of library) index.setArticle(articleId, sentences)
  const buildMs = performance.now() - started
  for (const q of SEARCH_QUERIES) index.search(q, { limit: 20 })
  const perQuery = SEARCH_QUERIES.map((query) => {
    const times: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now()
      index.search(query, { limit: 20 })
      times.push(performance.now() - t)
    }
    return { query, ms: median(times) }
  })
  const worst = perQuery.reduce((a, b) => (b.ms > a.ms ? b : a))
  return {
    sentences: index.size,
    buildMs,
    medianMs: median(perQuery.map((q) => q.ms)),
    worstMs: worst.ms,
    worstQuery: worst.query
  }
}
