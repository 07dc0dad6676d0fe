// The 20-page files the import benchmarks read, made in this process by the tools people make such
// files with: a PDF by pdfkit (a running header, page numbers, headings, text flowed over A4
// pages) and a Word file by docx (the same pages, with a header, a page-number footer and a page
// break where each PDF page begins). The text is the bench's news copy, the same on every run.
import PDFDocument from 'pdfkit'
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  PageNumber
} from 'docx'
import { benchArticle } from './app-articles'

export const PAGES = 20

/** A line of the article: a heading or a paragraph. */
interface Block {
  heading: boolean
  text: string
}

export interface PagedArticle {
  /** The headline: the document's title, shown largest on page 1. */
  title: string
  /** The first sentence of the body, naming the edition: unique in the library, so waited for. */
  firstSentence: string
  pdf: Buffer
  docx: Buffer
  /** The same article as plain text (headline, blank line, body): the anchor. */
  text: string
}

const RUNNING_HEADER = 'The Kursk Dispatch · Monday 30 November 2026 · Europe edition'
const HEADINGS = [
  'Losses on the Kursk front',
  'What the intelligence services say',
  'Conflicting reports from the region',
  'Aid packages and their limits',
  'Reactions in Kyiv and Moscow',
  'What comes next'
]

/** The body's blocks: the bench's news paragraphs with a heading before every fifth. */
function blocks(firstSentence: string): Block[] {
  const { text } = benchArticle('20 pages', 21, { chars: 120_000 })
  const paragraphs = text.split('\n').slice(1).filter(Boolean)
  paragraphs[0] = `${firstSentence} ${paragraphs[0]}`
  const out: Block[] = []
  paragraphs.forEach((paragraph, i) => {
    if (i > 0 && i % 5 === 0) out.push({ heading: true, text: HEADINGS[(i / 5) % HEADINGS.length]! })
    out.push({ heading: false, text: paragraph })
  })
  return out
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  doc.on('data', (chunk: Buffer) => chunks.push(chunk))
  return new Promise((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}

/** Lays the blocks out over exactly `PAGES` A4 pages; the blocks each page begins with, by page. */
async function pdfOf(title: string, body: readonly Block[]): Promise<{ pdf: Buffer; pages: Block[][] }> {
  const doc = new PDFDocument({ size: 'A4', margin: 72, bufferPages: true, info: { Title: title } })
  const done = collect(doc)
  doc.font('Helvetica-Bold').fontSize(22).text(title).moveDown(0.5)
  const pages: Block[][] = [[]]
  for (const block of body) {
    const font = block.heading ? 'Helvetica-Bold' : 'Helvetica'
    const size = block.heading ? 14 : 11
    doc.font(font).fontSize(size)
    const last = doc.bufferedPageRange().count === PAGES
    if (last && doc.y + doc.heightOfString(block.text) > doc.page.maxY()) break
    const page = doc.bufferedPageRange().count - 1
    pages[page] ??= []
    pages[page].push(block)
    doc.text(block.text, { lineGap: 2 }).moveDown(block.heading ? 0.3 : 0.6)
  }
  // The running header and the page number sit in the margins: written with no margin, so
  // pdfkit does not start a new page for them.
  const { count } = doc.bufferedPageRange()
  for (let i = 0; i < count; i++) {
    doc.switchToPage(i)
    const { margins, width, height } = doc.page
    const kept = { ...margins }
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }
    doc.font('Helvetica').fontSize(8)
    doc.text(RUNNING_HEADER, 72, 40, { width: width - 144, align: 'center', lineBreak: false })
    doc.text(String(i + 1), 72, height - 50, { width: width - 144, align: 'center', lineBreak: false })
    doc.page.margins = kept
  }
  doc.end()
  return { pdf: await done, pages }
}

/** The same pages as a Word file: each PDF page's first block starts a new page. */
function docxOf(title: string, pages: readonly Block[][]): Promise<Buffer> {
  const children = [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 })]
  pages.forEach((page, p) =>
    page.forEach((block, b) =>
      children.push(
        new Paragraph({
          text: block.text,
          heading: block.heading ? HeadingLevel.HEADING_2 : undefined,
          pageBreakBefore: p > 0 && b === 0
        })
      )
    )
  )
  const doc = new Document({
    title,
    creator: 'Sourcemark bench',
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph(RUNNING_HEADER)] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })]
              })
            ]
          })
        },
        children
      }
    ]
  })
  return Packer.toBuffer(doc)
}

/** The plain-text form of the pages: headline, a blank line, then each block as a paragraph. */
function textOf(title: string, pages: readonly Block[][]): string {
  return `${title}\n\n${pages
    .flat()
    .map((block) => block.text)
    .join('\n\n')}\n`
}

/**
 * The 20-page article in the form named `edition` (its first sentence says which, so that the
 * PDF, the Word file and the text are three articles, not duplicates of one another).
 */
export async function pagedArticle(edition: 'PDF' | 'Word' | 'plain-text'): Promise<PagedArticle> {
  const title = `Kursk front: the ${edition} dispatch`
  const firstSentence = `Reporters filed this ${edition} edition of the Kursk dispatch from Kyiv on Monday.`
  const { pdf, pages } = await pdfOf(title, blocks(firstSentence))
  return { title, firstSentence, pdf, docx: await docxOf(title, pages), text: textOf(title, pages) }
}
