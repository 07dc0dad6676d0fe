// The import corpus: one file of every form an article arrives in, and the bad files an analyst
// meets, each read through the import's entry (`readArticleFile`) and imported into the real
// library. PDF, Word and PNG files are written in Node by pdfkit, docx and zlib; the others are
// text, written out here. A good file: its title, first and last sentence, no page furniture. A
// bad file: its message, and every table of the library exactly as it was.
import { afterEach, describe, expect, it } from 'vitest'
import { docxFile, pdfFile, pngFile, type PdfLineSpec } from '../../../../../../test-support/fixtures/browser'
import { db } from '../../../db'
import { getArticle, importArticle } from '../../../db/articles'
import { expandSentences } from '../../../db/sentences'
import { FileReadError, readArticleFile, type ReadArticle, type ReadOptions } from '../read-file'

afterEach(async () => {
  // Open again on next use: each test starts from an empty library.
  await db.delete({ disableAutoOpen: false })
})

/** Every row of every table, to compare the library before and after. */
const library = async () =>
  JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])))

/** The library every check starts from: one article already in it. */
async function libraryWithOneArticle() {
  await importArticle(db, {
    title: 'Already here',
    text: 'A sentence already in the library.',
    origin: 'paste'
  })
  return library()
}

const encode = (text: string) => new TextEncoder().encode(text)

/** Reads `fileName` as the import dialog does and imports what it read; its sentences as stored. */
async function importFile(fileName: string, bytes: Uint8Array, options: ReadOptions = {}) {
  const outcome = await readArticleFile({ fileName, bytes }, options)
  if (outcome.kind !== 'article') throw new Error(`“${fileName}” was not read as an article: ${outcome.kind}`)
  const read: ReadArticle = outcome.article
  const imported = await importArticle(db, { ...read, origin: 'file', fileName })
  if (imported.kind !== 'imported') throw new Error(`“${fileName}” was not imported: ${imported.kind}`)
  const article = (await getArticle(db, imported.articleId))!
  const sentences = expandSentences((await db.sentences.get(imported.articleId))!).map((s) =>
    article.text.slice(s.start, s.end)
  )
  return { article, sentences }
}

/** What a refused file leaves: its message; and the library, which must be as it was. */
async function refusal(fileName: string, bytes: Uint8Array, options: ReadOptions = {}) {
  const outcome = await readArticleFile({ fileName, bytes }, options).catch((error: unknown) => {
    if (error instanceof FileReadError) return { kind: error.reason, message: error.message }
    throw error
  })
  if (!('message' in outcome)) throw new Error(`“${fileName}” was read as ${outcome.kind}`)
  return outcome
}

const column = (x: number, top: number, lines: string[], size = 11): PdfLineSpec[] =>
  lines.map((text, i) => ({ text, x, y: top + i * 14, size }))

/** The 2-page news PDF: running header and footer, page numbers, a word broken at a line end. */
const newsPdf = (locks: { userPassword?: string; ownerPassword?: string } = {}) =>
  pdfFile({
    ...locks,
    ...(locks.ownerPassword ? { pdfVersion: '1.7' as const, createdAt: '2026-03-12T08:30:00Z' } : {}),
    pages: [1, 2].map((page) => [
      { text: 'The Baltic Ledger · 12 March 2026', x: 50, y: 30, size: 9 },
      { text: `Page ${page} of 2`, x: 500, y: 755, size: 9 },
      ...(page === 1
        ? [
            { text: 'Ports brace for winter storms', x: 50, y: 80, size: 20 },
            ...column(50, 120, [
              'Harbour masters in Gdansk said on Monday that inter-',
              'national shipping would be held for two days.'
            ]),
            ...column(50, 162, ['Insurers raised their rates for the season, and the'])
          ]
        : [
            ...column(50, 80, [
              'coastguard asked crews to stay in port until Thursday.',
              'The storm is expected to weaken by the weekend.'
            ]),
            { text: '2', x: 300, y: 740, size: 9 }
          ])
    ])
  })

const FURNITURE = /Baltic Ledger|Page \d of 2|^\d+$/

