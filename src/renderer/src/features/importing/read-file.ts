// The one entry that turns a picked or dropped file into a draft for the import dialog, whatever
// its format. PDF and Word files are read in a worker of their own (one per file), so a long read
// never blocks the page and Cancel ends it at once by ending the worker; nothing is written.
import type { PickedFile } from '../../platform'
import { readArticleFile } from './decode'
import { FileReadError, type FileDraft, type ReadProgress } from './formats/file-draft'
import type { FormatKind, FormatRequest, FormatResponse } from './formats/format-protocol'

export { FileReadError, type FileDraft, type ReadProgress } from './formats/file-draft'

export interface ReadFileOptions {
  /** Aborting it stops the read; the promise rejects with a FileReadError of reason 'cancelled'. */
  signal?: AbortSignal
  onProgress?: (progress: ReadProgress) => void
  /** The password of a PDF locked with one (asked after a FileReadError of reason 'password'). */
  password?: string
}

const FORMATS: Record<string, FormatKind> = { '.pdf': 'pdf', '.docx': 'docx' }

function formatOf(fileName: string): FormatKind | undefined {
  const extension = fileName.toLowerCase().match(/\.[^.]+$/)?.[0]
  return extension ? FORMATS[extension] : undefined
}

export async function readFileAsDraft(file: PickedFile, options: ReadFileOptions = {}): Promise<FileDraft> {
  const kind = formatOf(file.fileName)
  if (!kind) {
    const read = readArticleFile(file.fileName, file.bytes)
    return { ...read, title: read.title ?? '' }
  }
  return readInWorker(
    { kind, fileName: file.fileName, bytes: file.bytes, password: options.password },
    options
  )
}

const RESPONSE_TYPES = new Set<unknown>(['progress', 'done', 'failed'] satisfies FormatResponse['type'][])

function readInWorker(request: FormatRequest, { signal, onProgress }: ReadFileOptions): Promise<FileDraft> {
  const cancelled = () => new FileReadError(`Reading “${request.fileName}” was cancelled.`, 'cancelled')
  if (signal?.aborted) return Promise.reject(cancelled())
  return new Promise<FileDraft>((resolve, reject) => {
    const worker = new Worker(new URL('./formats/format.worker.ts', import.meta.url), {
      type: 'module',
      name: 'file-reader'
    })
    const finish = () => {
      worker.terminate()
      signal?.removeEventListener('abort', abort)
    }
    const abort = () => {
      finish()
      reject(cancelled())
    }
    signal?.addEventListener('abort', abort)
    worker.onmessage = (event: MessageEvent<FormatResponse>) => {
      const response = event.data
      // pdf.js's worker module announces itself to the page ("ready") when it loads in a worker:
      // only the reader's own messages are answered.
      if (!RESPONSE_TYPES.has(response?.type)) return
      if (response.type === 'progress') return onProgress?.(response.progress)
      finish()
      if (response.type === 'done') resolve(response.draft)
      else reject(new FileReadError(response.message, response.reason))
    }
    worker.onerror = (event) => {
      finish()
      reject(
        new FileReadError(
          `“${request.fileName}” could not be read: ${event.message || 'the reader stopped'}.`
        )
      )
    }
    // A copy goes to the worker: the caller keeps its bytes (to read again with a password).
    worker.postMessage({ ...request, bytes: request.bytes.slice() })
  })
}
