// One request to the index, answered: the same code in the worker and, where no worker can start,
// on the page.
import { sentenceEntries } from '@shared/search/entries'
import type { LibraryIndex } from '@shared/search/library-index'
import type { SearchRequest, SearchResponse } from './protocol'

export function answer(index: LibraryIndex, request: SearchRequest): SearchResponse | null {
  switch (request.kind) {
    case 'article':
      index.setArticle(request.table.articleId, sentenceEntries(request.text, request.table))
      return null
    case 'remove':
      index.removeArticle(request.articleId)
      return null
    case 'search':
      try {
        const { id, query, limit, articleId } = request
        return { kind: 'hits', id, hits: index.search(query, { limit, articleId }), size: index.size }
      } catch (e) {
        return { kind: 'failed', id: request.id, error: e instanceof Error ? e.message : String(e) }
      }
  }
}