describe('the import corpus: good files', () => {
  it('the 2-page news PDF: its headline, first and last sentence, no header, footer or page number', async () => {
    const { article, sentences } = await importFile('storms.pdf', await newsPdf())
    expect(article.title).toBe('Ports brace for winter storms')
    expect(sentences[0]).toBe(
      'Harbour masters in Gdansk said on Monday that international shipping would be held for two days.'
    )
    expect(sentences.at(-1)).toBe('The storm is expected to weaken by the weekend.')
    expect(sentences).toContain(
      'Insurers raised their rates for the season, and the coastguard asked crews to stay in port until Thursday.'
    )
    expect(sentences.filter((s) => FURNITURE.test(s))).toEqual([])
  })

  it('the PDF locked only against editing (an owner password) imports without asking', async () => {
    const { article, sentences } = await importFile(
      'storms-owner.pdf',
      await newsPdf({ ownerPassword: 'editor' })
    )
    expect(article.title).toBe('Ports brace for winter storms')
    expect(sentences[0]).toMatch(/^Harbour masters in Gdansk/)
    expect(sentences.at(-1)).toBe('The storm is expected to weaken by the weekend.')
    expect(sentences.filter((s) => FURNITURE.test(s))).toEqual([])
  })

  it('the PDF locked with a password to open it: asked for, refused when wrong, imported with it', async () => {
    const before = await libraryWithOneArticle()
    const bytes = await newsPdf({ userPassword: 'kursk', ownerPassword: 'kursk' })
    expect(await refusal('storms-locked.pdf', bytes)).toEqual({
      kind: 'password',
      message: '“storms-locked.pdf” is locked with a password: enter it to open the PDF.'
    })
    expect(await refusal('storms-locked.pdf', bytes, { password: 'moscow' })).toEqual({
      kind: 'wrong-password',
      message: '“storms-locked.pdf”: that is not the password of this PDF.'
    })
    expect(await library()).toBe(before)
    const { article, sentences } = await importFile('storms-locked.pdf', bytes, { password: 'kursk' })
    expect(article.title).toBe('Ports brace for winter storms')
    expect(sentences[0]).toMatch(/^Harbour masters in Gdansk/)
    expect(sentences.at(-1)).toBe('The storm is expected to weaken by the weekend.')
  })

  it('the Word file: title from its first heading, headings and list items kept, table and footnote kept out', async () => {
    const bytes = await docxFile({
      blocks: [
        { heading: 1, text: 'Grain corridor reopens after talks' },
        {
          paragraph: 'Ships left Odesa on Tuesday for the first time in a month.',
          footnote: 'Port authority statement, 4 June.'
        },
        { heading: 2, text: 'What was agreed' },
        { bullet: 'Inspections move to Istanbul.' },
        {
          table: [
            ['Port', 'Ships'],
            ['Odesa', '12']
          ]
        },
        { paragraph: 'Traders expect prices to fall by the autumn.' }
      ]
    })
    const { article, sentences } = await importFile('corridor.docx', bytes)
    expect(article.title).toBe('Grain corridor reopens after talks')
    expect(sentences[0]).toBe('Ships left Odesa on Tuesday for the first time in a month.')
    expect(sentences.at(-1)).toBe('Traders expect prices to fall by the autumn.')
    expect(sentences).toContain('What was agreed')
    expect(sentences).toContain('Inspections move to Istanbul.')
    expect(sentences.filter((s) => /Port authority|Chornomorsk|Ships$|^Odesa|\b12\b/.test(s))).toEqual([])
  })

  it('the Markdown file: details from its front matter, link texts and the quote without syntax', async () => {
    const markdown = [
      '---',
      'title: Sweden sends new defence package to Kyiv',
      'author: Anna Lindqvist',
      'date: 2025-01-15',
      '---',
      '',
      '# Sweden sends new defence package to Kyiv',
      '',
      'Sweden will send **air defence systems** to Ukraine, the [defence ministry](https://mod.example.se/news/18) said on Wednesday.',
      '',
      '> “This is our largest package so far,” the minister told reporters.',
      '',
      'Deliveries start in the spring, according to [the ministry’s list](https://mod.example.se/list).',
      ''
    ].join('\n')
    const { article, sentences } = await importFile('sweden.md', encode(markdown))
    expect(article).toMatchObject({
      title: 'Sweden sends new defence package to Kyiv',
      author: 'Anna Lindqvist',
      publishedAt: '2025-01-15'
    })
    expect(sentences[0]).toBe(
      'Sweden will send air defence systems to Ukraine, the defence ministry said on Wednesday.'
    )
    expect(sentences).toContain('“This is our largest package so far,” the minister told reporters.')
    expect(sentences.at(-1)).toBe('Deliveries start in the spring, according to the ministry’s list.')
    expect(sentences.filter((s) => /[#*>[\]]|\]\(|https?:|^---|title:/.test(s))).toEqual([])
  })

  it('the saved page: byline only in its text (Readability’s), JSON-LD in CDATA, no navigation or footer', async () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Strikes hit Ukraine’s power grid',
      datePublished: '2025-01-15T06:10:00+02:00',
      publisher: { '@type': 'Organization', name: 'Example Independent' }
    })
    const html = [
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strikes hit Ukraine’s power grid | Example Independent</title>',
      `<script type="application/ld+json">//<![CDATA[\n${ld}\n//]]></script></head><body>`,
      '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>',
      '<article><h1>Strikes hit Ukraine’s power grid</h1><p class="byline">By Olena Harmash</p>',
      '<p>Russian missiles and drones struck energy facilities in five regions overnight, the grid operator said on Wednesday.</p>',
      '<p>Repair crews restored power to most of Kyiv by the morning, according to the city administration.</p>',
      '<p>The operator asked residents to limit their use of heavy appliances during the evening peak hours.</p>',
      '<p>Air defence units shot down most of the drones over the capital region, the air force said in a statement on Telegram.</p>',
      '<p>Engineers said the damage to two substations in the east would take weeks to repair.</p>',
      '</article><footer>© Example Media. All rights reserved.</footer></body></html>'
    ].join('\n')
    const { article, sentences } = await importFile('kyiv-grid.html', encode(html))
    expect(article).toMatchObject({
      title: 'Strikes hit Ukraine’s power grid',
      author: 'Olena Harmash',
      publishedAt: '2025-01-15'
    })
    expect(sentences[0]).toBe(
      'Russian missiles and drones struck energy facilities in five regions overnight, the grid operator said on Wednesday.'
    )
    expect(sentences.at(-1)).toBe(
      'Engineers said the damage to two substations in the east would take weeks to repair.'
    )
    expect(sentences.filter((s) => /Home|Subscribe|©|By Olena|CDATA|NewsArticle/.test(s))).toEqual([])
  })
})

