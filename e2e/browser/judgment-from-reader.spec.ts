// From the reader to key judgments: K starts a judgment from a graded sentence, in a case made
// for its article; a sentence of another article is added to it as contradicting evidence; the
// marks and the inspector follow, and undo takes the evidence back.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

const SAMPLE_TITLE = 'North Korean troops withdraw from Kursk; Sweden’s largest defence package'
const CLAIM =
  'Colonel Oleksandr Kindratenko, a spokesperson for Ukraine’s Special Operations Forces, stated that no North Korean troops have been observed on the battlefield for the past three weeks.'
const OTHER_TITLE = 'DPRK units still near Kursk, Russian blogger says'
const OTHER_TEXT =
  'A Russian military blogger posted video on Telegram that he said showed North Korean soldiers near Sudzha last week. The footage could not be verified.'
const COUNTER = 'A Russian military blogger posted video on Telegram'

test('K starts a judgment in a case named after the article; a sentence of another article contradicts it; undo takes that back', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await expect(app.sentence(1)).toHaveText(CLAIM)
  await app.setSource('Oleksandr Kindratenko')
  await app.setReliability('B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await expect(app.judgmentsPanel()).toContainText('evidence for no key judgment yet')

  await app.startJudgment()
  await expect(page.getByRole('status')).toHaveText(
    `Judgment started in a new case “${SAMPLE_TITLE}”, made for this article — put it in your own words.`
  )
  await expect(page.getByRole('button', { name: 'Open judgment' })).toBeVisible()
  // The sentence is its first evidence, and the judgment is still in the article's words.
  await expect(app.citingJudgments()).toHaveCount(1)
  await expect(app.citingJudgments()).toContainText('supports')
  await expect(app.citingJudgments()).toContainText(CLAIM.slice(0, 60))
  await expect(app.citingJudgments()).toContainText(`Key judgment 1 of “${SAMPLE_TITLE}”`)
  await expect(app.citingJudgments()).toContainText('still in the article’s words')
  await expect(app.sentence(1)).toHaveAttribute('aria-description', /Evidence for 1 key judgment/)
  // The reader's mark names the judgment it stands behind.
  await expect(app.page.locator(`[title^="Supports key judgment 1 of “${SAMPLE_TITLE}”"]`)).toHaveCount(1)

  // A sentence of a second article, added to that judgment as contradiction.
  await app.importPasted(OTHER_TITLE, OTHER_TEXT)
  await app.waitForArticle(COUNTER)
  await app.select(0)
  await expect(app.sentence(0)).not.toHaveAttribute('data-judgments')
  await app.addAsEvidence(/^1\. Colonel Oleksandr Kindratenko/, 'Contradicts')
  await expect(app.sentence(0)).toHaveAttribute('data-judgments', '1')
  await expect(app.citingJudgments()).toHaveCount(1)
  await expect(app.citingJudgments()).toContainText('contradicts')
  await expect(app.citingJudgments()).toContainText(`Key judgment 1 of “${SAMPLE_TITLE}”`)

  // Added twice, it is refused with the reason, and nothing changes.
  await app.addAsEvidence(/^1\. Colonel Oleksandr Kindratenko/, 'Supports')
  await expect(page.getByRole('status')).toHaveText(
    'This sentence already contradicts the judgment; remove that first to record it as support.'
  )
  await expect(app.citingJudgments()).toHaveCount(1)
  await expect(app.citingJudgments()).toContainText('contradicts')

  // Back in the first article, its sentence still lists the judgment.
  await app.library.getByRole('button', { name: /North Korean troops withdraw from Kursk/ }).click()
  await app.waitForArticle('North Korean troops deployed')
  await app.select(1)
  await expect(app.citingJudgments()).toHaveCount(1)
  await expect(app.citingJudgments()).toContainText('supports')
  await expect(app.citingJudgments()).toContainText(`Key judgment 1 of “${SAMPLE_TITLE}”`)

  // Undo takes back the contradicting evidence, and only it.
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status')).toHaveText('Undone: Add evidence to judgment')
  await app.library.getByRole('button', { name: new RegExp(OTHER_TITLE) }).click()
  await app.waitForArticle(COUNTER)
  await app.select(0)
  await expect(app.sentence(0)).not.toHaveAttribute('data-judgments')
  await expect(app.judgmentsPanel()).toContainText('evidence for no key judgment yet')
  // The judgment itself is still there to add evidence to.
  await app.judgmentsPanel().getByLabel('Add as evidence to…').click()
  await expect(app.dropdownOption(/^1\. Colonel Oleksandr Kindratenko/)).toHaveCount(1)
})

test('a second K joins the article’s case; evidence taken off in the inspector comes back with undo; undo takes the judgments back one at a time, the case with the first', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await app.startJudgment()
  await app.select(2)
  await app.startJudgment()
  await expect(page.getByRole('status')).toHaveText(
    `Judgment started in case “${SAMPLE_TITLE}” — put it in your own words.`
  )
  await expect(app.citingJudgments()).toContainText(`Key judgment 2 of “${SAMPLE_TITLE}”`)

  // Taken off the judgment from the inspector, the sentence loses its mark; undo puts it back.
  await app
    .judgmentsPanel()
    .getByRole('button', { name: `Remove as evidence for key judgment 2 of “${SAMPLE_TITLE}”` })
    .click()
  await expect(app.sentence(2)).not.toHaveAttribute('data-judgments')
  await expect(app.judgmentsPanel()).toContainText('evidence for no key judgment yet')
  await page.keyboard.press('Control+z')
  await expect(page.getByRole('status')).toHaveText('Undone: Remove evidence from judgment')
  await expect(app.sentence(2)).toHaveAttribute('data-judgments', '1')

  // One undo takes back the second judgment; two take back the first and the case made for it.
  await page.keyboard.press('Control+z')
  await expect(app.sentence(2)).not.toHaveAttribute('data-judgments')
  await page.keyboard.press('Control+z')
  await expect(app.sentence(1)).not.toHaveAttribute('data-judgments')
  // The case went with it: the next judgment gets a new one.
  await app.select(1)
  await app.startJudgment()
  await expect(page.getByRole('status')).toHaveText(
    `Judgment started in a new case “${SAMPLE_TITLE}”, made for this article — put it in your own words.`
  )
})
