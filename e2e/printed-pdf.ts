// Reads a printed PDF the way a reviewer would, with poppler's command-line tools: the text of
// each page as laid out and in drawing order, the page count and the fonts it embeds.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { test, type Page } from '@playwright/test'

export interface PdfFont {
  name: string
  embedded: boolean
}

export interface PrintedPdf {
  file: string
  /** `pdfinfo`'s page count. */
  pageCount: number
  /** Each page's text as laid out (`pdftotext -layout`), blank lines dropped, trailing spaces trimmed. */
  layoutPages: string[][]
  /** Each page's text in drawing order (`pdftotext -raw`), with no whitespace at all. */
  squeezedPages: string[]
  fonts: PdfFont[]
  /** Height of every word's box on page 1, in points (`pdftotext -bbox`). */
  firstPageWordHeights: number[]
}

const run = (command: string, args: string[]): string => execFileSync(command, args, { encoding: 'utf8' })

/** Text without any whitespace: a word wrapped anywhere still matches. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '')

/** Prints `html` in a fresh page of the same browser, as the desktop's print window does. */
export async function printToPdf(
  printer: Page,
  html: string,
  format: 'A4' | 'Letter' = 'A4'
): Promise<PrintedPdf> {
  // setContent waits for the load event, as the print window does before it prints.
  await printer.setContent(html)
  const file = join(pdfFolder(), 'brief.pdf')
  writeFileSync(file, await printer.pdf({ format, printBackground: true }))
  return readPdf(file)
}

/**
 * A new folder for one printed PDF, in the running test's output folder: the runner empties it
 * before each run (nothing is left behind) and keeps a failed test's PDFs for a look.
 */
export function pdfFolder(): string {
  const parent = test.info().outputPath()
  mkdirSync(parent, { recursive: true })
  return mkdtempSync(join(parent, 'pdf-'))
}

export function readPdf(file: string): PrintedPdf {
  const pageCount = Number(/^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]))?.[1])
  const pages = (mode: string): string[] =>
    run('pdftotext', [mode, file, '-']).split('\f').slice(0, pageCount)
  const layoutPages = pages('-layout').map((p) =>
    p
      .split('\n')
      .map((line) => line.trimEnd())
      .filter((line) => line.trim())
  )
  const squeezedPages = pages('-raw').map(squeeze)
  const fonts = run('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // name type… encoding emb sub uni object generation
      return { name: columns[0]!, embedded: columns[columns.length - 5] === 'yes' }
    })
  const bbox = run('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'])
  const firstPageWordHeights = [
    ...bbox.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g)
  ].map(([, yMin, yMax]) => Number(yMax) - Number(yMin))
  return { file, pageCount, layoutPages, squeezedPages, fonts, firstPageWordHeights }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? NaN
}
