// Runs an import off the UI thread, in a Web Worker: the preparation (normalise, fingerprint,
// segment, build and hash the table) and, for a whole import, the write. Where a worker cannot
// start (some file:// hosts), the same work runs on this thread instead, so an import never fails
// for that reason alone. The worker writes only when the page says so, so a Cancel before that
// can end the worker mid-segmentation instead of waiting for it. A text is prepared ahead while
// the analyst reads the import form, and kept there for its import: an import of that text, once
// counted, is sent without it and written at once (nothing is left to segment).
import type { LongRunSplit } from '@shared/segment/long-runs'
import type { ImportStage, PreparedText } from '@shared/segment/prepare'
import {
  dropTextAhead,
  importArticle,
  ImportError,
  importLanguage,
  type ArticleDraft,
  type ImportOutcome
} from '../db/articles'
import type { SentenceTable, SourcemarkDatabase } from '../db/database'
import { announceChanges } from '../db/dexie-broadcast'
import { announceOnceShown, keepImportedText } from '../db/imported-text'
import { sentencesWhenIdle } from '../db/sentences'
import type { ImporterResponse, ImportRequest, PrepareAheadRequest, PrepareRequest } from './protocol'
import { reportedError } from '../worker-start'

/** The preparation on this thread, fetched only where no worker starts: the segmenter stays out of the first load. */
export const prepareHere = async (...args: Parameters<typeof import('./prepare-here').prepareHere>) =>
  (await import('./prepare-here')).prepareHere(...args)

type StageListener = (stage: ImportStage) => void

/** What the import of a text prepared ahead will make, to say before Import article. */
export interface PreparedAhead {
  sentenceCount: number
  /** Runs without a sentence end the import will split into parts. */
  split: LongRunSplit
}

interface Job {
  request: PrepareRequest | PrepareAheadRequest | ImportRequest
  onStage?: StageListener
  /** The same work on this thread, for when the worker cannot load. */
  here: () => Promise<unknown>
  resolve: (value: never) => void
  reject: (error: Error) => void
  /** The worker was told to write it: from then on it is waited for, never ended. */
  writing?: boolean
  /** For an import `ahead`: the same import with its text, for a worker that kept none. */
  withText?: ImportRequest
  /** An import of an article the page opens once it is stored (see importOffThread). */
  opens?: boolean
  /** For a text prepared ahead: the library its text is written ahead in. */
  library?: SourcemarkDatabase
}

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, Job>()
/**
 * The text the worker prepared ahead and counted, the newest only: as it will be stored (`text`
 * and `table`, by its article's id), and as it was sent (`source`, in `language`).
 */
let preparedText:
  { articleId: string; text: string; table: SentenceTable; source: string; language: string } | undefined

/**
 * The text the worker last wrote ahead of an import, with the library it is in (see
 * writeTextAhead): the worker drops it when the form lets it go, but not once the page has ended
 * that worker; the page then drops it itself (see endWorker).
 */
let writtenAhead: { articleId: string; db: SourcemarkDatabase } | undefined

/**
 * Ends the worker, which can no longer drop the text it wrote ahead: the page drops it (a text
 * its article has taken since is kept). A fresh worker is started when next needed.
 */
function endWorker(w: Worker): void {
  w.terminate()
  worker = undefined
  preparedText = undefined
  const was = writtenAhead
  writtenAhead = undefined
  if (was) void dropTextAhead(was.db, was.articleId).catch(() => undefined)
}

/** The worker's error as the page's own: an ImportError stays one, so its message is shown as is. */
function errorOf(response: { error: string; name: string }): Error {
  if (response.name === 'ImportError') return new ImportError(response.error)
  return reportedError({ name: response.name, message: response.error })
}

function runHere(job: Job): void {
  job.here().then(job.resolve as (value: unknown) => void, job.reject)
}

