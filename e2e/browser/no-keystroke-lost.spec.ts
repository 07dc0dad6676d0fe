// Notes are saved however the analyst leaves them: closing the window right after typing, or
// moving to another sentence before the pause that saves them; keys pressed before the inspector's
// code has come are kept.
import { expect, test } from '@playwright/test'
import { holdDeferredScripts } from '../pages/deferred-scripts'
import { WorkbenchPage } from '../pages/workbench-page'

test('a note typed 50 ms before the page closes is there after reopening', async ({ context }) => {
  const first = new WorkbenchPage(await context.newPage())
  await first.openOnSample()
  await first.select(1)
  await first.inspector.getByLabel('Note').click()
  await first.page.keyboard.type('Kindratenko’s denial predates the ISW map.')
  // Less than the pause after which a note is saved while typing.
  await first.page.waitForTimeout(50)
  await first.page.close()

  const again = new WorkbenchPage(await context.newPage())
  await again.openOnSample()
  await again.select(1)
  await expect(again.inspector.getByLabel('Note')).toHaveValue('Kindratenko’s denial predates the ISW map.')
})

test('a note is saved when the analyst moves to the next sentence at once', async ({ page }) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  const note = app.inspector.getByLabel('Note')
  await note.click()
  await page.keyboard.type('Check against the ministry’s statement.')
  await page.keyboard.press('Escape')
  await page.keyboard.press('j')
  await expect(app.sentence(2)).toHaveAttribute('data-selected', 'true')
  await page.keyboard.press('k')
  await expect(note).toHaveValue('Check against the ministry’s statement.')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await app.select(1)
  await expect(note).toHaveValue('Check against the ministry’s statement.')
})

test('an override reason typed just before the status changes stays with the new status', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  const override = app.inspector.getByLabel('Corroboration override')
  await override.selectOption({ label: 'Corroborated' })
  const reason = app.inspector.getByLabel('Reason for override')
  await reason.click()
  await page.keyboard.type('Call with the ministry.')
  await override.selectOption({ label: 'Contested' })
  await expect(app.sentence(1)).toHaveAttribute('data-corroboration', 'contested')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await app.select(1)
  await expect(override).toHaveValue('contested')
  await expect(reason).toHaveValue('Call with the ministry.')
})

test('a bottom line typed as the page closes is in the brief header after reopening', async ({ context }) => {
  const first = new WorkbenchPage(await context.newPage())
  await first.openOnSample()
  await first.openExport()
  await expect(
    first.page.getByRole('dialog', { name: 'Export brief' }).getByLabel('Brief title')
  ).toBeEnabled()
  await first.page.getByRole('dialog', { name: 'Export brief' }).getByLabel('Bottom line up front').click()
  await first.page.keyboard.type('DPRK units have left the Kursk front.')
  await first.page.close()

  const again = new WorkbenchPage(await context.newPage())
  await again.openOnSample()
  await again.openExport()
  expect((await again.briefHeader()).bluf).toBe('DPRK units have left the Kursk front.')
})

test('a grade and the note key pressed before the inspector has come are kept', async ({ page }) => {
  const scripts = await holdDeferredScripts(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  // The inspector's pane is there at once, saying it is loading.
  await expect(page.getByRole('status', { name: 'Loading Inspector' })).toBeVisible()
  await app.select(1)
  await page.keyboard.press('2')
  await page.keyboard.press('e')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')

  await scripts.release()
  const note = app.inspector.getByLabel('Note')
  await expect(note).toBeFocused()
  await page.keyboard.type('Pressed before the inspector came.')
  await expect(app.inspector.getByRole('radio', { name: /Probably true/ })).toBeChecked()
  await page.keyboard.press('Escape')
  await page.reload()
  await app.waitForArticle('North Korean troops')
  await app.select(1)
  await expect(note).toHaveValue('Pressed before the inspector came.')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-2')
})

test('a source typed right after s, before the inspector has come, goes into the source field', async ({
  page
}) => {
  const scripts = await holdDeferredScripts(page)
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await expect(page.getByRole('status', { name: 'Loading Inspector' })).toBeVisible()
  await app.select(3)
  await page.keyboard.press('s')
  // Its "k" is not the reader's key to move up, nor its letters any other shortcut, nor its "4"
  // a grade (grade keys are taken before the page's other handlers, but never from a field).
  await page.keyboard.type('Ukrainian officials of the 47th brigade')
  await scripts.release()
  await expect(app.sourceField()).toBeFocused()
  await expect(app.sourceField()).toHaveValue('Ukrainian officials of the 47th brigade')
  await expect(app.sentence(3)).toHaveAttribute('data-selected', 'true')
  await expect(app.sentence(3)).toHaveAttribute('data-rating', '')
})
