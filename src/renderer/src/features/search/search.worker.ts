// The library's sentence index, off the page's thread: built from the articles the page sends at
// start, kept in step with each change it sends after, and queried by the palette and the link picker.
import { LibraryIndex } from '@shared/search/library-index'
import { answer } from './answer'
import type { SearchRequest, SearchResponse } from './protocol'

const index = new LibraryIndex()

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const response = answer(index, event.data)
  if (response) (self as unknown as Worker).postMessage(response satisfies SearchResponse)
}
