// The one way a picked or dropped file becomes something to import: an article's draft (its
// text and details, all editable before import), a Sourcemark backup to restore instead, or a
// refusal that names the file and the reason. Each format has its own reader; PDF and Word files
// and saved web pages are read in the file reader's worker (kept warm between reads), so a long
// read never blocks the page and Cancel ends it at once by ending the worker; nothing is written.
import { BACKUP_FORMAT } from '@shared/backup/format'
import type { PickedFile } from '../../platform'
import { FileReadError, type FileDraft, type ReadProgress } from './formats/file-draft'
import type { FormatKind, FormatRequest, FormatResponse } from './formats/format-protocol'
import { declaredCharset, decodeText, InvalidUtf8Error, titleFromFileName } from './decode'
import { readMarkdownArticle } from './formats/markdown'
import { readTextArticle } from './formats/text'
import { endFileReader, returnFileReader, takeFileReader } from './formats/reader-worker'

/** A link in the article's text, whose address is kept beside the text, not in it. */
export interface ArticleLink {
  text: string
  url: string
}

export interface ReadArticle {
  title: string
  text: string
  mediaType: string
  outlet?: string
  author?: string
  publishedAt?: string
  url?: string
  language?: string
  links?: ArticleLink[]
  /** What the reader kept out of the text, said in the dialog ("2 code blocks kept out of the text."). */
  notes?: string[]
  /** Parts of a PDF or Word file kept out of the sentences (tables, footnotes), listed in the dialog. */
  leftOut?: string[]
}

export { FileReadError, type FileDraft, type ReadProgress } from './formats/file-draft'
export { warmFileReader } from './formats/reader-worker'

export type ReadOutcome =
  | { kind: 'article'; article: ReadArticle }
  /** A Sourcemark backup: it is restored, not imported. */
  | { kind: 'backup'; file: PickedFile }
  /** UTF-8 with invalid sequences: importable with U+FFFD in their place if the analyst agrees. */
  | { kind: 'invalid-utf8'; message: string }
  | { kind: 'refused'; message: string }

export interface ReadOptions extends ReadFileOptions {
  /** The analyst agreed to import damaged UTF-8 with U+FFFD in place of each invalid sequence. */
  replaceInvalidUtf8?: boolean
}

export interface ReadFileOptions {
  /** Aborting it stops the read; the promise rejects with a FileReadError of reason 'cancelled'. */
  signal?: AbortSignal
  onProgress?: (progress: ReadProgress) => void
  /** The password of a PDF locked with one (asked after a FileReadError of reason 'password'). */
  password?: string
}

const TEXT_TYPES = ['.txt', '.text']
const MARKDOWN_TYPES = ['.md', '.markdown']
const HTML_TYPES = ['.html', '.htm', '.xhtml']

const endsWithAny = (name: string, types: string[]) => types.some((ext) => name.toLowerCase().endsWith(ext))

/**
 * Reads `file` by its kind. A PDF asking for a password, a wrong password and a cancelled read
 * reject with a FileReadError of that reason; every other refusal is an outcome.
 */
