// PDFs written by pdfkit (in Node, through the test's fixture commands), read through the import's
// own entry: pdf.js in the file reader's worker, in real Chromium.
import { describe, expect, it } from 'vitest'
import { pdfFile, type PdfLineSpec, type PdfSpec } from '../../../../../../test-support/fixtures/browser'
import { FileReadError, readFileAsDraft, type ReadProgress } from '../read-file'

const read = (fileName: string, bytes: Uint8Array, options: Parameters<typeof readFileAsDraft>[1] = {}) =>
  readFileAsDraft({ fileName, bytes }, options)

/** Lines of body text from `top` down (pdfkit measures from the top of the page), 14 points apart. */
const column = (x: number, top: number, lines: string[], size = 11): PdfLineSpec[] =>
  lines.map((text, i) => ({ text, x, y: top + i * 14, size }))

/** The running header and footer of page `page`: the paper's name and date, "Page n of 2". */
const furniture = (page: number): PdfLineSpec[] => [
  { text: 'The Baltic Ledger · 12 March 2026', x: 50, y: 30, size: 9 },
  { text: `Page ${page} of 2`, x: 500, y: 755, size: 9 }
]

/**
 * The 2-page news PDF: a headline, a word broken at a line end ("inter-" + "national"), a compound
 * broken at its hyphen ("Russia-" + "Ukraine"), a paragraph going on from page 1 to page 2, the
 * running header and footer on both pages and a bare page number on page 2.
 */
const newsPdf = (details: Omit<PdfSpec, 'pages'> = {}) =>
  pdfFile({
    ...details,
    pages: [
      [
        ...furniture(1),
        { text: 'Ports brace for winter storms', x: 50, y: 80, size: 20 },
        ...column(50, 120, [
          'Harbour masters in Gdansk said on Monday that inter-',
          'national shipping would be held for two days.'
        ]),
        // A blank line's gap: a new paragraph, which goes on at the top of page 2.
        ...column(50, 162, [
          'Insurers raised their rates for the season. Freight along the Russia-',
          'Ukraine border was already slowed, officials said, and the'
        ])
      ],
      [
        ...furniture(2),
        ...column(50, 80, [
          'coastguard asked crews to stay in port until Thursday.',
          'The storm is expected to weaken by the weekend.'
        ]),
        { text: '2', x: 300, y: 740, size: 9 }
      ]
    ]
  })

async function failure(promise: Promise<unknown>): Promise<FileReadError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e
  )
  expect(error).toBeInstanceOf(FileReadError)
  return error as FileReadError
}