function answer(w: Worker, response: ImporterResponse): void {
  const job = pending.get(response.id)
  if (response.kind === 'ready') {
    // Prepared: it writes only on this word, so a job cancelled meanwhile is told so instead.
    if (job) job.writing = true
    w.postMessage({ id: response.id, kind: job ? 'write' : 'cancel' })
    return
  }
  if (!job) return
  if (response.kind === 'stage') {
    job.onStage?.(response.stage)
    return
  }
  if (response.kind === 'unprepared' && job.withText) {
    // Its worker keeps no such text (a new one, after a cancel ended the last): sent again, whole.
    job.request = job.withText
    job.writing = false
    job.withText = undefined
    w.postMessage(job.request)
    return
  }
  pending.delete(response.id)
  if (response.kind === 'counted' && job.request.kind === 'prepare-ahead') {
    const { text: source, language } = job.request
    const { articleId, table } = response
    preparedText = { articleId, text: response.text ?? source, table, source, language }
    // Its text is written ahead in the library it was prepared for, once counted.
    if (job.library) writtenAhead = { articleId, db: job.library }
    // Its sentences are made while the analyst reads the form, not after Import article.
    sentencesWhenIdle(table)
  }
  if (response.kind === 'imported' && response.outcome.kind === 'imported') {
    const { articleId } = response.outcome
    // The stored text and table came with the answer, or ahead of it: an article's id is its
    // text's fingerprint, and its table that of the text in the import's language.
    const ahead = preparedText?.articleId === articleId ? preparedText : undefined
    const text = response.text ?? ahead?.text
    const { article, table } = response.rows ?? {}
    const language = job.request.kind === 'import' ? importLanguage(job.request.draft) : undefined
    const handed = table ?? (ahead?.language === language ? ahead?.table : undefined)
    if (text !== undefined) keepImportedText(articleId, text, article && handed && { article, table: handed })
    // What it wrote is read again by the library's live queries once the reader shows it.
    if (job.opens) announceOnceShown(articleId, () => announceChanges(response.changes))
    else announceChanges(response.changes)
  } else if (response.kind === 'imported') {
    announceChanges(response.changes)
  }
  if (response.kind === 'unavailable') runHere(job)
  else if (response.kind === 'failed') job.reject(errorOf(response))
  else job.resolve(valueOf(response) as never)
}

function valueOf(response: ImporterResponse): PreparedText | ImportOutcome | PreparedAhead | null {
  switch (response.kind) {
    case 'done':
      return response.prepared
    case 'imported':
      return response.outcome
    case 'counted':
      return { sentenceCount: response.sentenceCount, split: response.split }
    default:
      return null
  }
}

const isAhead = (job: Job) => job.request.kind === 'prepare-ahead'

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    const started = new Worker(new URL('./segment.worker.ts', import.meta.url), {
      type: 'module',
      name: 'importer'
    })
    // Messages of a worker already ended (see `cancelled`) are no longer heard.
    started.onmessage = (event: MessageEvent<ImporterResponse>) => {
      if (started === worker) answer(started, event.data)
    }
    started.onerror = () => {
      if (started !== worker) return
      // The worker could not load: finish what is pending here and stop using it.
      started.terminate()
      worker = null
      preparedText = undefined
      for (const [id, job] of pending) {
        pending.delete(id)
        runHere(job)
      }
    }
    worker = started
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

/**
 * A cancel of the import `id`. Before the worker was told to write, nothing of it can be stored:
 * the import rejects at once, and the worker, busy perhaps with seconds of segmentation it cannot
 * interrupt, is ended and a fresh one started; what else it held (nothing of it written either)
 * starts again there. Once told to write, the worker is asked to stop, its write aborts, and the
 * import settles with the worker's answer, so a write that committed first is reported as done.
 */
function cancelled(id: number, reason: unknown): void {
  const job = pending.get(id)
  const w = worker
  if (!job || !w) return
  if (job.writing) {
    w.postMessage({ id, kind: 'cancel' })
    return
  }
  pending.delete(id)
  job.reject(reason instanceof Error ? reason : new DOMException('Import cancelled.', 'AbortError'))
  if ([...pending.values()].some((other) => other.writing)) {
    // Another import is being written there: the worker stays, and this one stops when prepared.
    w.postMessage({ id, kind: 'cancel' })
    return
  }
  endWorker(w)
  const fresh = getWorker()
  for (const other of pending.values()) {
    // What the ended worker prepared ahead is gone with it: an import prepares that text anew.
    if (isAhead(other)) {
      pending.delete(other.request.id)
      other.resolve(null as never)
    } else if (fresh) fresh.postMessage(other.request)
    else {
      pending.delete(other.request.id)
      runHere(other)
    }
  }
}

