// The grading loop with the keyboard alone: pick a source, grade reliability and credibility,
// start a key judgment, jump to the next ungraded sentence, and find the sheet of keys.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('grade sentences without touching the mouse', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '0')

  await page.keyboard.press('j')
  await page.keyboard.press('s')
  await expect(app.inspector.getByLabel('Source', { exact: true })).toBeFocused()
  await page.keyboard.type('Oleksandr Kindratenko')
  // A new name is created from its explicit option: ↓ reaches it, Enter picks it.
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(app.inspector.getByLabel('Source', { exact: true })).not.toBeFocused()
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await page.keyboard.press('Shift+K')
  await expect(app.sentence(1)).toHaveAttribute('data-judgments', '1')
  await expect(page.getByRole('status')).toContainText('Judgment started in a new case')

  // u skips to the next sentence without a grade: the lede (0) and this one (1) are graded now,
  // so from the top it lands on sentence 2.
  await page.keyboard.press('k')
  await page.keyboard.press('3')
  await expect(app.sentence(0)).toHaveAttribute('data-rating', '-3')
  await page.keyboard.press('u')
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '2')

  // Typing a note does not grade: digits go into the field; Esc hands the keys back.
  await page.keyboard.press('e')
  await page.keyboard.type('Quote 3 weeks old')
  await page.keyboard.press('Escape')
  await page.keyboard.press('4')
  await expect(app.inspector.getByLabel('Note')).toHaveValue('Quote 3 weeks old')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '-4')

  // Shift+letter without a source says what to do instead of failing silently.
  await page.keyboard.press('u')
  await page.keyboard.press('Shift+A')
  await expect(page.getByRole('status')).toContainText('Pick the sentence’s source first')

  await page.keyboard.press('?')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toContainText('Next sentence not yet graded')
  await expect(sheet).toContainText('Start a key judgment from this sentence')
  await page.keyboard.press('Escape')
  await expect(sheet).toBeHidden()
})

test('a accepts the source the sentence names, matched to the registry when it is known', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()

  await app.select(1)
  await expect(app.inspector.getByRole('group', { name: 'Suggested sources' })).toContainText(
    'Oleksandr Kindratenko · paraphrase'
  )
  await page.keyboard.press('a')
  await expect(app.inspector.getByLabel('Source', { exact: true })).toHaveValue('Oleksandr Kindratenko')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', 'B2')

  // His quote: "Kindratenko said" is the registry's Oleksandr Kindratenko, reliability B already.
  await page.keyboard.press('j')
  await page.keyboard.press('a')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', 'B-')
  await expect(app.inspector.getByLabel('Source', { exact: true })).toHaveValue('Oleksandr Kindratenko')

  // One key, one action: undo takes the attribution back whole.
  await page.keyboard.press('Control+z')
  await expect(app.sentence(2)).toHaveAttribute('data-rating', '')

  // A heading names nobody.
  await app.select(4)
  await page.keyboard.press('a')
  await expect(page.getByRole('status')).toContainText('This sentence names no source in its words')
})
