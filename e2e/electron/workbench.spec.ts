// The desktop shell end to end, the same flow as the browser spec: first run on the sample,
// grading by keyboard and inspector, persistence across a relaunch, and a Markdown brief written
// by main through the native save dialog. Needs an Electron binary; skips, saying why, without one.
import { expect, test } from '@playwright/test'
import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkbenchPage } from '../pages/workbench-page'
import { desktopApp } from './desktop-app'

const desktop = desktopApp()

const FIRST_WORDS = 'North Korean troops deployed to aid Russia’s offensive'

async function launch(): Promise<WorkbenchPage> {
  const workbench = await desktop.launch()
  await workbench.waitForArticle(FIRST_WORDS)
  return workbench
}

test('first run shows the sample; grades made with keys and the inspector survive a relaunch', async () => {
  let workbench = await launch()
  await expect(workbench.page.locator('[data-kind="heading"]')).toHaveCount(3)

  await workbench.select(1)
  await workbench.setSource('Oleksandr Kindratenko')
  await workbench.setReliability('B')
  await workbench.page.keyboard.press('2')
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')

  await workbench.page.keyboard.press('j')
  await expect(workbench.selected()).toHaveAttribute('data-sentence-index', '2')
  await workbench.setSource('Oleksandr Kindratenko')
  await workbench.page.keyboard.press('3')
  await expect(workbench.sentence(2)).toHaveAttribute('data-rating', 'B3')

  await workbench.page.keyboard.press('k')
  await workbench.page.keyboard.press('k')
  await expect(workbench.selected()).toHaveAttribute('data-sentence-index', '0')
  await workbench.setSource('CNN')
  await workbench.setReliability('C')
  await workbench.setCredibility(3)
  await workbench.startJudgment()
  await workbench.setNote('Single Ukrainian official; check ISW.')
  await expect(workbench.sentence(0)).toHaveAttribute('data-rating', 'C3')

  await desktop.close()
  workbench = await launch()
  await expect(workbench.sentence(0)).toHaveAttribute('data-rating', 'C3')
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await expect(workbench.sentence(2)).toHaveAttribute('data-rating', 'B3')
  await workbench.select(0)
  await expect(workbench.citingJudgments()).toHaveCount(1)
  await expect(workbench.inspector.getByLabel('Note')).toHaveValue('Single Ukrainian official; check ISW.')
})

test('exports the brief as Markdown through the native save dialog', async () => {
  const workbench = await launch()
  await workbench.select(1)
  await workbench.setSource('Oleksandr Kindratenko')
  await workbench.setReliability('B')
  await workbench.page.keyboard.press('2')
  await expect(workbench.sentence(1)).toHaveAttribute('data-rating', 'B2')

  const file = join(desktop.userData, 'Kursk brief.md')
  await desktop.app.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
  }, file)
  await workbench.openExport()
  await workbench.page.getByRole('button', { name: 'Markdown' }).click()

  await expect.poll(() => existsSync(file), { message: `brief written to ${file}` }).toBe(true)
  const markdown = await readFile(file, 'utf8')
  expect(markdown).toMatch(/^# Brief: North Korean troops withdraw from Kursk/m)
  expect(markdown).toContain('[B2]')
  expect(markdown).toContain('Usually reliable')
  await expect(workbench.exportStatus()).toHaveText(`Exported as Markdown: saved to ${file}.`)
})
