// What the export dialog says after an export: only what the host really knows happened.
import type { SaveOutcome } from '../../platform'

export type ExportFormat = 'md' | 'pdf' | 'csv' | 'jsonld'

export const FORMAT_NAMES: Record<ExportFormat, string> = {
  md: 'Markdown',
  pdf: 'PDF',
  csv: 'CSV',
  jsonld: 'Web Annotations'
}

export interface ExportStatus {
  /** `done`: written or downloaded; `not-done`: nothing was written; `unknown`: the host cannot tell. */
  tone: 'done' | 'not-done' | 'unknown'
  text: string
}

export function exportStatus(format: ExportFormat, outcome: SaveOutcome): ExportStatus {
  const name = FORMAT_NAMES[format]
  if (outcome.via === 'print-dialog') {
    // The browser's print dialog returns the same whether a PDF was saved or the dialog cancelled.
    return {
      tone: 'unknown',
      text: 'The print dialog was closed. If you chose Save as PDF there, the PDF is where you saved it; Sourcemark cannot tell whether it was saved.'
    }
  }
  if (!outcome.saved) return { tone: 'not-done', text: 'Not exported: the save dialog was cancelled.' }
  if (outcome.via === 'download' && outcome.fileName) {
    return { tone: 'done', text: `Downloaded ${outcome.fileName}.` }
  }
  if (outcome.location) return { tone: 'done', text: `Exported as ${name}: saved to ${outcome.location}.` }
  return { tone: 'done', text: `Exported as ${name}.` }
}
