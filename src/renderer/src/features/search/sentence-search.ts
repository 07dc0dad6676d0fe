// The page's side of the sentence index: follows the library's sentence tables (db/search-source)
// and sends each article that changed to the index in a worker; searches go the same way, so they
// are answered after every change sent before them.
import type { SentenceHit } from '@shared/search/library-index'
import type { SentenceTable, SourcemarkDatabase } from '../../db/database'
import { articleText, watchSentenceTables } from '../../db/search-source'
import type { SearchRequest, SearchResponse } from './protocol'

/** Where requests go: a worker, or the page itself where no worker can start. */
export interface SearchBackend {
  post(request: SearchRequest): void
  onResponse(listener: (response: SearchResponse) => void): void
  /** Called once if the backend turns out unusable (a worker that cannot load). */
  onFailure(listener: () => void): void
  close(): void
}

export interface SearchResult {
  hits: SentenceHit[]
  /** How many sentences the library's index holds. */
  size: number
}

const same = (a: ArrayLike<number>, b: ArrayLike<number>) => {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/** True when the two tables list the same sentences over the same text (nothing to re-index). */
function sameTable(a: SentenceTable, b: SentenceTable): boolean {
  return same(a.seqs, b.seqs) && same(a.starts, b.starts) && same(a.ends, b.ends) && same(a.kinds, b.kinds)
}

export class SentenceSearch {
  /** The tables as last sent to the index. */
  private readonly sent = new Map<string, SentenceTable>()
  private latest: SentenceTable[] | null = null
  private syncing: Promise<void> = Promise.resolve()
  private readonly firstSync: Promise<void>
  private readonly pending = new Map<
    number,
    { resolve: (r: SearchResult) => void; reject: (e: Error) => void; request: SearchRequest }
  >()
  private nextId = 1
  private backend: SearchBackend
  private readonly stopWatching: () => void

  constructor(
    private readonly db: SourcemarkDatabase,
    backend: SearchBackend,
    private readonly fallback: () => SearchBackend,
    onError: (error: unknown) => void = () => undefined
  ) {
    this.backend = this.attach(backend)
    let synced!: () => void
    this.firstSync = new Promise((resolve) => (synced = resolve))
    this.stopWatching = watchSentenceTables(
      db,
      (tables) => {
        this.latest = tables
        // A burst of changes is one sync: an emission overtaken by a newer one is skipped.
        this.syncing = this.syncing
          .then(() => (this.latest === tables ? this.sync(tables) : undefined))
          .then(synced, (e: unknown) => {
            synced()
            onError(e)
          })
      },
      onError
    )
  }

  /** The best `limit` sentences of the library (or of one article) for what was typed. */
  async search(query: string, options: { limit: number; articleId?: string }): Promise<SearchResult> {
    await this.firstSync
    return new Promise((resolve, reject) => {
      const request: SearchRequest = { kind: 'search', id: this.nextId++, query, ...options }
      this.pending.set(request.id, { resolve, reject, request })
      this.backend.post(request)
    })
  }

  /** Resolves once every change seen so far has been sent to the index. */
  async settled(): Promise<void> {
    await this.firstSync
    await this.syncing
  }

  close(): void {
    this.stopWatching()
    this.backend.close()
  }

  private attach(backend: SearchBackend): SearchBackend {
    backend.onResponse((response) => {
      const job = this.pending.get(response.id)
      if (!job) return
      this.pending.delete(response.id)
      if (response.kind === 'hits') job.resolve({ hits: response.hits, size: response.size })
      else job.reject(new Error(response.error))
    })
    backend.onFailure(() => this.replaceBackend())
    return backend
  }

  /** The worker could not load: the index is built on the page instead, and pending searches re-sent. */
  private replaceBackend(): void {
    this.backend.close()
    this.backend = this.attach(this.fallback())
    this.sent.clear()
    const tables = this.latest
    this.syncing = this.syncing.then(async () => {
      if (tables) await this.sync(tables)
      for (const job of this.pending.values()) this.backend.post(job.request)
    })
  }

  private async sync(tables: SentenceTable[]): Promise<void> {
    const now = new Set<string>()
    for (const table of tables) {
      now.add(table.articleId)
      const before = this.sent.get(table.articleId)
      if (before && sameTable(before, table)) continue
      const text = await articleText(this.db, table.articleId)
      if (text === undefined) continue
      const { articleId, seqs, starts, ends, kinds } = table
      this.backend.post({ kind: 'article', text, table: { articleId, seqs, starts, ends, kinds } })
      this.sent.set(articleId, table)
    }
    for (const articleId of [...this.sent.keys()]) {
      if (now.has(articleId)) continue
      this.backend.post({ kind: 'remove', articleId })
      this.sent.delete(articleId)
    }
  }
}
