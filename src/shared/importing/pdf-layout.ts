// A PDF's text items (pieces of text with their position and size, as pdf.js gives them) laid out
// as an article: columns read one after the other, lines re-joined into paragraphs, words broken
// at line ends mended, and the running headers, footers and page numbers of the page left out.
// Pure, so the rules are tested without a PDF.

/** One piece of text on a page, in PDF user space (origin bottom left, y upwards). */
export interface PdfTextItem {
  text: string
  /** Left edge and baseline. */
  x: number
  y: number
  width: number
  /** The font's size on the page: the height of a line of it. */
  size: number
}

export interface PdfPage {
  width: number
  height: number
  items: PdfTextItem[]
}

export interface PdfLayout {
  /** Paragraphs separated by blank lines; headings are paragraphs of their own. */
  text: string
  /** The largest text on the first page (its headline), if it stands out from the body. */
  heading?: string
}

/** A run of items on one baseline, with no gap wide enough to be a gutter between columns. */
interface Line {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  page: number
}

const median = (values: number[]) => {
  if (!values.length) return 0
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** Items on the same baseline, split wherever the gap is wider than a gutter could be inside a line. */
function linesOf(page: PdfPage, pageIndex: number): Line[] {
  const items = page.items.filter((item) => item.text.trim() !== '')
  items.sort((a, b) => b.y - a.y || a.x - b.x)
  const rows: PdfTextItem[][] = []
  for (const item of items) {
    const row = rows.find((r) => Math.abs(r[0]!.y - item.y) <= item.size * 0.3)
    if (row) row.push(item)
    else rows.push([item])
  }
  const lines: Line[] = []
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x)
    let line: Line | undefined
    for (const item of row) {
      const gap = line ? item.x - line.x1 : 0
      if (!line || gap > item.size * 1.5) {
        line = {
          text: item.text,
          x0: item.x,
          x1: item.x + item.width,
          y: item.y,
          size: item.size,
          page: pageIndex
        }
        lines.push(line)
        continue
      }
      // pdf.js leaves out the spaces a PDF draws as gaps: a gap of a fifth of the font is one.
      const spaced = /\s$/.test(line.text) || /^\s/.test(item.text) || gap < item.size * 0.2
      line.text += spaced ? item.text : ` ${item.text}`
      line.x1 = Math.max(line.x1, item.x + item.width)
      line.size = Math.max(line.size, item.size)
    }
  }
  for (const line of lines) line.text = line.text.replace(/\s+/g, ' ').trim()
  return lines
}

const PAGE_NUMBER = /^(?:page\s+)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/)\s*\d{1,4})?$/i

/**
 * Running headers and footers: a line found at the same height on at least half the pages (two at
 * least), its digits ignored so "Page 3" and "Page 4" are the same line. Page numbers: a line that
 * is only a number ("7", "- 7 -", "Page 7 of 9") in the top or bottom tenth of its page.
 */
function dropPageFurniture(pages: Line[][], sizes: PdfPage[]): Line[][] {
  const key = (line: Line) => `${Math.round(line.y / 6)}|${line.text.toLowerCase().replace(/\d+/g, '#')}`
  const seenOn = new Map<string, Set<number>>()
  pages.forEach((lines, index) => {
    for (const line of lines) {
      const k = key(line)
      seenOn.set(k, (seenOn.get(k) ?? new Set()).add(index))
    }
  })
  const running = Math.max(2, Math.ceil(pages.length / 2))
  return pages.map((lines, index) => {
    const height = sizes[index]!.height
    return lines.filter((line) => {
      if (pages.length > 1 && seenOn.get(key(line))!.size >= running) return false
      const nearEdge = line.y < height * 0.1 || line.y > height * 0.9
      return !(nearEdge && PAGE_NUMBER.test(line.text))
    })
  })
}

/**
 * The gutters of a page: vertical strips at least 6 points wide, inside the text, that no more
 * than a tenth of its lines cross (a headline over both columns may). Lines are then read column
 * by column between the lines that cross a gutter.
 */
