import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  createBriefHandlers,
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
  it('prints with the page size, then writes the PDF where chosen', async () => {
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
    expect(fake.printToPdf).toHaveBeenCalledWith('<h1>Kursk</h1>', pdfPrintOptions('Letter'))
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
  it('prints backgrounds and leaves the margins to the page, which numbers every page itself', () => {
    const options = pdfPrintOptions('A4')
    expect(options).toMatchObject({ pageSize: 'A4', printBackground: true, displayHeaderFooter: false })
    // A template would print a second handling line over the one in the page's margins.
    expect(options.headerTemplate).toBeUndefined()
    expect(options.footerTemplate).toBeUndefined()
  })
})
