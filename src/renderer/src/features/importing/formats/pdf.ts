// A PDF read by pdf.js (Mozilla's reader): its text items with their positions, laid out as an
// article by the pure rules in `@shared/importing/pdf-layout`. Runs inside the file reader's worker,
// where pdf.js runs on the same thread (`globalThis.pdfjsWorker`), so nothing touches the UI thread.
import { getDocument, InvalidPDFException, PasswordResponses } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { TextItem } from 'pdfjs-dist/types/src/display/api'
import { layOutPdf, type PdfPage } from '@shared/importing/pdf-layout'
import { pdfDetails } from '@shared/importing/pdf-metadata'
import { FileReadError, type FileDraft, type ReadProgress } from './file-draft'
import { withoutLeadingTitle } from './leading-title'

export interface PdfReadOptions {
  password?: string
  onProgress?: (progress: ReadProgress) => void
}

export async function readPdf(
  fileName: string,
  bytes: Uint8Array,
  options: PdfReadOptions = {}
): Promise<FileDraft> {
  const task = getDocument({
    data: bytes,
    password: options.password,
    // Only text is read: no fonts are turned into code, nothing is fetched, no WebAssembly.
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: 0
  })
  let document
  try {
    document = await task.promise
  } catch (error) {
    await task.destroy()
    // pdf.js does not export its PasswordException class: it is known by its name and code.
    const locked = error as { name?: string; code?: number }
    if (locked?.name === 'PasswordException') {
      throw locked.code === PasswordResponses.INCORRECT_PASSWORD
        ? new FileReadError(`“${fileName}”: that is not the password of this PDF.`, 'wrong-password')
        : new FileReadError(`“${fileName}” is locked with a password: enter it to open the PDF.`, 'password')
    }
    const why =
      error instanceof InvalidPDFException
        ? 'its structure is broken'
        : String((error as Error)?.message ?? error)
    throw new FileReadError(`“${fileName}” is a damaged PDF and cannot be read (${why}).`)
  }
  try {
    const pages: PdfPage[] = []
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const [x0, y0, x1, y1] = page.view as [number, number, number, number]
      const content = await page.getTextContent()
      pages.push({
        width: x1 - x0,
        height: y1 - y0,
        items: content.items
          .filter((item): item is TextItem => 'str' in item)
          .map((item) => ({
            text: item.str,
            x: item.transform[4] - x0,
            y: item.transform[5] - y0,
            width: item.width,
            size: Math.hypot(item.transform[2], item.transform[3]) || item.height
          }))
      })
      page.cleanup()
      options.onProgress?.({ done: number, total: document.numPages, unit: 'page' })
    }
    const layout = layOutPdf(pages)
    if (!layout.text.trim()) {
      throw new FileReadError(
        `“${fileName}” has no text to import: its ${pages.length === 1 ? 'page is an image' : `${pages.length} pages are images`} (a scan?). Sourcemark does not read text from images.`
      )
    }
    const { info, metadata } = await document.getMetadata().catch(() => ({ info: null, metadata: null }))
    const details = pdfDetails({
      info: info as Record<string, unknown> | null,
      xmp: (name) => metadata?.get(name) ?? null
    })
    const title = details.title ?? layout.heading ?? ''
    return {
      ...details,
      title,
      text: withoutLeadingTitle(layout.text, title),
      mediaType: 'application/pdf'
    }
  } finally {
    await document.destroy()
  }
}
