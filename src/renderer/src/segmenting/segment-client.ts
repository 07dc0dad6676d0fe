// Runs an import's preparation (normalise, fingerprint, segment, build the table) in a Web Worker;
// where a worker cannot start (some file:// hosts), it prepares on this thread instead, so an import
// never fails for that reason alone.
import { prepareArticleText, type ImportStage, type PreparedText } from '@shared/segment/prepare'
import { digestTableHex } from '@shared/segment/table-digest'
import { digestSha256Hex } from '@shared/text/fingerprint'
import type { PrepareRequest, PrepareResponse } from './protocol'

type StageListener = (stage: ImportStage) => void

interface Job {
  request: PrepareRequest
  onStage?: StageListener
  resolve: (prepared: PreparedText) => void
  reject: (error: Error) => void
}

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<number, Job>()

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./segment.worker.ts', import.meta.url), {
      type: 'module',
      name: 'importer'
    })
    worker.onmessage = (event: MessageEvent<PrepareResponse>) => {
      const response = event.data
      const job = pending.get(response.id)
      if (!job) return
      if (response.kind === 'stage') {
        job.onStage?.(response.stage)
        return
      }
      pending.delete(response.id)
      if (response.kind === 'failed') job.reject(new Error(response.error))
      else job.resolve(response.prepared)
    }
    worker.onerror = () => {
      // The worker could not load: finish what is pending here and stop using it.
      worker?.terminate()
      worker = null
      for (const [id, job] of pending) {
        pending.delete(id)
        prepareHere(job.request.text, job.request.language, job.onStage).then(job.resolve, job.reject)
      }
    }
  } catch {
    worker = null
  }
  return worker
}

/** The same preparation on the calling thread, hashing with WebCrypto: the fallback. */
export function prepareHere(text: string, language: string, onStage?: StageListener): Promise<PreparedText> {
  return prepareArticleText(text, language, { hash: digestSha256Hex, hashTable: digestTableHex, onStage })
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
  const request: PrepareRequest = { id: nextId++, text, language }
  const w = getWorker()
  if (!w) return prepareHere(text, language, onStage)
  return new Promise((resolve, reject) => {
    pending.set(request.id, { request, onStage, resolve, reject })
    w.postMessage(request)
  })
}
