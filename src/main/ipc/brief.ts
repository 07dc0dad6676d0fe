// brief:* — save the brief as Markdown, or print its HTML to PDF, where the analyst chooses.
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron'
import { join } from 'node:path'
import type { IpcArgs } from '@shared/ipc/contract'
import { writeFileAtomic } from '../files/atomic-write'
import type { IpcHandlers } from './dispatch'

export type PdfPageSize = IpcArgs<'brief:export-pdf'>['pageSize']

export interface BriefHost<C> {
  showSaveDialog(context: C, options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>
  /** Prints `html` in an isolated hidden window and returns the PDF's bytes. */
  printToPdf(html: string, options: PrintToPDFOptions): Promise<Uint8Array>
  /** Where the save dialog opens (the analyst's Documents folder). */
  defaultDirectory(): string
  writeFile?(path: string, data: string | Uint8Array): Promise<void>
}

export function createBriefHandlers<C>(
  host: BriefHost<C>
): Pick<IpcHandlers<C>, 'brief:save-markdown' | 'brief:export-pdf'> {
  const write = host.writeFile ?? writeFileAtomic
  return {
    'brief:save-markdown': async (args, context) => {
      const filePath = await askForPath(
        host,
        context,
        markdownSaveDialog(args.suggestedName, host.defaultDirectory())
      )
      if (filePath === null) return { saved: false }
      await write(filePath, args.content)
      return { saved: true, filePath }
    },
    'brief:export-pdf': async (args, context) => {
      const filePath = await askForPath(
        host,
        context,
        pdfSaveDialog(args.suggestedName, host.defaultDirectory())
      )
      if (filePath === null) return { saved: false }
      const pdf = await host.printToPdf(args.html, pdfPrintOptions(args.pageSize))
      await write(filePath, pdf)
      return { saved: true, filePath }
    }
  }
}

async function askForPath<C>(
  host: BriefHost<C>,
  context: C,
  options: SaveDialogOptions
): Promise<string | null> {
  const result = await host.showSaveDialog(context, options)
  return result.canceled || !result.filePath ? null : result.filePath
}

/** `name` ending in `.extension`, added when the renderer's suggestion lacks it. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? name : `${name}.${extension}`
}

export function markdownSaveDialog(suggestedName: string, directory: string): SaveDialogOptions {
  return {
    title: 'Save brief as Markdown',
    defaultPath: join(directory, withExtension(suggestedName, 'md')),
    filters: [{ name: 'Markdown', extensions: ['md'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

export function pdfSaveDialog(suggestedName: string, directory: string): SaveDialogOptions {
  return {
    title: 'Export brief as PDF',
    defaultPath: join(directory, withExtension(suggestedName, 'pdf')),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation']
  }
}

/**
 * Chromium's print settings for a brief. The page prints its own margins: the handling line at the
 * top and bottom of every page and "Page n of m" are CSS page-margin boxes in the brief's bundled
 * fonts, as in the browser shell, so no header or footer template is drawn over them.
 */
export function pdfPrintOptions(pageSize: PdfPageSize): PrintToPDFOptions {
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: false,
    generateDocumentOutline: true,
    generateTaggedPDF: true
  }
}