/** What a job may come with besides its request (see Job). */
interface RunOptions {
  onStage?: StageListener
  /** Cancels it (see cancelled). */
  signal?: AbortSignal
  opens?: boolean
  library?: SourcemarkDatabase
}

function run<T>(
  request: PrepareRequest | PrepareAheadRequest | ImportRequest,
  here: () => Promise<T>,
  { onStage, signal, opens, library }: RunOptions = {}
): Promise<T> {
  const w = getWorker()
  if (!w) return here()
  signal?.addEventListener('abort', () => cancelled(request.id, signal.reason), { once: true })
  const sent = request.kind === 'import' ? lightened(request) : undefined
  return new Promise<T>((resolve, reject) => {
    pending.set(request.id, {
      request: sent ?? request,
      onStage,
      here,
      resolve: resolve as (value: never) => void,
      reject,
      // Prepared already, it is written at once: waited for from now on (see ImportRequest).
      writing: sent !== undefined,
      withText: sent && (request as ImportRequest),
      opens,
      library
    })
    w.postMessage(sent ?? request)
  })
}

/**
 * The import without its text when that text is exactly the one the worker prepared ahead and
 * counted (compared whole here, where both are), else undefined: the click then copies no
 * megabytes to the worker, and the worker no longer compares them again.
 */
function lightened(request: ImportRequest): ImportRequest | undefined {
  const { draft } = request
  const ahead = preparedText
  if (!ahead || ahead.source !== draft.text || ahead.language !== importLanguage(draft)) return undefined
  return { ...request, draft: { ...draft, text: '' }, ahead: true }
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
  return run({ id: nextId++, kind: 'prepare', text, language }, () => prepareHere(text, language, onStage), {
    onStage
  })
}

/**
 * Prepares `text` in the import worker ahead of its import, which the worker keeps for an import
 * of exactly this text and language (`importOffThread`), in place of the one it kept before; and
 * opens the library `db` meanwhile, for that import to write without waiting, and writes the text
 * there ahead of it. Resolves with what that import will make; with null when a newer text or
 * `dropAhead` replaced it first, when its worker was ended, or where no worker starts (nothing is
 * prepared ahead on this thread: the import prepares it, as it would have).
 */
export function prepareAhead(
  text: string,
  language: string,
  db?: SourcemarkDatabase
): Promise<PreparedAhead | null> {
  preparedText = undefined
  const request: PrepareAheadRequest = {
    id: nextId++,
    kind: 'prepare-ahead',
    text,
    language,
    database: db?.name
  }
  return run(request, async () => null, { library: db })
}

/**
 * Forgets the text prepared ahead. With `end`, as the import form closes, a preparation still
 * running ends at once with its worker (when the worker holds nothing else), and a fresh one is
 * started when next needed (the dialog opening again); else it finishes and is thrown away.
 */
export function dropAhead({ end = false }: { end?: boolean } = {}): void {
  preparedText = undefined
  const w = worker
  if (!w) return
  const running = [...pending.values()].filter(isAhead)
  for (const job of running) {
    pending.delete(job.request.id)
    job.resolve(null as never)
  }
  if (end && running.length > 0 && pending.size === 0) {
    endWorker(w)
    return
  }
  w.postMessage({ id: nextId++, kind: 'drop-ahead' })
}

/**
 * Imports `draft` into `db` off the UI thread: prepared (or taken as prepared ahead) and written
 * by the worker, in one transaction of its own connection, with the outcome and errors
 * `importArticle` gives. `onStage`
 * hears reading, normalising, segmenting and saving as the worker reaches them. `signal` cancels
 * it: the promise then rejects with an `AbortError` and nothing is written. `opens`: the page opens
 * the new article once it is stored, and the library's live queries (this page's, other windows')
 * hear of what the import wrote once the reader has shown it (announceOnceShown); otherwise at once.
 */
export function importOffThread(
  db: SourcemarkDatabase,
  draft: ArticleDraft,
  onStage?: StageListener,
  signal?: AbortSignal,
  { opens = false }: { opens?: boolean } = {}
): Promise<ImportOutcome> {
  if (signal?.aborted) return Promise.reject(signal.reason)
  return run(
    { id: nextId++, kind: 'import', database: db.name, draft },
    () => importArticle(db, draft, { prepare: prepareHere, onStage, signal }),
    { onStage, signal, opens }
  )
}