describe('reading a PDF', () => {
  it('takes the title from the Info dictionary and leaves out headers, footers and page numbers', async () => {
    const draft = await read('storms.pdf', await newsPdf({ title: 'Baltic ports brace for winter storms' }))
    expect(draft.title).toBe('Baltic ports brace for winter storms')
    expect(draft.mediaType).toBe('application/pdf')
    expect(draft.text).not.toMatch(/Baltic Ledger|Page \d|^2$/m)
    expect(draft.text.split('\n\n')[0]).toBe('Ports brace for winter storms')
  })

  it('re-joins paragraphs across lines and pages and mends words broken at a line end', async () => {
    const draft = await read('storms.pdf', await newsPdf())
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
    const draft = await read('storms.pdf', await newsPdf())
    expect(draft.title).toBe('Ports brace for winter storms')
    expect(draft.text.startsWith('Harbour masters in Gdansk')).toBe(true)
  })

  it('takes a title found only in the XMP metadata, and passes over a placeholder title', async () => {
    // pdfkit copies the Info title into its own XMP description, written after any other: a file
    // whose XMP and Info titles differ cannot be made with it, so the XMP-first rule is held by
    // `src/shared/importing/pdf-metadata.test.ts`. Here the XMP packet alone has the title.
    const xmp = await read(
      'storms.pdf',
      await newsPdf({
        pdfVersion: '1.4',
        createdAt: '2026-03-12T08:30:00Z',
        xmp: { title: 'Storms close Baltic ports' }
      })
    )
    expect(xmp.title).toBe('Storms close Baltic ports')
    const placeholder = await read('storms.pdf', await newsPdf({ title: 'Microsoft Word - storms.docx' }))
    expect(placeholder.title).toBe('Ports brace for winter storms')
  })

  it('takes the author and the date from the Info dictionary', async () => {
    const draft = await read(
      'storms.pdf',
      await newsPdf({ author: 'Anna Nowak', createdAt: '2026-03-12T08:30:00Z' })
    )
    expect(draft).toMatchObject({ author: 'Anna Nowak', publishedAt: '2026-03-12' })
  })

  it('prefers the XMP authors and date (dc:creator, dc:date) to the Info dictionary', async () => {
    const draft = await read(
      'storms.pdf',
      await newsPdf({
        pdfVersion: '1.7',
        createdAt: '2026-03-12T08:30:00Z',
        xmp: { creator: 'Piotr Zielinski', date: '2026-03-10' }
      })
    )
    expect(draft).toMatchObject({ author: 'Piotr Zielinski', publishedAt: '2026-03-10' })
  })

  it('has no author when the file names a program or an account as its author, and no date when it has none', async () => {
    const none = await read('storms.pdf', await newsPdf())
    expect(none).not.toHaveProperty('author')
    expect(none).not.toHaveProperty('publishedAt')
    const office = await read('storms.pdf', await newsPdf({ author: 'Microsoft Office User' }))
    expect(office).not.toHaveProperty('author')
    const program = await read(
      'storms.pdf',
      await newsPdf({ author: 'Ledger Press Export', creator: 'Ledger Press Export' })
    )
    expect(program).not.toHaveProperty('author')
  })

  it('reads a two-column page column by column', async () => {
    const bytes = await pdfFile({
      pages: [
        [
          { text: 'Two columns, one story', x: 50, y: 60, size: 18 },
          ...column(50, 100, [
            'The left column opens the story',
            'and runs down the page first.',
            'It ends on this line.'
          ]),
          ...column(320, 100, [
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
    await read('storms.pdf', await newsPdf(), { onProgress: (p) => seen.push(p) })
    expect(seen).toEqual([
      { done: 1, total: 2, unit: 'page' },
      { done: 2, total: 2, unit: 'page' }
    ])
  })

  it('opens a PDF with only an owner password (permissions) without asking', async () => {
    const bytes = await pdfFile({
      title: 'Locked for editing',
      ownerPassword: 'editor',
      pdfVersion: '1.7',
      createdAt: '2026-03-12T08:30:00Z',
      pages: [column(50, 80, ['Anyone may read this sentence.'])]
    })
    const draft = await read('owner.pdf', bytes)
    expect(draft).toMatchObject({ title: 'Locked for editing', text: 'Anyone may read this sentence.' })
  })

  it('asks for the password of a locked PDF, refuses a wrong one and reads it with the right one', async () => {
    const bytes = await pdfFile({
      userPassword: 'kursk',
      ownerPassword: 'kursk',
      pdfVersion: '1.7ext3',
      createdAt: '2026-03-12T08:30:00Z',
      pages: [column(50, 80, ['Only readers with the password see this.'])]
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

  it('refuses a damaged PDF (the news PDF cut off half way) saying so', async () => {
    const whole = await newsPdf({ title: 'Baltic ports brace for winter storms' })
    const error = await failure(read('broken.pdf', whole.slice(0, whole.length / 2)))
    expect(error.reason).toBe('refused')
    expect(error.message).toBe('“broken.pdf” is a damaged PDF and cannot be read (its structure is broken).')
  })

  it('refuses an image-only PDF (a scan) saying it has no text', async () => {
    const bytes = await pdfFile({ scan: { width: 200, height: 260 }, pages: [[], []] })
    const error = await failure(read('scan.pdf', bytes))
    expect(error.message).toBe(
      '“scan.pdf” has no text to import: its 2 pages are images (a scan?). Sourcemark does not read text from images.'
    )
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    const reading = read('storms.pdf', await newsPdf(), { signal: controller.signal })
    controller.abort()
    expect((await failure(reading)).reason).toBe('cancelled')
  })
})
