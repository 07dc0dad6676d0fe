// Reads one PDF or Word file off the UI thread. pdf.js runs here on this worker's own thread: its
// worker module is registered as `globalThis.pdfjsWorker`, so it starts no worker of its own.
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs'
import { FileReadError } from './file-draft'
import type { FormatRequest, FormatResponse } from './format-protocol'

;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker

const reply = (response: FormatResponse) => postMessage(response)

self.onmessage = async (event: MessageEvent<FormatRequest>) => {
  const { kind, fileName, bytes, password } = event.data
  try {
    const draft =
      kind === 'pdf'
        ? await (
            await import('./pdf')
          ).readPdf(fileName, bytes, {
            password,
            onProgress: (progress) => reply({ type: 'progress', progress })
          })
        : await (await import('./docx')).readDocx(fileName, bytes)
    reply({ type: 'done', draft })
  } catch (error) {
    reply({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
      reason: error instanceof FileReadError ? error.reason : 'refused'
    })
  }
}
