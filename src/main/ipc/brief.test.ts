import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createBriefHandlers,
  escapeHtml,
  markdownSaveDialog,
  pdfPrintOptions,
  pdfSaveDialog,
  withExtension,
  type BriefHost
} from './brief'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sourcemark-brief-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

function host(choice: { canceled: boolean; filePath?: string }, overrides: Partial<BriefHost<string>> = {}) {
  return {
    showSaveDialog: vi.fn(async () => choice),
    printToPdf: vi.fn(async () => new TextEncoder().encode('%PDF-1.7 brief')),
    defaultDirectory: () => '/home/analyst/Documents',
    ...overrides
  } satisfies BriefHost<string>
}

describe('brief:save-markdown', () => {
  it('offers the suggested name in the Documents folder with a Markdown filter, and writes the file', async () => {
    const filePath = join(dir, 'Kursk brief.md')
    const fake = host({ canceled: false, filePath })
    const handlers = createBriefHandlers(fake)
    const result = await handlers['brief:save-markdown'](
      { suggestedName: 'Kursk brief', content: '# Kursk\n' },
      'win'
    )
    expect(result).toEqual({ saved: true, filePath })
    expect(await readFile(filePath, 'utf8')).toBe('# Kursk\n')
    expect(fake.showSaveDialog).toHaveBeenCalledWith(
      'win',
      markdownSaveDialog('Kursk brief', '/home/analyst/Documents')
    )
  })

  it('writes nothing when the analyst cancels', async () => {
    const handlers = createBriefHandlers(host({ canceled: true }))
    await expect(
      handlers['brief:save-markdown']({ suggestedName: 'a.md', content: 'x' }, 'win')
    ).resolves.toEqual({
      saved: false
    })
    expect(await readdir(dir)).toEqual([])
  })
})

describe('brief:export-pdf', () => {
  it('prints with the page size and handling line, then writes the PDF where chosen', async () => {
    const filePath = join(dir, 'Kursk brief.pdf')
    const fake = host({ canceled: false, filePath })
    const handlers = createBriefHandlers(fake)
    const args = {
      suggestedName: 'Kursk brief',
      html: '<h1>Kursk</h1>',
      pageSize: 'Letter' as const,
      handling: 'UNCLASSIFIED'
    }
    await expect(handlers['brief:export-pdf'](args, 'win')).resolves.toEqual({ saved: true, filePath })
    expect(fake.printToPdf).toHaveBeenCalledWith('<h1>Kursk</h1>', pdfPrintOptions('Letter', 'UNCLASSIFIED'))
    expect(await readFile(filePath, 'latin1')).toBe('%PDF-1.7 brief')
  })

  it('neither prints nor writes when the analyst cancels', async () => {
    const fake = host({ canceled: true })
    const handlers = createBriefHandlers(fake)
    await expect(
      handlers['brief:export-pdf']({ suggestedName: 'b', html: '<p>', pageSize: 'A4' }, 'win')
    ).resolves.toEqual({ saved: false })
    expect(fake.printToPdf).not.toHaveBeenCalled()
  })

  it('leaves no file behind when printing fails', async () => {
    const fake = host(
      { canceled: false, filePath: join(dir, 'b.pdf') },
      { printToPdf: async () => Promise.reject(new Error('render process gone')) }
    )
    const handlers = createBriefHandlers(fake)
    await expect(
      handlers['brief:export-pdf']({ suggestedName: 'b', html: '<p>', pageSize: 'A4' }, 'win')
    ).rejects.toThrow('render process gone')
    expect(await readdir(dir)).toEqual([])
  })
})

describe('save dialogs', () => {
  it('adds the extension only when missing', () => {
    expect(withExtension('Kursk brief', 'md')).toBe('Kursk brief.md')
    expect(withExtension('Kursk brief.MD', 'md')).toBe('Kursk brief.MD')
    expect(withExtension('Kursk.md', 'pdf')).toBe('Kursk.md.pdf')
  })

  it('filters Markdown and PDF files', () => {
    expect(markdownSaveDialog('b', '/docs')).toMatchObject({
      defaultPath: join('/docs', 'b.md'),
      filters: [{ name: 'Markdown', extensions: ['md'] }]
    })
    expect(pdfSaveDialog('b.pdf', '/docs')).toMatchObject({
      defaultPath: join('/docs', 'b.pdf'),
      filters: [{ name: 'PDF', extensions: ['pdf'] }]
    })
  })
})

describe('pdfPrintOptions', () => {
  it('prints backgrounds and numbers every page', () => {
    const options = pdfPrintOptions('A4')
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: true })
    expect(options.footerTemplate).toContain('<span class="pageNumber"></span>')
    expect(options.footerTemplate).toContain('<span class="totalPages"></span>')
    // An empty header would make Chromium print its default one (title and date).
    expect(options.headerTemplate).toBe('<span></span>')
  })

  it('puts the handling line, escaped, at the top and bottom of every page', () => {
    const options = pdfPrintOptions('Letter', ' SECRET <b>//</b> REL "UKR" ')
    const escaped = 'SECRET &#60;b&#62;//&#60;/b&#62; REL &#34;UKR&#34;'
    expect(options.headerTemplate).toContain(escaped)
    expect(options.footerTemplate).toContain(escaped)
    expect(options.headerTemplate).not.toContain('<b>')
  })

  it('escapes every HTML-significant character', () => {
    expect(escapeHtml(`<img src=x onerror='a&b'>`)).toBe('&#60;img src=x onerror=&#39;a&#38;b&#39;&#62;')
  })
})