export async function readArticleFile(file: PickedFile, options: ReadOptions = {}): Promise<ReadOutcome> {
  const { fileName, bytes } = file
  if (formatOf(fileName)) return fromWorker(readFileAsDraft(file, options))
  try {
    if (fileName.toLowerCase().endsWith('.json')) return await readJson(file, options)
    if (endsWithAny(fileName, TEXT_TYPES)) {
      return article(readTextArticle(fileName, await decodeText(fileName, bytes, options)))
    }
    if (endsWithAny(fileName, MARKDOWN_TYPES)) {
      const read = readMarkdownArticle(fileName, await decodeText(fileName, bytes, options))
      return article({
        ...read,
        title: read.title || titleFromFileName(fileName),
        mediaType: 'text/markdown'
      })
    }
    if (endsWithAny(fileName, HTML_TYPES)) {
      // Decoding is quick and says what the bytes are; parsing the page is the worker's.
      const html = await decodeText(fileName, bytes, { ...options, charset: declaredCharset(bytes) })
      return fromWorker(
        readInWorker({ kind: 'html', fileName, html }, options).then((draft) => ({
          ...draft,
          title: draft.title || titleFromFileName(fileName)
        }))
      )
    }
    return {
      kind: 'refused',
      message: `“${fileName}”: only plain text (.txt), Markdown (.md), saved web pages (.html), PDF (.pdf), Word (.docx) and Sourcemark backups (.json) can be read here.`
    }
  } catch (e) {
    if (e instanceof InvalidUtf8Error) return { kind: 'invalid-utf8', message: e.message }
    return { kind: 'refused', message: e instanceof Error ? e.message : String(e) }
  }
}

const article = (read: ReadArticle): ReadOutcome => ({ kind: 'article', article: read })

/** A worker's read as an outcome: its refusal is one; a password asked for or a cancel is thrown. */
async function fromWorker(read: Promise<FileDraft>): Promise<ReadOutcome> {
  try {
    return article(await read)
  } catch (e) {
    if (e instanceof FileReadError && e.reason === 'refused') return { kind: 'refused', message: e.message }
    throw e
  }
}

/** A `.json` file is imported only as what it says it is: a Sourcemark backup. */
async function readJson(file: PickedFile, options: ReadOptions): Promise<ReadOutcome> {
  const text = await decodeText(file.fileName, file.bytes, options)
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    return {
      kind: 'refused',
      message: `“${file.fileName}” is not valid JSON, so it is neither an article nor a Sourcemark backup.`
    }
  }
  if (data && typeof data === 'object' && (data as { format?: unknown }).format === BACKUP_FORMAT) {
    return { kind: 'backup', file }
  }
  return {
    kind: 'refused',
    message: `“${file.fileName}” is JSON but not a Sourcemark backup (no "format": "${BACKUP_FORMAT}"); articles are read from .txt, .md, .html, .pdf and .docx files.`
  }
}

const FORMATS: Record<string, FormatKind> = { '.pdf': 'pdf', '.docx': 'docx' }

function formatOf(fileName: string): FormatKind | undefined {
  const extension = fileName.toLowerCase().match(/\.[^.]+$/)?.[0]
  return extension ? FORMATS[extension] : undefined
}

/** Reads a PDF or Word file in the file reader's worker; any other file is refused. */
export async function readFileAsDraft(file: PickedFile, options: ReadFileOptions = {}): Promise<FileDraft> {
  const kind = formatOf(file.fileName)
  if (!kind) throw new FileReadError(`“${file.fileName}” is neither a PDF nor a Word file.`)
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
    const worker = takeFileReader()
    const abort = () => {
      signal?.removeEventListener('abort', abort)
      endFileReader(worker)
      reject(cancelled())
    }
    signal?.addEventListener('abort', abort)
    worker.onmessage = (event: MessageEvent<FormatResponse>) => {
      const response = event.data
      // pdf.js's worker module announces itself to the page ("ready") when it loads in a worker:
      // only the reader's own messages are answered.
      if (!RESPONSE_TYPES.has(response?.type)) return
      if (response.type === 'progress') return onProgress?.(response.progress)
      signal?.removeEventListener('abort', abort)
      returnFileReader(worker)
      if (response.type === 'done') resolve(response.draft)
      else reject(new FileReadError(response.message, response.reason))
    }
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', abort)
      endFileReader(worker)
      reject(
        new FileReadError(
          `“${request.fileName}” could not be read: ${event.message || 'the reader stopped'}.`
        )
      )
    }
    // A copy goes to the worker: the caller keeps its bytes (to read again with a password).
    worker.postMessage('bytes' in request ? { ...request, bytes: request.bytes.slice() } : request)
  })
}