function readingOrder(lines: Line[]): Line[] {
  if (lines.length < 4) return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)
  const left = Math.floor(Math.min(...lines.map((l) => l.x0)))
  const right = Math.ceil(Math.max(...lines.map((l) => l.x1)))
  const cover = new Array<number>(right - left + 1).fill(0)
  for (const line of lines) {
    for (let x = Math.ceil(line.x0); x < Math.floor(line.x1); x++) cover[x - left]!++
  }
  const sparse = Math.floor(lines.length / 10)
  const gutters: [number, number][] = []
  let start = -1
  cover.forEach((count, i) => {
    if (count <= sparse && start < 0) start = i
    if ((count > sparse || i === cover.length - 1) && start >= 0) {
      if (i - start >= 6 && start > 0 && count > sparse) gutters.push([left + start, left + i])
      start = -1
    }
  })
  if (!gutters.length) return [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)

  const crosses = (line: Line) => gutters.some(([g0, g1]) => line.x0 < g0 && line.x1 > g1)
  const column = (line: Line) => gutters.filter(([g0]) => line.x0 >= g0).length
  const ordered: Line[] = []
  let band: Line[] = []
  const flush = () => {
    band.sort((a, b) => column(a) - column(b) || b.y - a.y || a.x0 - b.x0)
    ordered.push(...band)
    band = []
  }
  for (const line of [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)) {
    if (crosses(line)) {
      flush()
      ordered.push(line)
    } else band.push(line)
  }
  flush()
  return ordered
}

const ENDS_SENTENCE = /[.!?:;"”’)\]]$/

/**
 * A hyphen at a line's end before a letter: the word is mended ("inter-" + "national") when the
 * mended word is found elsewhere in the text, or when the next line goes on in lower case and the
 * hyphenated form is not found elsewhere; otherwise (before a capital, as in "Russia-" + "Ukraine",
 * or a compound written with its hyphen elsewhere) the hyphen stays and the lines join without a space.
 */
function joinLines(before: string, after: string, words: Set<string>, compounds: Set<string>): string {
  const broken = before.match(/(\p{L}+)-$/u)
  const next = after.match(/^(\p{L}+)/u)
  if (!broken || !next) return `${before} ${after}`
  const [head, tail] = [broken[1]!, next[1]!]
  const mended = `${head}${tail}`.toLowerCase()
  const hyphenated = `${head}-${tail}`.toLowerCase()
  const mend = words.has(mended) || (!compounds.has(hyphenated) && /^\p{Ll}/u.test(tail))
  return mend ? `${before.slice(0, -1)}${after}` : `${before}${after}`
}

export function layOutPdf(pages: PdfPage[]): PdfLayout {
  const lines = dropPageFurniture(
    pages.map((page, index) => linesOf(page, index)),
    pages
  ).flatMap(readingOrder)
  if (!lines.length) return { text: '' }

  const all = lines.map((l) => l.text).join(' ')
  const words = new Set(all.toLowerCase().match(/\p{L}+/gu) ?? [])
  const compounds = new Set(all.toLowerCase().match(/\p{L}+-\p{L}+/gu) ?? [])
  const body = median(lines.map((l) => l.size))
  const isHeading = (line: Line) => line.size > body * 1.15
  const pitches = lines
    .slice(1)
    .map((line, i) => [lines[i]!, line] as const)
    .filter(
      ([a, b]) => a.page === b.page && a.size === b.size && a.y > b.y && Math.abs(a.x0 - b.x0) < body * 4
    )
    .map(([a, b]) => a.y - b.y)
  const pitch = median(pitches) || body * 1.2

  const paragraphs: string[] = []
  let current = ''
  let previous: Line | undefined
  for (const line of lines) {
    let sameParagraph = false
    if (previous && current) {
      const sameSize = Math.abs(previous.size - line.size) < 0.5
      const flowing =
        previous.page === line.page && previous.y > line.y && Math.abs(previous.x0 - line.x0) < body * 4
      if (sameSize && flowing) sameParagraph = previous.y - line.y <= pitch * 1.3
      // Across a column or a page the paragraph goes on where the sentence visibly does.
      else if (sameSize && !isHeading(line))
        sameParagraph = !ENDS_SENTENCE.test(previous.text) && /^[\p{Ll}\d,;]/u.test(line.text)
    }
    if (sameParagraph) current = joinLines(current, line.text, words, compounds)
    else {
      if (current) paragraphs.push(current)
      current = line.text
    }
    previous = line
  }
  if (current) paragraphs.push(current)

  const firstPage = lines.filter((l) => l.page === lines[0]!.page)
  const largest = Math.max(...firstPage.map((l) => l.size))
  const heading =
    largest > body * 1.15
      ? firstPage
          .filter((l) => l.size === largest)
          .map((l) => l.text)
          .join(' ')
      : undefined
  return { text: paragraphs.join('\n\n'), heading }
}
