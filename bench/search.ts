// Sentence search over a library of 100,000 sentences: the index the palette and the link picker
// query (src/shared/search), built and queried in Node and then in Chromium, the app's runtime.
import { LibraryIndex } from '../src/shared/search/library-index'
import { newsCorpus } from './corpus'
import { inChromium } from './page-script'
import { libraryFromCorpus, measureSearch, type SearchFigures } from './search-measure'

type Figure = (name: string, value: number | string, unit?: string) => void

async function searchInChromium(corpus: string): Promise<SearchFigures | string> {
  const run = await inChromium<SearchFigures>(
    'search-browser-entry.ts',
    `sourcemarkSearchBench.measure(${JSON.stringify(corpus)})`
  )
  return typeof run === 'string' ? run : run.value
}

function report(figure: Figure, prefix: string, f: SearchFigures): void {
  figure(`${prefix}index_build_100k_ms`, f.buildMs, 'ms')
  figure(`${prefix}query_100k_median_ms`, f.medianMs, 'ms')
  figure(`${prefix}query_100k_ms`, f.worstMs, 'ms')
  figure(`${prefix}query_100k_worst_query`, JSON.stringify(f.worstQuery))
}

/** Target: the worst query ≤ 50 ms on 100,000 sentences (the link picker's filter took 103 ms). */
export async function reportSearch(figure: Figure): Promise<void> {
  const corpus = newsCorpus(8_000_000)
  const library = libraryFromCorpus(corpus)
  global.gc?.()
  const heapBefore = process.memoryUsage().heapUsed
  const index = new LibraryIndex()
  const node = measureSearch(library, index)
  global.gc?.()
  figure('search.sentences', node.sentences)
  figure('search.index_100k_heap_mb', (process.memoryUsage().heapUsed - heapBefore) / 1e6, 'MB')
  report(figure, 'search.', node)
  const page = await searchInChromium(corpus)
  if (typeof page === 'string') figure('search.chromium', `skipped (${page})`)
  else report(figure, 'search.chromium.', page)
}
