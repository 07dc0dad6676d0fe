// A case briefed as one: two articles from different outlets, a key judgment written in the
// analyst's own words with ICD 203 likelihood and confidence, evidence from both articles (one
// side supporting, the other contradicting) and an external citation, the case's own header;
// exported as Markdown, read with an independent GFM parser, and as PDF, read with poppler.
import { readFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { expect, test, type Page } from '@playwright/test'
import { CasePage } from '../pages/case-page'
import { WorkbenchPage } from '../pages/workbench-page'
import { printToPdf, squeeze } from '../printed-pdf'

const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const [KYIV_TITLE, ...KYIV_LINES] = readFileSync(
  new URL('../fixtures/kyiv-blackout.txt', import.meta.url),
  'utf8'
)
  .trim()
  .split('\n')

const CASE = 'Russian pressure this winter'
const HANDLING = 'UNCLASSIFIED // FOR TRAINING'
const JUDGMENT =
  'Russia will keep up its pressure on Ukraine this winter, on the power grid and on the ground.'
const REASON = 'Two outlets agree on the strikes; the only word on the ground war is one unnamed official.'
const SUPPORTING =
  'Energy experts warned that repeated strikes on the same substations left less and less room for repairs.'
const CONTRADICTING =
  'North Korean troops deployed to aid Russia’s offensive in Ukraine have reportedly withdrawn from the Kursk region after suffering heavy losses, a Ukrainian military official told CNN.'
const CITATION = 'Ukrenergo outage schedules, 15 January 2025'
const CITATION_URL = 'https://ua.energy/outage-schedules/'
const BLUF = 'Russia keeps the grid under strain while its ground campaign in Kursk loses allied troops.'

/** The judgment's evidence, as the reader's evidence action stores it: written into the page's library. */
async function seedEvidence(
  page: Page,
  judgmentText: string,
  items: { relation: 'supports' | 'contradicts'; articleTitle: string; sentence: string }[]
): Promise<void> {
  await page.evaluate(
    async ({ judgmentText, items }) => {
      const done = <T>(request: IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result)
          request.onerror = () => reject(request.error)
        })
      const db = await done(indexedDB.open('sourcemark'))
      const tx = db.transaction(['articles', 'texts', 'sentences', 'judgments'], 'readwrite')
      const articles = (await done(tx.objectStore('articles').getAll())) as { id: string; title: string }[]
      const judgments = (await done(tx.objectStore('judgments').getAll())) as {
        text: string
        evidence: unknown[]
      }[]
      const judgment = judgments.find((j) => j.text === judgmentText)
      if (!judgment) throw new Error(`no judgment “${judgmentText}”`)
      for (const item of items) {
        const article = articles.find((a) => a.title === item.articleTitle)
        if (!article) throw new Error(`no article “${item.articleTitle}”`)
        const { text } = (await done(tx.objectStore('texts').get(article.id))) as { text: string }
        const table = (await done(tx.objectStore('sentences').get(article.id))) as {
          seqs: Uint32Array
          starts: Uint32Array
          ends: Uint32Array
        }
        const index = [...table.starts].findIndex(
          (start, i) => text.slice(start, table.ends[i]) === item.sentence
        )
        if (index < 0) throw new Error(`no sentence “${item.sentence}”`)
        judgment.evidence.push({
          relation: item.relation,
          target: { kind: 'sentence', sentenceId: `${article.id}:${table.seqs[index]}` },
          note: ''
        })
      }
      await done(tx.objectStore('judgments').put(judgment))
      db.close()
    },
    { judgmentText, items }
  )
}

interface MdNode {
  type: string
  value?: string
  identifier?: string
  children?: MdNode[]
}

function nodes(tree: MdNode): MdNode[] {
  return [tree, ...(tree.children ?? []).flatMap(nodes)]
}

