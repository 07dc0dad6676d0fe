// Print quality, held to on the printed PDF: a brief of several pages, graded through the UI,
// printed by Chromium from the print view's HTML and read back with poppler (pdftotext, pdfinfo,
// pdffonts) on A4 and Letter paper.
import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'
import { median, printToPdf, squeeze } from '../printed-pdf'

const HANDLING = 'UNCLASSIFIED // FOR TRAINING'
const [TITLE, ...LINES] = readFileSync(new URL('../fixtures/kyiv-blackout.txt', import.meta.url), 'utf8')
  .trim()
  .split('\n')
/** The outage register's record key: 180 characters with no place to break. */
const TOKEN = /record key; the key for this attack was (\w+)\./.exec(LINES.join('\n'))![1]!

const BLUF =
  'The grid held; the outage register contradicts the operator on how long the worst outage lasted.'

/**
 * Where page breaks fall depends on what precedes them: the same brief is printed with a bottom
 * line longer by about three lines at a time, until every table row and heading has stood at the
 * foot of an A4 page, then once on Letter paper.
 */
const VARIANTS = [
  ...Array.from({ length: 16 }, (_, k) => ({ format: 'A4' as const, extra: k * 7 })),
  { format: 'Letter' as const, extra: 0 }
]
const EXTRA_SENTENCE = ' Scheduled outages are expected to continue.'

interface Grade {
  sentence: string
  source: string
  reliability: string
  credibility: number
  /** A key judgment is started from the sentence (K), so the brief has judgments to print. */
  startsJudgment?: boolean
  contradicts?: string
}

const GRADES: Grade[] = [
  {
    sentence: 'Ukraine’s grid operator Ukrenergo said on Tuesday',
    source: 'Ukrenergo',
    reliability: 'B',
    credibility: 2,
    startsJudgment: true
  },
  {
    sentence: 'The company said that emergency outages had been replaced',
    source: 'Ukrenergo',
    reliability: 'B',
    credibility: 3,
    contradicts: 'The register showed that the longest outage'
  },
  {
    sentence: 'The register showed that the longest outage',
    source: 'Kyiv outage register',
    reliability: 'A',
    credibility: 2
  },
  {
    sentence: 'The ministry claimed that the strike had disabled',
    source: 'Russian Ministry of Defence',
    reliability: 'D',
    credibility: 5,
    startsJudgment: true,
    contradicts: 'Ukrenergo’s chief executive said that the grid had held'
  },
  {
    sentence: 'An engineer at one of the damaged substations',
    source: 'Substation engineer (unnamed)',
    reliability: 'F',
    credibility: 3
  },
  {
    sentence: 'The city published its outage register',
    source: 'Kyiv City Military Administration',
    reliability: 'B',
    credibility: 2,
    startsJudgment: true,
    contradicts: 'An engineer at one of the damaged substations'
  },
  {
    sentence: 'Ukraine’s Air Force said it had shot down',
    source: 'Ukrainian Air Force',
    reliability: 'B',
    credibility: 3
  },
  {
    sentence: 'The International Atomic Energy Agency said',
    source: 'International Atomic Energy Agency',
    reliability: 'A',
    credibility: 2
  }
]

/**
 * Selects a sentence from the keyboard, from the top of the article: the sentence with the
 * 180-character token runs past the reader's edge, under the library pane, so it is not clicked.
 */
async function selectSentence(app: WorkbenchPage, text: string): Promise<void> {
  const target = app.sentences().filter({ hasText: text })
  const index = Number(await target.getAttribute('data-sentence-index'))
  await app.select(0)
  for (let at = 0; at < index; at = Number(await app.selected().getAttribute('data-sentence-index'))) {
    await app.page.keyboard.press('j')
  }
  await expect(target).toHaveAttribute('data-selected', 'true')
}

/** The print view's HTML for the graded article, as the PDF button hands it to the print dialog. */
async function printViewHtml(page: Page): Promise<string> {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.importPasted(TITLE!, LINES.join('\n'))
  await app.waitForArticle('Ukraine’s grid operator Ukrenergo')
  for (const grade of GRADES) {
    await selectSentence(app, grade.sentence)
    await app.setSource(grade.source)
    await app.setReliability(grade.reliability)
    await page.keyboard.press(String(grade.credibility))
    if (grade.startsJudgment) await app.startJudgment()
    if (grade.contradicts) await app.addLink('Contradicts', grade.contradicts, `This article: ${TITLE}`)
  }
  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  await dialog.getByLabel('Analyst').fill('R. Okafor')
  await dialog.getByLabel('Handling').fill(HANDLING)
  await dialog.getByLabel('Bottom line up front').fill(BLUF)
  await page.getByRole('button', { name: 'PDF' }).click()
  await expect(app.exportStatus()).toContainText('The print dialog was closed.')
  return page.locator('#sourcemark-print-view').evaluate((frame) => (frame as HTMLIFrameElement).srcdoc)
}

interface Layout {
  headings: string[]
  /** Each body row of each table, as the text of its cells. */
  rows: string[][]
  /** Footnote numbers in the order the page shows them. */
  footnoteNumbers: number[]
  /** Footnote numbers in the source table. */
  sourceTableNumbers: number[]
  lastFootnote: string
  /** The text of the Key judgments section, up to the next heading of its level. */
  keyJudgments: string
}

