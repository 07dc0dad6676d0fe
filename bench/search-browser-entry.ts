// Bundled for Chromium by ./search.ts: the sentence index built and queried inside the page.
import { libraryFromCorpus, measureSearch } from './search-measure'

Object.assign(globalThis, {
  sourcemarkSearchBench: { measure: (corpus: string) => measureSearch(libraryFromCorpus(corpus)) }
})
