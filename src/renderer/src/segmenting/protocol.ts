// Messages between the renderer and the import worker.
import type { ObservabilitySet } from 'dexie'
import type { LongRunSplit } from '@shared/segment/long-runs'
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import type { ArticleDraft, ImportedRows, ImportOutcome } from '../db/articles'
import type { SentenceTable } from '../db/database'

/** The rows an import wrote, as handed to the page: without the table when it was handed ahead (`counted`). */
export type HandedRows = Omit<ImportedRows, 'table'> & { table?: SentenceTable }

/** Prepare a text and send back what an import would store (`done`). */
export interface PrepareRequest {
  id: number
  kind: 'prepare'
  /** The article text as read, before normalisation. */
  text: string
  language: string
}

/**
 * Prepare a text ahead of its import and keep it (`counted`): the worker keeps one, the newest;
 * an import of exactly this text and language then uses it instead of preparing it again.
 */
export interface PrepareAheadRequest {
  id: number
  kind: 'prepare-ahead'
  /** The article text as read, before normalisation. */
  text: string
  language: string
  /** The IndexedDB name of the library the import will write to: opened meanwhile. */
  database?: string
}

/**
 * Forget the preparation kept ahead and close the library opened for it (the import form closed,
 * or its text emptied).
 */
export interface DropAheadRequest {
  id: number
  kind: 'drop-ahead'
}

/** Prepare and store an article in the named library, in one transaction there (`imported`). */
export interface ImportRequest {
  id: number
  kind: 'import'
  /** The IndexedDB name of the library the page has open. */
  database: string
  draft: ArticleDraft
  /**
   * The draft's text is the one the worker prepared ahead and counted (the page compared the two
   * whole, where both are) and is left out of the draft (empty): the worker takes the text it
   * kept, and writes at once, with no `ready`, as there is no preparation left to end it during.
   * A worker that keeps none answers `unprepared`.
   */
  ahead?: true
}

/** Cancel the import request `id`: it stops at its next check, and its write, if begun, aborts. */
export interface CancelRequest {
  id: number
  kind: 'cancel'
}

/** The page's word to write the import `id`, prepared and waiting (`ready`). */
export interface WriteRequest {
  id: number
  kind: 'write'
}

export type ImporterRequest =
  PrepareRequest | PrepareAheadRequest | DropAheadRequest | ImportRequest | CancelRequest | WriteRequest

/** Stage reports while a request runs, then one result; a prepared table's columns are transferred. */
export type ImporterResponse =
  | { id: number; kind: 'stage'; stage: ImportStage }
  | { id: number; kind: 'done'; prepared: PreparedText }
  /**
   * A text prepared ahead and kept: what its import will make, and the text and sentence table it
   * will store (the normalised text and a copy of the table, its columns transferred, under the
   * article's id), handed over now so that the import's answer need not carry them after the
   * click, and the page can make the new article's sentences before it.
   */
  | {
      id: number
      kind: 'counted'
      sentenceCount: number
      split: LongRunSplit
      articleId: string
      /**
       * The text as it will be stored; left out when it is exactly the text the page sent, which
       * the page holds already (a 5 MB text's copy took 40 ms of the page's main thread).
       */
      text?: string
      table: SentenceTable
    }
  /** A preparation ahead replaced by a newer text, or dropped, before it was ready: not kept. */
  | { id: number; kind: 'dropped' }
  /**
   * An import is prepared and waits for `write` (or `cancel`): until the page says write, the
   * worker has written nothing, so the page may end it at any moment, mid-segmentation included.
   */
  | { id: number; kind: 'ready' }
  /**
   * The import's outcome; for a new article, with the text it stored, so that the page need not
   * read it back from the library to show it, and the article's record and sentence table as
   * written (a copy of the table, its columns transferred), for the same reason. The text and the
   * table are left out when the import took the text prepared ahead: the page was handed both
   * with `counted`. `changes` is what Dexie announced of the import's write, for the page to send
   * on once it has shown the article (announceOnceShown).
   */
  | {
      id: number
      kind: 'imported'
      outcome: ImportOutcome
      text?: string
      rows?: HandedRows
      changes: ObservabilitySet[]
    }
  /** An import `ahead` whose text this worker does not keep: nothing was done, the page sends the text. */
  | { id: number; kind: 'unprepared' }
  /** The worker could not open the library: nothing was written, the page does the work. */
  | { id: number; kind: 'unavailable' }
  | { id: number; kind: 'failed'; error: string; name: string }
