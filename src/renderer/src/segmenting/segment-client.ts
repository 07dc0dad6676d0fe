// Runs an import off the UI thread, in a Web Worker: the preparation (normalise, fingerprint,
// segment, build and hash the table) and, for a whole import, the write. Where a worker cannot
// start (some file:// hosts), the same work runs on this thread instead, so an import never fails
// for that reason alone.
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import { importArticle, ImportError, type ArticleDraft, type ImportOutcome } from '../db/articles'
import type { SourcemarkDatabase } from '../db/database'
import type { ImporterRequest, ImporterResponse } from './protocol'

/** The preparation on this thread, fetched only where no worker starts: the segmenter stays out of the first load. */
export const prepareHere = async (...args: Parameters<typeof import('./prepare-here').prepareHere>) =>
  (await import('./prepare-here')).prepareHere(...args)

type StageListener = (stage: ImportStage) => void

interface Job {
  request: ImporterRequest
  onStage?: StageListener
  /** The same work on this thread, for when the worker cannot load. */
  here: () => Promise<unknown>
  resolve: (value: never) => void
  reject: (error: Error) => void
}

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, Job>()

/** The worker's error as the page's own: an ImportError stays one, so its message is shown as is. */
function errorOf(response: { error: string; name: string }): Error {
  if (response.name === 'ImportError') return new ImportError(response.error)
  return Object.assign(new Error(response.error), { name: response.name })
}

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./segment.worker.ts', import.meta.url), {
      type: 'module',
      name: 'importer'
    })
    worker.onmessage = (event: MessageEvent<ImporterResponse>) => {
      const response = event.data
      const job = pending.get(response.id)
      if (!job) return
      if (response.kind === 'stage') {
        job.onStage?.(response.stage)
        return
      }
      pending.delete(response.id)
      if (response.kind === 'unavailable')
        job.here().then(job.resolve as (value: unknown) => void, job.reject)
      else if (response.kind === 'failed') job.reject(errorOf(response))
      else job.resolve((response.kind === 'done' ? response.prepared : response.outcome) as never)
    }
    worker.onerror = () => {
      // The worker could not load: finish what is pending here and stop using it.
      worker?.terminate()
      worker = null
      for (const [id, job] of pending) {
        pending.delete(id)
        job.here().then(job.resolve as (value: unknown) => void, job.reject)
      }
    }
  } catch {
    worker = null
  }
  return worker
}

/**
 * Starts the worker ahead of the first import (when the import dialog opens), so that loading its
 * code and the segmenter is done while the analyst picks a file, not after Import article.
 */
export function warmImporter(): void {
  getWorker()
}

function run<T>(
  request: ImporterRequest,
  here: () => Promise<T>,
  onStage?: StageListener,
  signal?: AbortSignal
): Promise<T> {
  const w = getWorker()
  if (!w) return here()
  // The worker stops at its next check; until it answers, the request is not settled, so a
  // cancel that came too late (the write had committed) is reported as the import it was.
  signal?.addEventListener('abort', () => worker?.postMessage({ id: request.id, kind: 'cancel' }), {
    once: true
  })
  return new Promise<T>((resolve, reject) => {
    pending.set(request.id, { request, onStage, here, resolve: resolve as (value: never) => void, reject })
    w.postMessage(request)
  })
}

/**
 * Prepares `text` for import off the UI thread; `onStage` hears 'normalising' and 'segmenting'
 * as the worker reaches them. The sentence table arrives as transferred typed arrays.
 */
export function prepareOffThread(
  text: string,
  language: string,
  onStage?: StageListener
): Promise<PreparedText> {
  return run(
    { id: nextId++, kind: 'prepare', text, language },
    () => prepareHere(text, language, onStage),
    onStage
  )
}

/**
 * Imports `draft` into `db` off the UI thread: prepared and written by the worker, in one
 * transaction of its own connection, with the outcome and errors `importArticle` gives. `onStage`
 * hears reading, normalising, segmenting and saving as the worker reaches them. `signal` cancels
 * it: the promise then rejects with an `AbortError` and nothing is written.
 */
export function importOffThread(
  db: SourcemarkDatabase,
  draft: ArticleDraft,
  onStage?: StageListener,
  signal?: AbortSignal
): Promise<ImportOutcome> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  return run(
    { id: nextId++, kind: 'import', database: db.name, draft },
    () => importArticle(db, draft, { prepare: prepareHere, onStage, signal }),
    onStage,
    signal
  )
}
