// The brief check in the export dialog: a warning opens what it is about inside the dialog, and
// only "Go to" leaves it for the reader.
import { expect, test } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

test('a warning shows its sentence in the dialog; Go to sentence leaves for it', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.grade(3, { source: 'Mykhailo Podolyak', reliability: 'C', credibility: 1 })
  await app.select(0)

  await app.openExport()
  const dialog = page.getByRole('dialog', { name: 'Export brief' })
  const check = dialog.getByTestId('brief-check')
  await expect(check).toContainText('Brief check: 1 warning')
  const warning = check
    .getByTestId('brief-issue')
    .filter({ hasText: 'is graded 1 (Confirmed by other sources), but no supporting item' })
  await warning.getByRole('button', { name: 'Show' }).click()

  const sentence = warning.getByTestId('issue-sentence')
  await expect(sentence).toContainText('Ukrainian presidential adviser Mykhailo Podolyak also confirmed')
  await expect(sentence).toContainText('Rating: C1')
  await expect(sentence).toContainText('Sources: Mykhailo Podolyak (C,')
  await expect(dialog).toBeVisible()
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '0')

  await sentence.getByRole('button', { name: 'Go to sentence' }).click()
  await expect(dialog).toBeHidden()
  await expect(app.selected()).toHaveAttribute('data-sentence-index', '3')
})
