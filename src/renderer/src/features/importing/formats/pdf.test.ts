// PDFs written by the test writer, read through the import's own entry (pdf.js in the worker).
import { describe, expect, it } from 'vitest'
import { FileReadError, readFileAsDraft, type ReadProgress } from '../read-file'
import { writePdf, type PdfLine } from './pdf-test-writer'

const read = (fileName: string, bytes: Uint8Array, options: Parameters<typeof readFileAsDraft>[1] = {}) =>
  readFileAsDraft({ fileName, bytes }, options)

/** Lines of body text from the top of a column down, 14 points apart. */
const column = (x: number, top: number, lines: string[], size = 11): PdfLine[] =>
  lines.map((text, i) => ({ text, x, y: top - i * 14, size }))

const header = (page: number): PdfLine[] => [
  { text: 'The Baltic Ledger · 12 March 2026', x: 50, y: 760, size: 9 },
  { text: `Page ${page} of 2`, x: 500, y: 30, size: 9 }
]

const spec = () => ({
  pages: [
    [
      ...header(1),
      { text: 'Ports brace for winter storms', x: 50, y: 700, size: 20 },
      ...column(50, 660, [
        'Harbour masters in Gdansk said on Monday that inter-',
        'national shipping would be held for two days.'
      ]),
      // A blank line's gap: a new paragraph, which goes on at the top of page 2.
      ...column(50, 620, [
        'Insurers raised their rates for the season. Freight along the Russia-',
        'Ukraine border was already slowed, officials said, and the'
      ])
    ],
    [
      ...header(2),
      ...column(50, 700, [
        'coastguard asked crews to stay in port until Thursday.',
        'The storm is expected to weaken by the weekend.'
      ]),
      { text: '2', x: 300, y: 50, size: 9 }
    ]
  ]
})

const newsPdf = (options: { title?: string } = {}) => writePdf({ ...spec(), ...options })

async function failure(promise: Promise<unknown>): Promise<FileReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(FileReadError)
  return error as FileReadError
}

describe('reading a PDF', () => {
  it('takes the title from the metadata and leaves out headers, footers and page numbers', async () => {
    const draft = await read('storms.pdf', newsPdf({ title: 'Baltic ports brace for winter storms' }))
    expect(draft.title).toBe('Baltic ports brace for winter storms')
    expect(draft.mediaType).toBe('application/pdf')
    expect(draft.text).not.toMatch(/Baltic Ledger|Page \d|^2$/m)
    expect(draft.text.split('\n\n')[0]).toBe('Ports brace for winter storms')
  })

  it('re-joins paragraphs across lines and pages and mends words broken at a line end', async () => {
    const draft = await read('storms.pdf', newsPdf())
    // The last paragraph goes on from page 1 to page 2, where its sentence does.
    expect(draft.text.split('\n\n')).toEqual([
      'Harbour masters in Gdansk said on Monday that international shipping would be held for two days.',
      'Insurers raised their rates for the season. Freight along the Russia-Ukraine border was already slowed, officials said, and the coastguard asked crews to stay in port until Thursday. The storm is expected to weaken by the weekend.'
    ])
    expect(draft.text).toContain('that international shipping')
    expect(draft.text).toContain('the Russia-Ukraine border')
    expect(draft.text).not.toContain('inter-')
  })

  it('without a title in its metadata, takes the largest text of the first page, which is not imported twice', async () => {
    const draft = await read('storms.pdf', newsPdf())
    expect(draft.title).toBe('Ports brace for winter storms')
    expect(draft.text.startsWith('Harbour masters in Gdansk')).toBe(true)
  })

  it('prefers the XMP title, and passes over a placeholder title for the headline', async () => {
    const xmp = await read(
      'storms.pdf',
      writePdf({ ...spec(), title: 'Info title', xmpTitle: 'Storms close Baltic ports' })
    )
    expect(xmp.title).toBe('Storms close Baltic ports')
    const placeholder = await read(
      'storms.pdf',
      writePdf({ ...spec(), title: 'Microsoft Word - storms.docx' })
    )
    expect(placeholder.title).toBe('Ports brace for winter storms')
  })

  it('reads a two-column page column by column', async () => {
    const bytes = writePdf({
      pages: [
        [
          { text: 'Two columns, one story', x: 50, y: 720, size: 18 },
          ...column(50, 680, [
            'The left column opens the story',
            'and runs down the page first.',
            'It ends on this line.'
          ]),
          ...column(320, 680, [
            'The right column comes after it',
            'and closes the article.',
            'Nothing follows it.'
          ])
        ]
      ]
    })
    const draft = await read('columns.pdf', bytes)
    expect(draft.text.split('\n\n')).toEqual([
      'The left column opens the story and runs down the page first. It ends on this line.',
      'The right column comes after it and closes the article. Nothing follows it.'
    ])
  })

  it('tells the pages read as it goes', async () => {
    const seen: ReadProgress[] = []
    await read('storms.pdf', newsPdf(), { onProgress: (p) => seen.push(p) })
    expect(seen).toEqual([
      { done: 1, total: 2, unit: 'page' },
      { done: 2, total: 2, unit: 'page' }
    ])
  })

  it('opens a PDF with only an owner password (permissions) without asking', async () => {
    const bytes = writePdf({
      title: 'Locked for editing',
      pages: [column(50, 700, ['Anyone may read this sentence.'])],
      encrypt: { user: '', owner: 'editor' }
    })
    const draft = await read('owner.pdf', bytes)
    expect(draft).toMatchObject({ title: 'Locked for editing', text: 'Anyone may read this sentence.' })
  })

  it('asks for the password of a locked PDF, refuses a wrong one and reads it with the right one', async () => {
    const bytes = writePdf({
      pages: [column(50, 700, ['Only readers with the password see this.'])],
      encrypt: { user: 'kursk', owner: 'kursk' }
    })
    const asked = await failure(read('locked.pdf', bytes))
    expect(asked.reason).toBe('password')
    expect(asked.message).toBe('“locked.pdf” is locked with a password: enter it to open the PDF.')
    const wrong = await failure(read('locked.pdf', bytes, { password: 'moscow' }))
    expect(wrong.reason).toBe('wrong-password')
    expect(wrong.message).toBe('“locked.pdf”: that is not the password of this PDF.')
    expect((await read('locked.pdf', bytes, { password: 'kursk' })).text).toBe(
      'Only readers with the password see this.'
    )
  })

  it('refuses a damaged PDF saying so', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not the rest of a PDF file\n')
    const error = await failure(read('broken.pdf', bytes))
    expect(error.reason).toBe('refused')
    expect(error.message).toMatch(/^“broken\.pdf” is a damaged PDF and cannot be read \(.+\)\.$/)
  })

  it('refuses an image-only PDF (a scan) saying it has no text', async () => {
    const bytes = writePdf({ imageOnly: true, pages: [[], []] })
    const error = await failure(read('scan.pdf', bytes))
    expect(error.message).toBe(
      '“scan.pdf” has no text to import: its 2 pages are images (a scan?). Sourcemark does not read text from images.'
    )
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const reading = read('storms.pdf', newsPdf(), { signal: controller.signal })
    controller.abort()
    expect((await failure(reading)).reason).toBe('cancelled')
  })
})
