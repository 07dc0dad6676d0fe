// Reads the files of a batch for review: each through `readArticleFile`, at most two at once
// (a PDF or Word file takes a worker and a core of its own), its text then counted and
// fingerprinted by the import's own worker, so the review says what the import will do.
import { db } from '../../db'
import { findBySha256, importLanguage } from '../../db/articles'
import type { PickedFile } from '../../platform'
import { prepareOffThread } from '../../segmenting/segment-client'
import type { RowRead } from './batch'
export { READ_CONCURRENCY } from '@shared/importing/read-concurrency'
import { FileReadError, readArticleFile, type ReadProgress } from './read-file'

export interface ReadRowOptions {
  signal: AbortSignal
  onProgress?: (progress: ReadProgress) => void
  password?: string
  replaceInvalidUtf8?: boolean
}

/**
 * Reads one file of a batch. Rejects only when `signal` aborts (a FileReadError of reason
 * 'cancelled'); everything else, a locked PDF included, is the row's read.
 */
export async function readRow(file: PickedFile, options: ReadRowOptions): Promise<RowRead> {
  const { signal } = options
  let outcome
  try {
    outcome = await readArticleFile(file, options)
  } catch (e) {
    if (signal.aborted) throw e
    if (e instanceof FileReadError && (e.reason === 'password' || e.reason === 'wrong-password')) {
      return { kind: 'password', wrong: e.reason === 'wrong-password' }
    }
    return { kind: 'refused', message: e instanceof Error ? e.message : String(e) }
  }
  if (outcome.kind !== 'article') return outcome.kind === 'backup' ? { kind: 'backup' } : outcome
  const { article } = outcome
  // The same preparation the import runs (normalise, fingerprint, segment), in its worker.
  const prepared = await prepareOffThread(article.text, importLanguage(article))
  signal.throwIfAborted()
  if (!prepared.text) return { kind: 'refused', message: `“${file.fileName}”: there is no text to import.` }
  const known = await findBySha256(db, prepared.sha256)
  return {
    kind: 'article',
    article,
    sha256: prepared.sha256,
    sentenceCount: prepared.table.seqs.length,
    known: known && { articleId: known.id, title: known.title }
  }
}

/**
 * Runs `task` on every item, at most `limit` at once, in order of the items; stops starting new
 * ones once `signal` aborts. Resolves when every started task has settled.
 */
export async function eachWithLimit<T>(
  items: T[],
  limit: number,
  signal: AbortSignal,
  task: (item: T, index: number) => Promise<void>
): Promise<void> {
  let next = 0
  const lane = async () => {
    while (next < items.length && !signal.aborted) {
      const index = next++
      await task(items[index], index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane))
}