describe('the import corpus: bad files', () => {
  it('the scanned PDF (its pages only images) is refused saying so, writing nothing', async () => {
    const before = await libraryWithOneArticle()
    const bytes = await pdfFile({ scan: { width: 200, height: 260 }, pages: [[], []] })
    expect(await refusal('scan.pdf', bytes)).toEqual({
      kind: 'refused',
      message:
        '“scan.pdf” has no text to import: its 2 pages are images (a scan?). Sourcemark does not read text from images.'
    })
    expect(await library()).toBe(before)
  })

  it('a damaged PDF (the news PDF cut off half way) is refused saying so, writing nothing', async () => {
    const before = await libraryWithOneArticle()
    const whole = await newsPdf()
    expect(await refusal('storms.pdf', whole.slice(0, whole.length / 2))).toEqual({
      kind: 'refused',
      message: '“storms.pdf” is a damaged PDF and cannot be read (its structure is broken).'
    })
    expect(await library()).toBe(before)
  })

  it('a PNG named .txt is refused as the image it is, writing nothing', async () => {
    const before = await libraryWithOneArticle()
    const png = await pngFile({ width: 120, height: 80 })
    expect(await refusal('notes.txt', png)).toEqual({
      kind: 'refused',
      message: '“notes.txt” looks like a PNG image, not text.'
    })
    expect(await library()).toBe(before)
  })

  it('a UTF-8 file with two invalid bytes is reported with their places, writing nothing until agreed', async () => {
    const before = await libraryWithOneArticle()
    const bytes = Uint8Array.from([
      ...encode('Port reopens in Gdańsk\n\nThe port of Gda'),
      0xc5, // a lead byte with no continuation: the "ń" half lost
      ...encode('sk reopened on Friday, officials said.\nShips were waiting offshore'),
      0xff, // never valid in UTF-8
      ...encode('.\n')
    ])
    expect(await refusal('gdansk.txt', bytes)).toEqual({
      kind: 'invalid-utf8',
      message:
        '“gdansk.txt” is UTF-8 with 2 invalid byte sequences (at line:column 3:16, 4:28). ' +
        'It can be imported with each shown as �.'
    })
    expect(await library()).toBe(before)

    const { article, sentences } = await importFile('gdansk.txt', bytes, { replaceInvalidUtf8: true })
    expect(article.title).toBe('Port reopens in Gdańsk')
    expect(sentences[0]).toBe('The port of Gda�sk reopened on Friday, officials said.')
    expect(sentences.at(-1)).toBe('Ships were waiting offshore�.')
  })
})
