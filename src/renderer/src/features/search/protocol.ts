// Messages between the page and the search worker. The worker answers them in the order they were
// sent, so a search sent after an update sees it.
import type { SentenceTable } from '@shared/model'
import type { SentenceHit } from '@shared/search/library-index'

export type SearchRequest =
  /** The article's sentences as they now are (its text and table): the index follows. */
  | { kind: 'article'; text: string; table: Omit<SentenceTable, 'nextSeq'> }
  | { kind: 'remove'; articleId: string }
  | { kind: 'search'; id: number; query: string; limit: number; articleId?: string }

export type SearchResponse =
  | { kind: 'hits'; id: number; hits: SentenceHit[]; size: number }
  | { kind: 'failed'; id: number; error: string }
