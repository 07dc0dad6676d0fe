// Reads one PDF or Word file or saved web page off the UI thread. pdf.js runs here on this worker's
// own thread: its worker module is registered as `globalThis.pdfjsWorker`, so it starts no worker
// of its own.
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import { FileReadError, type FileDraft } from './file-draft'
import type { FormatRequest, FormatResponse } from './format-protocol'

;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker

const reply = (response: FormatResponse) => postMessage(response)

async function read(request: FormatRequest): Promise<FileDraft> {
  const { fileName } = request
  if (request.kind === 'html') {
    const article = (await import('../html')).extractArticle(request.html, fileName)
    return { ...article, mediaType: 'text/html' }
  }
  if (request.kind === 'docx') return (await import('./docx')).readDocx(fileName, request.bytes)
  return (await import('./pdf')).readPdf(fileName, request.bytes, {
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
