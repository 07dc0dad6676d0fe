// The full-text index of every sentence in the library (MiniSearch): prefix and fuzzy matching
// over folded words. It keeps each article's sentence texts, so that an article given again after
// a split, a merge or an edit costs only the sentences that changed.
import MiniSearch, { type Options, type SearchOptions } from 'minisearch'
import { foldWord, words } from './fold'
import { snippetParts, type SnippetPart } from './snippet'

/** A sentence as the index takes it. */
export interface SentenceEntry {
  /** The sentence's id (`articleId:seq`). */
  id: string
  text: string
}

interface IndexedSentence extends SentenceEntry {
  articleId: string
}

/** A sentence found, with the words that matched marked in its snippet. */
export interface SentenceHit {
  id: string
  articleId: string
  score: number
  snippet: SnippetPart[]
}

/** What giving an article to the index changed, counted in sentences. */
export interface ArticleChange {
  added: number
  changed: number
  removed: number
}

const process = (term: string) => foldWord(term) || null

const INDEX_OPTIONS: Options<IndexedSentence> = {
  fields: ['text'],
  storeFields: ['articleId'],
  tokenize: words,
  processTerm: process
}

/**
 * The word being typed (the last) may be the start of a longer one from its second letter, the
 * others from their fourth: "of" or "in" before it are whole words, not the start of half the
 * library's ("office", "into"). Words of four letters or more may have one letter wrong, longer
 * ones two (MiniSearch's 0.2 of the length).
 */
export const QUERY_OPTIONS: SearchOptions = {
  combineWith: 'AND',
  prefix: (term, i, terms) => term.length >= (i === terms.length - 1 ? 2 : 4),
  fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
  maxFuzzy: 2,
  // A word being typed outranks a near miss: "ceasef" is "ceasefire" before it is "cease".
  weights: { prefix: 0.6, fuzzy: 0.3 }
}

export interface SearchLimits {
  limit: number
  /** Only the sentences of this article. */
  articleId?: string
}

export class LibraryIndex {
  private readonly index = new MiniSearch<IndexedSentence>(INDEX_OPTIONS)
  /** Each article's sentence texts by id, as indexed. */
  private readonly articles = new Map<string, Map<string, string>>()

  /** How many sentences are indexed. */
  get size(): number {
    return this.index.documentCount
  }

  /** Makes the index hold exactly `sentences` for the article: new ones added, gone ones removed. */
  setArticle(articleId: string, sentences: readonly SentenceEntry[]): ArticleChange {
    const before = this.articles.get(articleId) ?? new Map<string, string>()
    const after = new Map<string, string>()
    const change: ArticleChange = { added: 0, changed: 0, removed: 0 }
    for (const { id, text } of sentences) {
      after.set(id, text)
      const old = before.get(id)
      if (old === text) continue
      if (old === undefined) {
        this.index.add({ id, articleId, text })
        change.added++
      } else {
        this.index.replace({ id, articleId, text })
        change.changed++
      }
    }
    for (const id of before.keys()) {
      if (after.has(id)) continue
      this.index.discard(id)
      change.removed++
    }
    if (after.size) this.articles.set(articleId, after)
    else this.articles.delete(articleId)
    return change
  }

  removeArticle(articleId: string): ArticleChange {
    return this.setArticle(articleId, [])
  }

  /** The ids of the articles indexed. */
  articleIds(): string[] {
    return [...this.articles.keys()]
  }

  /** The best `limit` sentences for `query`, best first. */
  search(query: string, { limit, articleId }: SearchLimits): SentenceHit[] {
    const typed = words(query)
    // "of", "in", "a" beside other words narrow nothing down, yet each holds most of the library:
    // they are left out of a query that has longer words.
    const telling = typed.filter((w) => w.length >= 3)
    const wanted = (telling.length ? telling : typed).join(' ')
    if (!wanted) return []
    const results = this.index.search(wanted, {
      ...QUERY_OPTIONS,
      ...(articleId ? { filter: (r) => r.articleId === articleId } : {})
    })
    return results.slice(0, limit).map((r) => {
      const owner = r.articleId as string
      const text = this.articles.get(owner)?.get(r.id as string) ?? ''
      return { id: r.id as string, articleId: owner, score: r.score, snippet: snippetParts(text, r.terms) }
    })
  }
}
