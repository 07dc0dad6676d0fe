// Every piece of evidence reaches the brief: a contested claim with support from another article
// shows both sides, a context link is listed, an external citation made in the inspector becomes
// a footnote with its address and accessed date, and a reverse duplicate link is refused.
import { readFile } from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const TASS_TITLE = 'TASS: Russian forces retake Kursk'
const ISW_URL =
  'https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025'

/** `2026-11-30` as the brief writes a date: `30 November 2026`. */
const longDate = (iso: string): string =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC'
  })

test('a contested claim shows both sides, with context links and a footnoted citation', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  // Another outlet repeats the Russian claim: support from another article.
  await app.importPasted(
    TASS_TITLE,
    'Russia’s defence ministry said its forces had regained full control of the Kursk region.'
  )
  await app.waitForArticle('Russia’s defence ministry said')
  await app.select(0)
  await app.setSource('TASS')
  await app.setReliability('D')
  await page.keyboard.press('4')

  await app.library.getByRole('button', { name: new RegExp(SAMPLE_TITLE.slice(0, 30)) }).click()
  await app.waitForArticle('North Korean troops deployed')
  const russian = app.sentences().filter({ hasText: 'the Russian military asserts' })
  const isw = app.sentences().filter({ hasText: 'as reported by the Institute for the Study of War' })
  await isw.click()
  await app.setSource('Institute for the Study of War')
  await app.setReliability('B')
  await page.keyboard.press('2')

  await russian.click()
  await app.setSource('Russian Ministry of Defence')
  await app.setReliability('D')
  await page.keyboard.press('4')
  await app.linkSentence('Supports', 'Russia’s defence ministry said', TASS_TITLE)
  // Its only support is a D4 item: corroborated, but weakly, and the inspector says why.
  await expect(russian).toHaveAttribute('data-corroboration', 'corroborated')
  await expect(russian).toHaveAttribute('data-weak', 'true')
  await expect(app.inspector.getByTestId('corroboration-status')).toHaveText('Weakly corroborated')
  await expect(app.inspector.getByText('reliability D, credibility 4')).toBeVisible()
  await app.inspector.getByLabel('In article').selectOption({ label: `This article: ${SAMPLE_TITLE}` })
  await app.linkSentence('Contradicts', 'However, Ukraine’s recent advances in Kursk')
  await expect(russian).toHaveAttribute('data-corroboration', 'contested')
  await expect(russian).not.toHaveAttribute('data-weak', 'true')
  await app.linkSentence('Context', 'The exact situation remains unclear')

  // An address that is not a web address is refused in the form itself.
  const form = await app.fillCitation('Contradicts', {
    text: 'ISW Russian Offensive Campaign Assessment, 26 January 2025',
    url: 'javascript:alert(1)',
    source: 'Institute for the Study of War'
  })
  await expect(form.getByText('must start with http:// or https://')).toBeVisible()
  await expect(form.getByRole('button', { name: 'Add citation' })).toBeDisabled()
  await form.getByLabel('Address').fill(ISW_URL)
  const today = await page.evaluate(() => {
    const d = new Date()
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
  })
  await expect(form.getByLabel('Accessed')).toHaveValue(today)
  await form.getByRole('button', { name: 'Add citation' }).click()

  const evidence = app.inspector.getByRole('list', { name: 'Evidence links' })
  await expect(evidence.getByRole('listitem')).toHaveCount(4)
  await expect(evidence).toContainText(
    `ISW Russian Offensive Campaign Assessment, 26 January 2025 · ${ISW_URL}`
  )
  await expect(evidence).toContainText('context')

  // The same contradiction made from the other end is one link: refused, nothing added.
  await isw.click()
  await app.linkSentence('Contradicts', 'the Russian military asserts')
  await expect(page.getByText('These two sentences are already linked as “contradicts”')).toBeVisible()
  await expect(evidence.getByRole('listitem')).toHaveCount(1)

  await app.openExport()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Markdown' }).click()
  const markdown = await readFile((await (await download).path())!, 'utf8')

  const contested = markdown.slice(markdown.indexOf('### Contested'), markdown.indexOf('### Circular'))
  expect(contested).toMatch(/^### Contested \(\d+\)/)
  const row = contested.split('\n').find((l) => l.startsWith('| “While Ukraine claims'))!
  const [, supported, contradicted] = row.split(' | ')
  expect(supported).toContain('“Russia’s defence ministry said its forces had regained full control')
  expect(supported).toContain(`_${TASS_TITLE}_`)
  expect(contradicted).toContain('as reported by the Institute for the Study of War')
  expect(contradicted).toMatch(/ISW Russian Offensive Campaign Assessment, 26 January 2025\[\^c1\]/)
  expect(markdown).toContain(
    `[^c1]: ISW Russian Offensive Campaign Assessment, 26 January 2025. [${ISW_URL}](<${ISW_URL}>). Source: Institute for the Study of War (B — Usually reliable). Accessed ${longDate(today)}.`
  )
  const notes = markdown.slice(
    markdown.indexOf('## Notes and context'),
    markdown.indexOf('## Annotated text')
  )
  expect(notes).toContain(
    '  - Context: “The exact situation remains unclear as both sides continue to release conflicting statements.”'
  )
})