/** What the printed page holds, read from the page Chromium printed. */
function layoutOf(printer: Page): Promise<Layout> {
  return printer.evaluate(() => {
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()
    const numbers = (root: Element) =>
      [...root.querySelectorAll('a[data-footnote-ref]')].map((a) => Number(a.textContent))
    const sources = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Sources')
    const table = sources?.nextElementSibling
    // Its words as printed: the back-links are for the screen.
    const lastFootnote = document.querySelector('section.footnotes li:last-child')!.cloneNode(true) as Element
    lastFootnote.querySelectorAll('[data-footnote-backref]').forEach((a) => a.remove())
    const judgmentsHeading = [...document.querySelectorAll('h2')].find((h) => text(h) === 'Key judgments')
    const judgmentsSection: string[] = []
    for (let e = judgmentsHeading?.nextElementSibling; e && e.tagName !== 'H2'; e = e.nextElementSibling) {
      judgmentsSection.push(text(e))
    }
    return {
      keyJudgments: judgmentsSection.join(' '),
      headings: [...document.querySelectorAll('h1, h2, h3, h4')]
        .filter((h) => !h.closest('.sr-only'))
        .map(text),
      rows: [...document.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map(text)),
      footnoteNumbers: numbers(document.body),
      sourceTableNumbers: table?.tagName === 'TABLE' ? numbers(table) : [],
      lastFootnote: text(lastFootnote)
    }
  })
}

test('the printed brief: page furniture, breaks, wrapping, footnotes and bundled fonts', async ({
  page,
  context
}) => {
  const html = await printViewHtml(page)
  const printer = await context.newPage()

  for (const { format, extra } of VARIANTS) {
    const variant = html.replace(BLUF, BLUF + EXTRA_SENTENCE.repeat(extra))
    const pdf = await printToPdf(printer, variant, format)
    const layout = await layoutOf(printer)
    const label = `${format}, bottom line ${extra} sentences longer`
    const where = (i: number) => `${label}, page ${i + 1} of ${pdf.pageCount}`
    expect(pdf.pageCount, label).toBeGreaterThanOrEqual(4)
    expect(pdf.layoutPages).toHaveLength(pdf.pageCount)

    pdf.layoutPages.forEach((lines, i) => {
      // The handling line once at each edge of every page, never again in the page itself.
      expect(lines.join('\n').split(HANDLING).length - 1, where(i)).toBe(2)
      expect(lines[0], where(i)).toContain(HANDLING)
      expect(lines.at(-1), where(i)).toContain(HANDLING)
      expect(lines.at(-1), where(i)).toMatch(new RegExp(`Page ${i + 1} of ${pdf.pageCount}$`))
      // No heading is the last thing on a page: it goes over with what it heads.
      const last = lines.at(-2)!.replace(/\s+/g, ' ').trim()
      for (const heading of layout.headings) expect(heading, `${where(i)} ends with “${last}”`).not.toBe(last)
    })

    // Every table row is whole on one page: each of its cells, all of it.
    expect(layout.rows.length).toBeGreaterThanOrEqual(20)
    for (const row of layout.rows) {
      const cells = row.map(squeeze)
      expect(
        pdf.squeezedPages.some((p) => cells.every((cell) => p.includes(cell))),
        `${label}: row “${row.join(' | ').slice(0, 80)}…” is split across pages`
      ).toBe(true)
    }

    // The long token wraps inside the page, whole, and nothing was shrunk to make room for it.
    const everything = pdf.squeezedPages.join('')
    expect(everything).toContain(TOKEN)
    if (extra === 0) {
      const unshrunk = await printToPdf(printer, variant.replaceAll(TOKEN, 'withheld'), format)
      expect(median(pdf.firstPageWordHeights) / median(unshrunk.firstPageWordHeights), format).toBeCloseTo(
        1,
        2
      )
    }

    // The judgments started from three sentences are printed in their own section, each in the
    // words it was started from until the analyst rewords it.
    for (const { sentence } of GRADES.filter((g) => g.startsJudgment)) {
      expect(layout.keyJudgments, `${label}: key judgment “${sentence}”`).toContain(sentence)
    }

    // Web-only back-links are not printed; footnotes come in reading order, 1, 2, 3…
    expect(everything).not.toContain('↩')
    const firstUses = layout.footnoteNumbers.filter((n, i) => layout.footnoteNumbers.indexOf(n) === i)
    expect(firstUses).toEqual(firstUses.map((_, i) => i + 1))
    expect(layout.sourceTableNumbers).toEqual(layout.sourceTableNumbers.map((_, i) => i + 1))
    expect(layout.sourceTableNumbers).toHaveLength(
      GRADES.filter((g, i) => GRADES.findIndex((o) => o.source === g.source) === i).length
    )
    // The footnotes close the brief, after the methodology: the closing handling line is the page edge.
    expect(squeeze(pdf.layoutPages.at(-1)!.join(''))).toContain(squeeze(layout.lastFootnote))
    expect(everything.indexOf(squeeze(layout.lastFootnote))).toBeGreaterThan(
      everything.indexOf('Methodology')
    )

    // Only the bundled fonts, every one embedded; the emoji prints from Noto Emoji, not as a box.
    expect(everything).toContain('⚡')
    expect(pdf.fonts.length).toBeGreaterThan(0)
    for (const font of pdf.fonts) {
      expect(font.name, format).toMatch(/^[A-Z]{6}\+Noto(Serif|Sans|Emoji)/)
      expect(font.embedded, font.name).toBe(true)
    }
    expect(pdf.fonts.map((f) => f.name).join(' ')).toMatch(/NotoEmoji/)
  }
})
