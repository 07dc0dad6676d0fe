// The desktop shell loses its IndexedDB between two launches: closing the app wrote an automatic
// backup, and the next launch says the library is gone and restores that backup. Needs an
// Electron binary; skips, saying why, without one.
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { SAMPLE_LEDE, WorkbenchPage } from '../pages/workbench-page'
import { electronBinary } from '../../scripts/electron-binary.ts'

const binary = electronBinary()
test.skip(!binary.exists, `No Electron binary at ${binary.path}: run on a machine that can fetch it`)

let userData: string
let app: ElectronApplication | undefined

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-gone-'))
})

test.afterEach(async () => {
  await app?.close()
  app = undefined
  await rm(userData, { recursive: true, force: true })
})

async function launch(): Promise<WorkbenchPage> {
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.'],
    env: { ...process.env, SOURCEMARK_USER_DATA: userData }
  })
  return new WorkbenchPage(await app.firstWindow())
}

test('closing writes an automatic backup; a lost library is restored from it', async () => {
  let workbench = await launch()
  await workbench.waitForArticle(SAMPLE_LEDE)
  await workbench.select(1)
  await workbench.setSource('Oleksandr Kindratenko')
  await workbench.setReliability('B')
  await workbench.page.keyboard.press('2')
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await app!.close()
  app = undefined
  const backups = await readdir(join(userData, 'backups'))
  expect(backups).toEqual([expect.stringMatching(/^sourcemark-auto-.*-1a\.json$/)])

  // What Chromium does after a full disk: the database is gone; the data folder's files are not.
  await rm(join(userData, 'IndexedDB'), { recursive: true, force: true })
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