/** The text a reader sees, escapes undone, one space for any run of whitespace. */
function textOf(tree: MdNode): string {
  return nodes(tree)
    .map((n) => n.value ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
}

test('a case of two articles: a judgment in own words with its evidence, exported as Markdown and PDF', async ({
  page,
  context
}) => {
  const app = new WorkbenchPage(page)
  const cases = new CasePage(page)
  await app.openOnSample()

  // The two articles, graded where the judgment will cite them.
  await app.select(0)
  await app.setSource('Ukrainian military official (unnamed)')
  await app.setReliability('C')
  await page.keyboard.press('3')
  await expect(app.sentence(0)).toHaveAttribute('data-rating', 'C3')
  await app.importPasted(KYIV_TITLE!, KYIV_LINES.join('\n'))
  await app.waitForArticle('Ukraine’s grid operator Ukrenergo')
  await app.sentences().filter({ hasText: SUPPORTING }).click()
  await app.setSource('Energy experts')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await expect(app.sentences().filter({ hasText: SUPPORTING })).toHaveAttribute('data-rating', 'B2')

  // A case of both: the open article is ticked already, the sample is ticked too.
  await cases.showCases()
  await cases.newCase(CASE, [SAMPLE_TITLE])
  // In the library's order (newest first); the brief lists them in the case's order.
  const order = await cases.articleTitles()
  expect(order).toEqual([KYIV_TITLE, SAMPLE_TITLE])
  await expect(cases.caseList()).toContainText(CASE)
  await expect(cases.caseList()).toContainText('2 articles')

  // The judgment, in the analyst's words, with likelihood and confidence kept apart.
  await cases.addJudgment()
  await cases.fillJudgment(1, {
    text: JUDGMENT,
    likelihood: 'likely (55–80%)',
    confidence: 'Moderate',
    reason: REASON
  })
  await expect(cases.judgment(1).getByLabel('Likelihood')).toHaveValue('likely')
  await expect(cases.judgment(1)).toContainText('Moderate confidence: credible sources')
  await cases.addCitation(1, 'Supports', { text: CITATION, url: CITATION_URL, accessedOn: '2025-01-15' })
  await cases.fillHeader({
    analyst: 'R. Okafor',
    handling: HANDLING,
    audience: 'Desk editors',
    date: '2025-01-16',
    bluf: BLUF
  })

  // Sentence evidence from both articles, then the case as the library now holds it.
  await seedEvidence(page, JUDGMENT, [
    { relation: 'supports', articleTitle: KYIV_TITLE!, sentence: SUPPORTING },
    { relation: 'contradicts', articleTitle: SAMPLE_TITLE, sentence: CONTRADICTING }
  ])
  await page.reload()
  await cases.openCase(CASE)
  // Everything typed was kept: the judgment, its reason, the header.
  await expect(cases.judgment(1).getByLabel('Judgment', { exact: true })).toHaveValue(JUDGMENT)
  await expect(cases.judgment(1).getByLabel('Why this confidence')).toHaveValue(REASON)
  await expect(cases.judgment(1).getByRole('radio', { name: 'Moderate' })).toBeChecked()
  await expect(cases.view.getByLabel('Bottom line up front')).toHaveValue(BLUF)
  const evidence = cases.evidence(1)
  await expect(evidence).toHaveCount(3)
  await expect(evidence.filter({ hasText: SUPPORTING })).toContainText('[B2]')
  await expect(evidence.filter({ hasText: SUPPORTING })).toContainText(KYIV_TITLE!)
  await expect(evidence.filter({ hasText: SUPPORTING })).toHaveAttribute('data-relation', 'supports')
  await expect(evidence.filter({ hasText: 'North Korean troops deployed' })).toContainText('[C3]')
  await expect(evidence.filter({ hasText: 'North Korean troops deployed' })).toHaveAttribute(
    'data-relation',
    'contradicts'
  )
  await expect(evidence.filter({ hasText: CITATION })).toContainText(CITATION_URL)

  // "Go to sentence" opens the other article at that sentence; the case is one click away.
  await evidence
    .filter({ hasText: 'North Korean troops deployed' })
    .getByRole('button', { name: 'Go to sentence' })
    .click()
  await expect(app.selected()).toContainText('North Korean troops deployed')
  await expect(page.getByTestId('article-cases')).toContainText(CASE)
  await page.getByTestId('article-cases').getByRole('button', { name: CASE }).click()

  // The export dialog, opened from the case, briefs the case under the case's header.
  const dialog = await cases.openExport()
  await expect(dialog.getByLabel('Brief of')).toHaveValue(/^case:/)
  await expect(dialog.getByLabel('Handling')).toHaveValue(HANDLING)
  await expect(dialog.getByLabel('Audience')).toHaveValue('Desk editors')

  const download = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'Markdown' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^brief-russian-pressure-this-winter-.*\.md$/)
  const markdown = await readFile((await file.path())!, 'utf8')
  const tree = fromMarkdown(markdown, {
    extensions: [gfm()],
    mdastExtensions: [gfmFromMarkdown()]
  }) as MdNode
  const all = nodes(tree)
  expect(all.filter((n) => n.type === 'table').length).toBeGreaterThan(0)
  expect(all.filter((n) => n.type === 'html')).toEqual([])
  const defined = new Set(all.filter((n) => n.type === 'footnoteDefinition').map((n) => n.identifier))
  const referenced = all.filter((n) => n.type === 'footnoteReference').map((n) => n.identifier)
  expect(referenced.length).toBeGreaterThan(0)
  for (const id of referenced) expect(defined, `footnote ${id}`).toContain(id)
  const text = textOf(tree)
  for (const words of [
    CASE,
    BLUF,
    'Desk editors',
    JUDGMENT,
    'likely (55–80%)',
    'Moderate',
    SUPPORTING,
    CONTRADICTING,
    CITATION
  ])
    // Each reported on its own, without the whole brief: every missing piece shows in one run.
    expect.soft(text.includes(words), `the Markdown says “${words}”`).toBe(true)
  // Both articles are briefed, in the case's order.
  expect(text.indexOf(order[0]!)).toBeGreaterThanOrEqual(0)
  expect(text.indexOf(order[0]!)).toBeLessThan(text.indexOf(order[1]!))

  await dialog.getByRole('button', { name: 'PDF' }).click()
  await expect(page.getByRole('dialog', { name: 'Export brief' }).getByTestId('export-status')).toContainText(
    'The print dialog was closed.'
  )
  const html = await page.locator('#sourcemark-print-view').evaluate((f) => (f as HTMLIFrameElement).srcdoc)
  const pdf = await printToPdf(await context.newPage(), html)
  const headings = await page
    .locator('#sourcemark-print-view')
    .contentFrame()
    .locator('h1, h2, h3, h4')
    .allTextContents()
  expect(pdf.pageCount).toBeGreaterThan(1)
  pdf.layoutPages.forEach((lines, i) => {
    const where = `page ${i + 1} of ${pdf.pageCount}`
    // The handling line once at each edge of every page, never again in the page itself.
    expect(lines.join('\n').split(HANDLING).length - 1, where).toBe(2)
    expect(lines[0], where).toContain(HANDLING)
    expect(lines.at(-1), where).toContain(HANDLING)
    expect(lines.at(-1), where).toMatch(new RegExp(`Page ${i + 1} of ${pdf.pageCount}$`))
    // No heading is the last thing on a page: it goes over with what it heads.
    const last = lines.at(-2)!.replace(/\s+/g, ' ').trim()
    for (const heading of headings) expect(heading.replace(/\s+/g, ' ').trim(), where).not.toBe(last)
  })
  expect(pdf.fonts.length).toBeGreaterThan(0)
  for (const font of pdf.fonts) expect(font.embedded, font.name).toBe(true)
  const printed = pdf.squeezedPages.join('')
  for (const words of [JUDGMENT, SUPPORTING, CONTRADICTING, BLUF])
    expect.soft(printed.includes(squeeze(words)), `the PDF says “${words}”`).toBe(true)
})
