// The large brief printed: from the click on PDF in the export dialog to the print view loaded and
// handed to the print dialog, then that same page rendered to a PDF by Chromium, read back with
// pdftotext for sanity (the first graded sentence must be in it).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { startCpuProfile } from './cpu-profile'

/** A PDF that takes longer is reported as not finished, with the time it was given. */
const PDF_GIVEN_UP_AFTER_MS = 5 * 60_000

/** In the page: when the analyst clicks, when the print frame is added, and when it has loaded. */
const MARK_PRINT_STAGES = `(() => {
  const stages = (window.__printStages = {})
  addEventListener('click', (e) => { if (e.isTrusted && stages.click === undefined) stages.click = performance.now() }, true)
  new MutationObserver((_records, observer) => {
    const frame = document.getElementById('sourcemark-print-view')
    if (!frame || stages.click === undefined) return
    stages.frame_added = performance.now()
    frame.addEventListener('load', () => (stages.frame_loaded = performance.now()), { once: true })
    observer.disconnect()
  }).observe(document.body, { childList: true })
})()`

/** Seconds Chromium takes to make `html` into an A4 PDF in `printer`. */
async function pdfSeconds(printer: Page, html: string): Promise<number> {
  await printer.setContent(html, { timeout: PDF_GIVEN_UP_AFTER_MS })
  const started = Date.now()
  await printer.pdf({ format: 'A4', printBackground: true })
  return (Date.now() - started) / 1000
}

/**
 * What any page of that length costs in the same run: as many blank pages, and the brief's own
 * text in one preformatted block under the same head (fonts, margins, page furniture), so the
 * brief's figure can be read as pages, text and markup.
 */
async function pdfAnchors(printer: Page, html: string, pages: number): Promise<PrintFigure[]> {
  const head = html.slice(0, html.indexOf('<body>'))
  const blank = `${head}<body>${'<div style="break-after: page">&nbsp;</div>'.repeat(pages)}</body></html>`
  const text = await printer.locator('body').innerText()
  const escaped = text.replace(/[&<]/g, (c: string) => (c === '&' ? '&amp;' : '&lt;'))
  const plain = `${head}<body><pre style="white-space: pre-wrap; font: inherit">${escaped}</pre></body></html>`
  return [
    { name: 'brief.large_pdf_anchor_blank_pages_s', value: await pdfSeconds(printer, blank), unit: 's' },
    { name: 'brief.large_pdf_anchor_plain_text_s', value: await pdfSeconds(printer, plain), unit: 's' }
  ]
}

export interface PrintFigure {
  name: string
  value: number | string
  unit: string
  goal?: string
}

/**
 * Prints the brief from the open export dialog. `call` runs the page probe's functions;
 * `firstGraded` is the text of the first graded sentence, which the PDF must hold.
 */
export async function briefPrintFigures(
  page: Page,
  call: <T>(page: Page, name: string, ...args: unknown[]) => Promise<T>,
  firstGraded: string
): Promise<PrintFigure[]> {
  const figures: PrintFigure[] = []
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  // Done when the status says the print dialog was closed: the page was loaded, its fonts too,
  // and print() was called on it (headless Chromium returns from print() at once).
  await page.evaluate(MARK_PRINT_STAGES)
  await call(page, 'armPaint', '[data-testid="export-status"]', 'print dialog')
  const profiler = await startCpuProfile(page, 'BENCH_CPU_PROFILE')
  await dialog.getByRole('button', { name: 'PDF', exact: true }).click()
  const printed = await call<number>(page, 'paintResult')
  await profiler?.()
  figures.push({ name: 'brief.large_print_s', value: printed / 1000, unit: 's', goal: '≤ 1 s' })
  // Where the time went: the page built (written from the brief model, fonts embedded), then loaded.
  const stages = (await page.evaluate('window.__printStages')) as Record<string, number>
  for (const stage of ['frame_added', 'frame_loaded'])
    if (stages[stage] !== undefined)
      figures.push({
        name: `brief.large_print_${stage}_s`,
        value: (stages[stage] - stages.click!) / 1000,
        unit: 's'
      })

  const html = (await page.locator('#sourcemark-print-view').getAttribute('srcdoc')) ?? ''
  figures.push({ name: 'brief.large_print_page_mb', value: html.length / 1e6, unit: 'MB' })
  const printer = await page.context().newPage()
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-bench-pdf-'))
  try {
    await printer.setContent(html, { timeout: PDF_GIVEN_UP_AFTER_MS })
    const started = Date.now()
    let timer: NodeJS.Timeout | undefined
    const pdf = await Promise.race([
      printer.pdf({ format: 'A4', printBackground: true }),
      new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), PDF_GIVEN_UP_AFTER_MS)))
    ]).finally(() => clearTimeout(timer))
    if (!pdf) {
      figures.push({
        name: 'brief.large_pdf_s',
        value: `not finished in ${PDF_GIVEN_UP_AFTER_MS / 1000} s`,
        unit: ''
      })
      return figures
    }
    figures.push({
      name: 'brief.large_pdf_s',
      value: (Date.now() - started) / 1000,
      unit: 's',
      goal: '≤ 1 s'
    })
    const file = join(dir, 'brief.pdf')
    writeFileSync(file, pdf)
    const text = execFileSync('pdftotext', ['-layout', file, '-'], {
      encoding: 'utf8',
      maxBuffer: 1 << 30
    })
    const pages = (text.match(/\f/g) ?? []).length
    figures.push({ name: 'brief.large_pdf_pages', value: pages, unit: 'pages' })
    // Lines are broken where the page breaks them: compare the words, not the spacing.
    const words = (s: string) => s.replace(/\s+/g, ' ').trim()
    const found = words(text).includes(words(firstGraded).slice(0, 40))
    figures.push({
      name: 'brief.large_pdf_has_first_graded',
      value: found ? 'yes' : `NO (looked for “${words(firstGraded).slice(0, 40)}”)`,
      unit: ''
    })
    figures.push(...(await pdfAnchors(printer, html, pages)))
  } finally {
    await printer.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return figures
}
