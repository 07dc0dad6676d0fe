// The export dialog's status line: a cancelled save or an unanswerable print is never "exported".
import { describe, expect, it } from 'vitest'
import { exportStatus } from './export-outcome'

describe('exportStatus', () => {
  it('names the file a browser download saved', () => {
    expect(
      exportStatus('md', { saved: true, via: 'download', fileName: 'brief-kursk-2026-11-30.md' })
    ).toEqual({
      tone: 'done',
      text: 'Downloaded brief-kursk-2026-11-30.md.'
    })
    expect(exportStatus('csv', { saved: true, via: 'download', fileName: 'kursk.csv' }).text).toBe(
      'Downloaded kursk.csv.'
    )
  })

  it('says where the desktop saved each format', () => {
    expect(exportStatus('pdf', { saved: true, location: '/home/ro/brief.pdf' })).toEqual({
      tone: 'done',
      text: 'Exported as PDF: saved to /home/ro/brief.pdf.'
    })
    expect(exportStatus('jsonld', { saved: true, location: 'C:\\briefs\\k.jsonld' }).text).toBe(
      'Exported as Web Annotations: saved to C:\\briefs\\k.jsonld.'
    )
  })

  it('reports a cancelled save dialog as not exported, for every format', () => {
    for (const format of ['md', 'pdf', 'csv', 'jsonld'] as const) {
      expect(exportStatus(format, { saved: false })).toEqual({
        tone: 'not-done',
        text: 'Not exported: the save dialog was cancelled.'
      })
    }
  })

  it('never claims a PDF was exported through the browser print dialog', () => {
    const status = exportStatus('pdf', { saved: false, via: 'print-dialog' })
    expect(status.tone).toBe('unknown')
    expect(status.text).toContain('The print dialog was closed.')
    expect(status.text).not.toMatch(/exported|downloaded/i)
  })
})
