// The desktop shell loses its IndexedDB between two launches: closing the app wrote an automatic
// backup, and the next launch says the library is gone and restores that backup. Needs an
// Electron binary; skips, saying why, without one.
import { expect, test } from '@playwright/test'
import { readdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { SAMPLE_LEDE } from '../pages/workbench-page'
import { desktopApp } from './desktop-app'

const desktop = desktopApp()
const launch = () => desktop.launch()

test('closing writes an automatic backup; a lost library is restored from it', async () => {
  let workbench = await launch()
  await workbench.waitForArticle(SAMPLE_LEDE)
  await workbench.select(1)
  await workbench.setSource('Oleksandr Kindratenko')
  await workbench.setReliability('B')
  await workbench.page.keyboard.press('2')
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await desktop.close()
  const backups = await readdir(join(desktop.userData, 'backups'))
  expect(backups).toEqual([expect.stringMatching(/^sourcemark-auto-.*-1a\.json$/)])

  // What Chromium does after a full disk: the database is gone; the data folder's files are not.
  await rm(join(desktop.userData, 'IndexedDB'), { recursive: true, force: true })
  workbench = await launch()
  const gone = workbench.page.getByRole('dialog', { name: 'Your library is gone' })
  await expect(gone).toContainText('The library that held 1 article and 1 graded sentence')
  await gone.getByRole('button', { name: 'Restore the newest automatic backup' }).click()
  await expect(gone.getByTestId('restore-plan')).toContainText('1 article to add')
  await gone.getByRole('button', { name: 'Restore', exact: true }).click()
  await expect(gone).toBeHidden()
  await workbench.waitForArticle(SAMPLE_LEDE)
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await workbench.page.getByRole('button', { name: 'Library ▾' }).click()
  await workbench.page.getByRole('menuitem', { name: 'Restore automatic backup…' }).click()
  await expect(workbench.page.getByRole('dialog', { name: 'Restore automatic backup' })).toContainText(
    '1 article'
  )
})
