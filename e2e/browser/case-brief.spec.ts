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
const ASSUMPTIONS = 'Russia still has missiles and drones to spare for the grid.'
const ALTERNATIVES = 'The strikes may be a last push before talks, not a winter campaign.'
const BLUF = 'Russia keeps the grid under strain while its ground campaign in Kursk loses allied troops.'

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
    reason: REASON,
    assumptions: ASSUMPTIONS,
    alternatives: ALTERNATIVES
  })
  await expect(cases.judgment(1).getByLabel('Likelihood')).toHaveValue('likely')
  await expect(cases.judgment(1)).toContainText('Moderate confidence: credible sources')
  await cases.addCitation(1, 'Supports', { text: CITATION, url: CITATION_URL, accessedOn: '2025-01-15' })
  await expect(cases.evidence(1).filter({ hasText: CITATION })).toHaveAttribute('data-relation', 'supports')
  // The same citation again, as contradiction: refused with the reason, nothing written.
  await cases.addCitation(1, 'Contradicts', { text: CITATION, url: CITATION_URL, accessedOn: '2025-01-15' })
  await expect(cases.judgment(1).getByRole('alert')).toHaveText(
    'This citation already supports the judgment; remove that first to record it as contradiction.'
  )
  await expect(cases.evidence(1)).toHaveCount(1)
  await cases.fillHeader({
    analyst: 'R. Okafor',
    handling: HANDLING,
    audience: 'Desk editors',
    date: '2025-01-16',
    bluf: BLUF
  })

  // Sentence evidence from both articles, added from the reader, then the case after a reload.
  const caseArticles = cases.view.getByRole('region', { name: 'Articles of the case', exact: true })
  await caseArticles.getByRole('button', { name: KYIV_TITLE!, exact: true }).click()
  await app.sentences().filter({ hasText: SUPPORTING }).click()
  await app.addAsEvidence(/^1\. Russia will keep up its pressure/, 'Supports')
  await expect(app.citingJudgments().filter({ hasText: JUDGMENT.slice(0, 30) })).toHaveCount(1)
  await cases.openCase(CASE)
  await caseArticles.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click()
  await app.sentences().filter({ hasText: CONTRADICTING }).click()
  await app.addAsEvidence(/^1\. Russia will keep up its pressure/, 'Contradicts')
  await expect(app.citingJudgments().filter({ hasText: JUDGMENT.slice(0, 30) })).toHaveCount(1)
  await page.reload()
  await cases.openCase(CASE)
  // Everything typed was kept: the judgment, its reason, the header.
  await expect(cases.judgment(1).getByLabel('Judgment', { exact: true })).toHaveValue(JUDGMENT)
  await expect(cases.judgment(1).getByLabel('Why this confidence')).toHaveValue(REASON)
  await expect(cases.judgment(1).getByRole('radio', { name: 'Moderate' })).toBeChecked()
  await expect(cases.judgment(1).getByLabel('Assumptions')).toHaveValue(ASSUMPTIONS)
  await expect(cases.judgment(1).getByLabel('Alternative explanations')).toHaveValue(ALTERNATIVES)
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

/** Flags a judgment as still in an article's words, as one started from a sentence is stored. */
async function flagForRewording(page: Page, judgmentText: string): Promise<void> {
  await page.evaluate(async (judgmentText) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const db = await done(indexedDB.open('sourcemark'))
    const store = db.transaction('judgments', 'readwrite').objectStore('judgments')
    const rows = (await done(store.getAll())) as { text: string; needsRewording: boolean }[]
    const judgment = rows.find((j) => j.text === judgmentText)
    if (!judgment) throw new Error(`no judgment “${judgmentText}”`)
    await done(store.put({ ...judgment, needsRewording: true }))
    db.close()
  }, judgmentText)
}

const TASS_TITLE = 'TASS: Russian forces retake Kursk'

