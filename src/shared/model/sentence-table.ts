// The stand-off form of an article's sentences (DESIGN.md §4), shared by the database and backups.
import { SENTENCE_KINDS, type SentenceKind } from './index'

/**
 * An article's sentences as one row of parallel typed arrays: ranges over `article.text`, not one
 * row per sentence. `seqs[i]` is the per-article sequence number that makes sentence i's stable id;
 * `kinds[i]` indexes SENTENCE_KINDS. Typed arrays: IndexedDB copies them as blocks.
 */
export interface SentenceTable {
  articleId: string
  /** The next unused sequence number: ids are never reused after a split. */
  nextSeq: number
  seqs: Uint32Array
  starts: Uint32Array
  ends: Uint32Array
  kinds: Uint8Array
}

/** The index a kind is stored under in `SentenceTable.kinds` (looked up at call time: index.ts imports this file). */
export function kindCode(kind: SentenceKind): number {
  return SENTENCE_KINDS.indexOf(kind)
}
