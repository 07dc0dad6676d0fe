// The browser platform: a file input to open, a Blob download to save, the print dialog for PDF.
import { parseLibraryMarker } from '@shared/ipc/library-marker'
import type { DataFormat } from '@shared/ipc/contract'
import { readChosenFiles } from './chosen-files'
import { ARTICLE_FILE_TYPES, type MarkerStore, type Platform } from './platform'

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // Revoke later: Chromium reads the URL after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

const MEDIA_TYPES: Record<DataFormat, string> = {
  json: 'application/json',
  csv: 'text/csv;charset=utf-8',
  jsonld: 'application/ld+json'
}

function pickFiles(accept: string[], multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = multiple
    input.accept = accept.join(',')
    input.addEventListener('change', () => resolve([...(input.files ?? [])]), { once: true })
    input.addEventListener('cancel', () => resolve([]), { once: true })
    input.click()
  })
}

const PRINT_FRAME_ID = 'sourcemark-print-view'
/** A4's 210 mm less the print style sheet's side margins of 16 mm. */
const PRINT_FRAME_WIDTH = '178mm'

/**
 * The print view's sandbox: nothing in the brief may run (no allow-scripts), submit, navigate or
 * open windows. allow-same-origin lets this page reach the frame's print(), and allow-modals lets
 * the frame show the print dialog at all; without scripts, the two together grant nothing else.
 */
const PRINT_FRAME_SANDBOX = ['allow-same-origin', 'allow-modals'] as const

/**
 * Prints `html` from a hidden frame; the browser's print dialog offers "Save as PDF". The frame
 * stays until the next print replaces it: some browsers print asynchronously after print() returns.
 */
async function printHtml(html: string): Promise<void> {
  document.getElementById(PRINT_FRAME_ID)?.remove()
  // The fonts travel inside the page, as on the desktop: what prints is the page and nothing else.
  const page = await (await import('../features/brief/print-fonts')).embedFonts(html)
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe')
    frame.id = PRINT_FRAME_ID
    frame.title = 'Brief print view'
    frame.setAttribute('aria-hidden', 'true')
    frame.tabIndex = -1
    // Not laid out until its fonts are loaded: laid out before, a long brief is laid out twice,
    // once in the fallback font and again in its own.
    frame.style.display = 'none'
    frame.sandbox.add(...PRINT_FRAME_SANDBOX)
    frame.srcdoc = page
    frame.addEventListener(
      'load',
      () => {
        // A print the browser refuses must fail the export, not leave it waiting forever.
        fontsLoaded(frame)
          .then(() => {
            // As wide as an A4 page's text, and no taller than nothing: a frame 0 wide lays out a
            // long brief a character to a line, seconds of layout for a page nobody sees.
            frame.style.cssText = `position:fixed;width:${PRINT_FRAME_WIDTH};height:0;border:0;right:0;bottom:0`
            frame.contentWindow?.print()
            resolve()
          })
          .catch((error: unknown) => reject(error instanceof Error ? error : new Error(String(error))))
      },
      { once: true }
    )
    document.body.append(frame)
  })
}

/** Every face the page declares, loaded: the print dialog must not render a fallback font. */
async function fontsLoaded(frame: HTMLIFrameElement): Promise<void> {
  const fonts = frame.contentDocument?.fonts
  if (fonts) await Promise.all([...fonts].map((face) => face.load()))
}

/** localStorage survives when Chromium evicts IndexedDB under disk pressure (it is cleared with site data). */
export const LIBRARY_MARKER_KEY = 'sourcemark.libraryMarker'

const localStorageMarker: MarkerStore = {
  async read() {
    const text = localStorage.getItem(LIBRARY_MARKER_KEY)
    return text === null ? null : parseLibraryMarker(text)
  },
  async write(marker) {
    localStorage.setItem(LIBRARY_MARKER_KEY, JSON.stringify(marker))
  }
}

export const browserPlatform: Platform = {
  kind: 'browser',
  async saveMarkdown(suggestedName, content) {
    download(suggestedName, new Blob([content], { type: 'text/markdown;charset=utf-8' }))
    return { saved: true, via: 'download', fileName: suggestedName }
  },
  async exportPdf(_suggestedName, html) {
    await printHtml(html)
    // window.print() returns the same whether the analyst saved a PDF or cancelled.
    return { saved: false, via: 'print-dialog' }
  },
  async saveData(suggestedName, content, format) {
    download(suggestedName, new Blob([content], { type: MEDIA_TYPES[format] }))
    return { saved: true, via: 'download', fileName: suggestedName }
  },
  async pickBackupFile() {
    const [file] = await pickFiles(['.json'], false)
    return file ? { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : null
  },
  async pickArticleFiles() {
    return readChosenFiles(await pickFiles(ARTICLE_FILE_TYPES))
  },
  onMenuCommand: () => () => {},
  // The browser cannot write to a folder unasked: backups here are the files the analyst saves.
  autoBackups: null,
  libraryMarker: localStorageMarker
}
