// Prints a brief's HTML to PDF in a hidden window that runs no scripts, has no preload, lives in
// its own in-memory session and may load nothing but the brief itself (and data: URLs in it).
import { BrowserWindow, session, type PrintToPDFOptions, type Session } from 'electron'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { printCspDirectives, serializeCsp, withContentSecurityPolicy } from '../security/csp'
import { isPrintRequestAllowed } from '../security/print-requests'
import { printWindowOptions } from './window-options'

/** No `persist:` prefix: the session is in memory and forgotten when the app quits. */
const PRINT_PARTITION = 'sourcemark-print'
const PRINT_TIMEOUT_MS = 60_000

const allowedFiles = new Set<string>()
let printSession: Session | null = null

function preparedSession(): Session {
  if (printSession) return printSession
  const ses = session.fromPartition(PRINT_PARTITION)
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isPrintRequestAllowed(details.url, allowedFiles) })
  })
  const csp = serializeCsp(printCspDirectives())
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, csp) })
  })
  printSession = ses
  return ses
}

export async function printHtmlToPdf(html: string, options: PrintToPDFOptions): Promise<Uint8Array> {
  preparedSession()
  // A file rather than a data: URL: Chromium caps URLs at 2 MB and briefs with images exceed it.
  const directory = await mkdtemp(join(tmpdir(), 'sourcemark-print-'))
  const file = join(directory, 'brief.html')
  const fileUrl = pathToFileURL(file).href
  // The BOM makes Chromium read the file as UTF-8 whatever the HTML declares.
  await writeFile(file, `\ufeff${html}`, 'utf8')
  allowedFiles.add(fileUrl)
  const window = new BrowserWindow(printWindowOptions(PRINT_PARTITION))
  try {
    await withTimeout(window.loadFile(file), PRINT_TIMEOUT_MS, 'loading the brief for printing timed out')
    const pdf = await withTimeout(
      window.webContents.printToPDF(options),
      PRINT_TIMEOUT_MS,
      'printing the brief timed out'
    )
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
  } finally {
    allowedFiles.delete(fileUrl)
    window.destroy()
    await rm(directory, { recursive: true, force: true })
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}
