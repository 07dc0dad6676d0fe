// The import targets, measured in the built browser shell as the analyst meets them: a
// 20-page news PDF and a 20-page Word file chosen in the import dialog until the frame showing
// the article's first sentence (the dialog's read, then Import article), beside the same pages
// imported as a .txt file in the same page; and a 60 MB file chosen until its refusal is shown.
// Each with the longest main-thread task from the file chosen until the page is idle again.
// Goals are printed, never enforced. Runs with the `import` scenarios (BENCH_ONLY=import).
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright'
import { MAX_IMPORT_FILE_BYTES } from '../src/shared/files/size-limit'
import { pagedArticle, PAGES } from './app-import-files'
import { figure, progress, settle, wanted } from './app-scenarios'
import { openAppShell, readerShown } from './app-shell'
import { probeScript } from './probe-script'

const WARM_UP =
  'Kursk front: a note\n\nReporters filed this warm-up note from Kyiv on Monday. Fighting went on near Sudzha.\n'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A file as the picker hands it over: bytes in memory, or a path for one too large to pass so. */
type ChosenFile = { name: string; mimeType: string; buffer: Buffer } | string

interface FileOutcome {
  /** From the file chosen to the frame showing its first sentence (or its refusal). */
  ms: number
  /** From the file chosen to the dialog showing it read (imports only). */
  readMs: number | null
  /** The title the dialog read from the file (imports only). */
  title: string | null
  longestTaskMs: number
}

/** Calls a function of the page's probes by name: nothing is transpiled into the page. */
function call<T>(page: Page, name: string, ...args: unknown[]): Promise<T> {
  return page.evaluate(`${name}(${args.map((a) => JSON.stringify(a)).join(', ')})`) as Promise<T>
}

/**
 * Opens the import dialog, chooses `file` in its picker, and waits for the probe's `watch`
 * (`watchImport` or `watchRefusal`) to see `words` painted.
 */
async function chooseFile(
  page: Page,
  file: ChosenFile,
  watch: 'watchImport' | 'watchRefusal',
  words: string
): Promise<FileOutcome> {
  await settle(page)
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Import article' })
  await call(page, `sourcemarkImportBench.${watch}`, words)
  const chooser = page.waitForEvent('filechooser')
  await dialog.getByRole('button', { name: 'Open file…' }).click()
  const picker = await chooser
  await picker.setFiles(file)
  const result = await call<{ ms: number; readMs: number | null; title: string | null; since: number }>(
    page,
    'sourcemarkImportBench.fileResult'
  )
  await settle(page)
  const until = await call<number>(page, 'sourcemarkAppBench.now')
  const { task } = await call<{ task: number }>(page, 'sourcemarkAppBench.longestSince', result.since, until)
  return { ...result, longestTaskMs: task }
}

/** The sentences stored for the article titled `title`. */
async function sentencesOf(page: Page, title: string | null): Promise<number> {
  const id = await call<string>(page, 'sourcemarkAppBench.articleIdByTitle', title)
  return call<number>(page, 'sourcemarkAppBench.sentenceCount', id)
}

/** What one 20-page import prints: its figure names, written out so that they can be found. */
interface PagedRun {
  label: string
  seconds: string
  longestTask: string
  goal?: string
}

/** Prints one 20-page import's figures (and its read, its sentences); its seconds. */
async function pagedImport(page: Page, run: PagedRun, file: ChosenFile, words: string): Promise<number> {
  progress(`importing the ${PAGES}-page ${run.label} file`)
  const outcome = await chooseFile(page, file, 'watchImport', words)
  const name = run.seconds.replace(/_s$/, '')
  figure(run.seconds, outcome.ms / 1000, 's', run.goal)
  figure(`${name}_read_s`, outcome.readMs! / 1000, 's')
  figure(`${name}_sentences`, await sentencesOf(page, outcome.title), 'sentences')
  figure(run.longestTask, outcome.longestTaskMs, 'ms', '≤ 100 ms')
  return outcome.ms / 1000
}

/** A text file of `bytes` bytes of news copy: the size is what is refused, not the content. */
async function largeFile(folder: string, text: string, bytes: number): Promise<string> {
  const path = join(folder, 'kursk-archive.txt')
  const copies = Math.ceil(bytes / Buffer.byteLength(text))
  await writeFile(path, Buffer.from(text.repeat(copies)).subarray(0, bytes))
  return path
}

/** Prints the 20-page PDF and Word imports and the 60 MB refusal, or why they were not measured. */
export async function importFileFigures(): Promise<void> {
  if (!wanted('import')) return
  const [pdf, word, text] = await Promise.all([
    pagedArticle('PDF'),
    pagedArticle('Word'),
    pagedArticle('plain-text')
  ])
  // Built by the app's scenarios just before, which run whenever `import` is wanted.
  const shell = await openAppShell({ built: true })
  if (typeof shell === 'string') return figure('import.files', `skipped (${shell})`, '')
  const folder = await mkdtemp(join(tmpdir(), 'sourcemark-bench-import-'))
  const { page } = shell
  try {
    await readerShown(page)
    await page.evaluate(await probeScript('app-import-page.ts'))
    // A short text first, unmeasured: what a session's first import does once (the reader's
    // first article of the session, code fetched on first use) is counted against none of three.
    progress('importing a short text first, unmeasured')
    await chooseFile(
      page,
      { name: 'kursk-note.txt', mimeType: 'text/plain', buffer: Buffer.from(WARM_UP) },
      'watchImport',
      'warm-up note'
    )
    const anchor = await pagedImport(
      page,
      { label: 'text', seconds: 'import.txt_20pages_s', longestTask: 'import.txt_20pages_longest_task_ms' },
      { name: 'kursk-dispatch.txt', mimeType: 'text/plain', buffer: Buffer.from(text.text) },
      text.firstSentence
    )
    const pdfSeconds = await pagedImport(
      page,
      {
        label: 'PDF',
        seconds: 'import.pdf_20pages_s',
        longestTask: 'import.pdf_20pages_longest_task_ms',
        goal: '≤ 2 s'
      },
      { name: 'kursk-dispatch.pdf', mimeType: 'application/pdf', buffer: pdf.pdf },
      pdf.firstSentence
    )
    figure('import.pdf_20pages_vs_txt', pdfSeconds / anchor, '×')
    const docxSeconds = await pagedImport(
      page,
      {
        label: 'Word',
        seconds: 'import.docx_20pages_s',
        longestTask: 'import.docx_20pages_longest_task_ms',
        goal: '≤ 1 s'
      },
      { name: 'kursk-dispatch.docx', mimeType: DOCX, buffer: word.docx },
      word.firstSentence
    )
    figure('import.docx_20pages_vs_txt', docxSeconds / anchor, '×')

    progress('choosing a 60 MB file')
    const bytes = 60 * 1024 * 1024
    const path = await largeFile(folder, text.text, bytes)
    const refused = await chooseFile(
      page,
      path,
      'watchRefusal',
      `the limit is ${MAX_IMPORT_FILE_BYTES / 1024 / 1024} MB`
    )
    figure('import.60mb_refused_s', refused.ms / 1000, 's', '≤ 1 s')
    figure('import.60mb_refused_longest_task_ms', refused.longestTaskMs, 'ms', '≤ 100 ms')
  } finally {
    await shell.close()
    await rm(folder, { recursive: true, force: true })
  }
}
