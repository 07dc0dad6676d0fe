// Reads one PDF or Word file or saved web page at a time off the UI thread; the page keeps this
// worker for the next read. Each format's library is loaded on its first read of that format
// only (a PDF read never loads the Word reader, nor a Word file pdf.js). pdf.js runs here on
// this worker's own thread: its worker module is registered as `globalThis.pdfjsWorker`, so it
// starts no worker of its own.
import { FileReadError, type FileDraft } from './file-draft'
import type { FormatRequest, FormatResponse } from './format-protocol'

const reply = (response: FormatResponse) => postMessage(response)

async function loadPdf() {
  const [pdfjsWorker, pdf] = await Promise.all([
    import('pdfjs-dist/legacy/build/pdf.worker.mjs'),
    import('./pdf')
  ])
  ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker
  return pdf
}

async function read(request: FormatRequest): Promise<FileDraft> {
  const { fileName } = request
  if (request.kind === 'html') {
    const article = (await import('../html')).extractArticle(request.html, fileName)
    return { ...article, mediaType: 'text/html' }
  }
  if (request.kind === 'docx') return (await import('./docx')).readDocx(fileName, request.bytes)
  return (await loadPdf()).readPdf(fileName, request.bytes, {
    password: request.password,
    onProgress: (progress) => reply({ type: 'progress', progress })
  })
}

self.onmessage = async (event: MessageEvent<FormatRequest>) => {
  try {
    reply({ type: 'done', draft: await read(event.data) })
  } catch (error) {
    reply({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      reason: error instanceof FileReadError ? error.reason : 'refused'
    })
  }
}