test('the library by case: cases made, filled, emptied, renamed and deleted; judgments reordered and reworded; the reader briefs any case of its article', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  const cases = new CasePage(page)
  await app.openOnSample()
  await app.importPasted(
    TASS_TITLE,
    'Russia’s defence ministry said its forces had regained full control of the Kursk region.'
  )
  await app.waitForArticle('Russia’s defence ministry said')
  await cases.showCases()
  await expect(page.getByText('No cases yet.')).toBeVisible()

  // A new case holds the open article; the case view adds and removes the others.
  await cases.newCase('Kursk')
  expect(await cases.articleTitles()).toEqual([TASS_TITLE])
  await cases.view.getByLabel('Add an article').selectOption({ label: SAMPLE_TITLE })
  await expect.poll(() => cases.articleTitles()).toEqual([TASS_TITLE, SAMPLE_TITLE])
  await cases.view.getByRole('button', { name: `Remove “${TASS_TITLE}” from the case` }).click()
  await expect.poll(() => cases.articleTitles()).toEqual([SAMPLE_TITLE])

  // From beside the open article: its cases, a new case with it ticked, another case to join.
  await cases.view.getByRole('button', { name: SAMPLE_TITLE, exact: true }).click()
  await app.waitForArticle('North Korean troops deployed')
  await expect(page.getByTestId('article-cases')).toHaveText(/In case: Kursk/)
  await page.getByRole('button', { name: 'Add to case…' }).click()
  await page.getByRole('menuitem', { name: 'New case…' }).click()
  const newCase = page.getByRole('dialog', { name: 'New case' })
  await expect(newCase.getByRole('checkbox', { name: SAMPLE_TITLE })).toBeChecked()
  await expect(newCase.getByRole('checkbox', { name: TASS_TITLE })).not.toBeChecked()
  await newCase.getByLabel('Case name').fill('Sweden aid')
  await newCase.getByRole('button', { name: 'Create case' }).click()
  await expect(cases.view.getByRole('heading', { name: 'Sweden aid', level: 2 })).toBeVisible()
  await expect(cases.caseList().getByRole('button', { name: /^Sweden aid/ })).toContainText('1 article')
  await cases.openCase('Kursk')
  await cases.view.getByLabel('Add an article').selectOption({ label: TASS_TITLE })
  await expect.poll(() => cases.articleTitles()).toEqual([SAMPLE_TITLE, TASS_TITLE])
  await cases.caseList().getByRole('button', { name: TASS_TITLE }).click()
  await app.waitForArticle('Russia’s defence ministry said')
  await page.getByRole('button', { name: 'Add to case…' }).click()
  await page.getByRole('menuitem', { name: 'Sweden aid' }).click()
  await expect(page.getByRole('status').first()).toHaveText('Added to the case “Sweden aid”.')
  await expect(page.getByTestId('article-cases')).toHaveText(/In cases: Kursk, Sweden aid/)

  // Two judgments, the second moved up; one still in an article's words until it is reworded.
  await cases.openCase('Kursk')
  await cases.addJudgment()
  await cases.fillJudgment(1, { text: 'North Korean units have left the Kursk front.' })
  await cases.addJudgment()
  await cases.fillJudgment(2, { text: 'Russia holds most of the Kursk region.' })
  await cases.view.getByRole('button', { name: 'Move key judgment 2 up' }).click()
  await expect(cases.judgment(1).getByLabel('Judgment', { exact: true })).toHaveValue(
    'Russia holds most of the Kursk region.'
  )
  await flagForRewording(page, 'North Korean units have left the Kursk front.')
  await page.reload()
  await cases.openCase('Kursk')
  const reworded = cases.judgment(2)
  await expect(reworded.getByText('Needs rewording — still in the article’s words')).toBeVisible()
  await reworded
    .getByLabel('Judgment', { exact: true })
    .fill('North Korea has withdrawn its units from Kursk.')
  await reworded.getByLabel('Judgment', { exact: true }).blur()
  await expect(reworded.getByText('Needs rewording — still in the article’s words')).toBeHidden()

  // Renamed everywhere it is named.
  await cases.view.getByRole('button', { name: 'Rename' }).click()
  const rename = page.getByRole('dialog', { name: 'Rename case' })
  await rename.getByLabel('Case name').fill('Kursk front')
  await rename.getByRole('button', { name: 'Rename' }).click()
  await expect(cases.view.getByRole('heading', { name: 'Kursk front', level: 2 })).toBeVisible()
  await expect(cases.caseList()).toContainText('Kursk front')

  // The reader's export dialog briefs the article or any of its cases, under that case's header.
  await cases.caseList().getByRole('button', { name: SAMPLE_TITLE }).first().click()
  await app.waitForArticle('North Korean troops deployed')
  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  const briefOf = dialog.getByLabel('Brief of')
  await expect(briefOf.locator('option')).toHaveText([
    'This article',
    'Case: Kursk front',
    'Case: Sweden aid'
  ])
  await expect(dialog.getByLabel('Audience')).toHaveCount(0)
  await briefOf.selectOption({ label: 'Case: Kursk front' })
  await dialog.getByRole('switch', { name: 'Preview' }).press('Space')
  const preview = dialog.frameLocator('iframe[title="Brief preview"]')
  await expect(preview.locator('h1')).toHaveText('Kursk front')
  await dialog.getByLabel('Brief title').fill('Kursk: who holds what')
  await dialog.getByLabel('Audience').fill('Desk editors')
  await expect(preview.locator('h1')).toHaveText('Kursk: who holds what')
  // The case's judgments are its key judgments.
  await expect.soft(preview.locator('body')).toContainText('Russia holds most of the Kursk region.')
  // The check follows the case's header as it is typed (ICD 203: confidence and likelihood apart).
  const check = dialog.getByTestId('brief-check')
  await dialog
    .getByLabel('Bottom line up front')
    .fill('We have high confidence that Russia will likely hold Kursk.')
  await expect.soft(check).toContainText('puts a confidence word')
  await dialog.getByLabel('Bottom line up front').fill('Russia holds most of the Kursk region.')
  await expect(check).not.toContainText('puts a confidence word')
  await briefOf.selectOption({ label: 'This article' })
  await expect(preview.locator('h1')).toHaveText(/^Brief: North Korean troops withdraw from Kursk/)
  await app.closeExport()

  // Deleting a case says what goes with it and what stays; its articles stay.
  await cases.openCase('Kursk front')
  await expect(cases.view.getByLabel('Brief title')).toHaveValue('Kursk: who holds what')
  await expect(cases.view.getByLabel('Audience')).toHaveValue('Desk editors')
  await cases.view.getByRole('button', { name: 'Delete case' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete case' })
  await expect(confirm).toContainText('Its 2 key judgments go with it')
  await expect(confirm).toContainText('Its articles stay in the library.')
  await confirm.getByRole('button', { name: 'Delete' }).click()
  await expect(cases.caseList()).not.toContainText('Kursk front')
  await expect(cases.caseList()).toContainText('Sweden aid')
  await page
    .getByRole('radiogroup', { name: 'Library view' })
    .locator('label')
    .filter({ hasText: /^Articles$/ })
    .click()
  await expect(app.library.getByRole('button')).toHaveCount(2)
})

test('a key judgment and a case’s bottom line typed as the page closes are there after reopening', async ({
  context
}) => {
  const first = new WorkbenchPage(await context.newPage())
  const cases = new CasePage(first.page)
  await first.openOnSample()
  await cases.showCases()
  await cases.newCase('Kursk')
  const judgment = (await cases.addJudgment()).getByLabel('Judgment', { exact: true })
  await cases.view.getByLabel('Bottom line up front').click()
  await first.page.keyboard.type('DPRK units have left the Kursk front.')
  await judgment.click()
  await first.page.keyboard.type('North Korea has withdrawn its units from Kursk.')
  // Less than the pause after which a text is saved while typing.
  await first.page.waitForTimeout(50)
  await first.page.close()

  const again = new CasePage(await context.newPage())
  await new WorkbenchPage(again.page).openOnSample()
  await again.openCase('Kursk')
  await expect(again.judgment(1).getByLabel('Judgment', { exact: true })).toHaveValue(
    'North Korea has withdrawn its units from Kursk.'
  )
  await expect(again.view.getByLabel('Bottom line up front')).toHaveValue(
    'DPRK units have left the Kursk front.'
  )
})
