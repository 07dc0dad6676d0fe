// The desktop shell end to end: first run, grading by keyboard and inspector, persistence across a
// relaunch, and a Markdown export written by main. Needs an Electron binary; skips without one.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronBinary } from './electron-binary'

const binary = electronBinary()

const skipReason = `No Electron binary at ${binary.path}: electron downloads it on first launch; run on a machine that can fetch it`
// The list reporter shows skipped tests without their reason; say it once, plainly.
if (!binary.exists) console.warn(`Skipping the Electron specs. ${skipReason}`)
test.skip(!binary.exists, skipReason)

const FIRST_SENTENCE = /^North Korean troops deployed/

let userData: string
let app: ElectronApplication | undefined

test.beforeEach(async () => {
  userData = await mkdtemp(join(tmpdir(), 'sourcemark-e2e-'))
})

test.afterEach(async () => {
  await app?.close()
  app = undefined
  await rm(userData, { recursive: true, force: true })
})

async function launch(): Promise<Page> {
  app = await electron.launch({
    executablePath: binary.path,
    args: ['.'],
    env: { ...process.env, SOURCEMARK_USER_DATA: userData }
  })
  const window = await app.firstWindow()
  await expect(sentence(window, 0)).toBeVisible()
  return window
}

function sentence(window: Page, index: number) {
  return window.locator(`[data-sentence-index="${index}"]`)
}

/** Attributes the selected sentence in the inspector: its source, and that source's reliability. */
async function attribute(window: Page, source: string, reliability: string): Promise<void> {
  const sourceInput = window.getByLabel('Source', { exact: true })
  await sourceInput.fill(source)
  await sourceInput.press('Enter')
  await window.getByLabel('Reliability', { exact: true }).click()
  await window.getByRole('option', { name: new RegExp(`^${reliability}\\b`) }).click()
}

test('first run shows the sample article; grades survive a relaunch', async () => {
  let window = await launch()
  await expect(sentence(window, 0)).toHaveText(FIRST_SENTENCE)

  // Sentence 0: credibility by key, source and reliability in the inspector → B2.
  await sentence(window, 0).click()
  await window.keyboard.press('2')
  await attribute(window, 'CNN', 'B')
  await window.getByLabel('Key judgment', { exact: true }).check()
  await window.getByLabel('Note', { exact: true }).fill('Single Ukrainian official; check ISW.')
  await expect(sentence(window, 0)).toHaveAttribute('data-rating', 'B2')

  // `j` moves to sentence 1 → C3.
  await sentence(window, 0).click()
  await window.keyboard.press('j')
  await window.keyboard.press('3')
  await attribute(window, 'Oleksandr Kindratenko', 'C')
  await expect(sentence(window, 1)).toHaveAttribute('data-rating', 'C3')

  // `j` to sentence 2 → C5; then `k` back to sentence 1, whose credibility becomes 4.
  await sentence(window, 1).click()
  await window.keyboard.press('j')
  await window.keyboard.press('5')
  await attribute(window, 'Oleksandr Kindratenko', 'C')
  await expect(sentence(window, 2)).toHaveAttribute('data-rating', 'C5')
  await sentence(window, 2).click()
  await window.keyboard.press('k')
  await window.keyboard.press('4')
  await expect(sentence(window, 1)).toHaveAttribute('data-rating', 'C4')

  await app!.close()
  app = undefined
  window = await launch()

  await expect(sentence(window, 0)).toHaveAttribute('data-rating', 'B2')
  await expect(sentence(window, 1)).toHaveAttribute('data-rating', 'C4')
  await expect(sentence(window, 2)).toHaveAttribute('data-rating', 'C5')
  await expect(sentence(window, 3)).not.toHaveAttribute('data-rating', /./)
  await sentence(window, 0).click()
  await expect(window.getByLabel('Key judgment', { exact: true })).toBeChecked()
  await expect(window.getByLabel('Note', { exact: true })).toHaveValue(
    'Single Ukrainian official; check ISW.'
  )
})

test('exports the brief as Markdown through the native save dialog', async () => {
  const window = await launch()
  const title = (await window.getByRole('heading', { level: 1 }).first().textContent())?.trim()
  expect(title, 'the article title is shown as the page heading').toBeTruthy()

  await sentence(window, 0).click()
  await window.keyboard.press('2')
  await attribute(window, 'CNN', 'B')
  await expect(sentence(window, 0)).toHaveAttribute('data-rating', 'B2')
  await sentence(window, 0).click()
  await window.keyboard.press('j')
  await window.keyboard.press('3')
  await attribute(window, 'Oleksandr Kindratenko', 'C')
  await expect(sentence(window, 1)).toHaveAttribute('data-rating', 'C3')

  const file = join(userData, 'Kursk brief.md')
  await app!.evaluate(({ dialog }, filePath) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog
  }, file)

  await window.getByRole('button', { name: 'Export brief' }).click()
  await window
    .getByRole('menuitem', { name: 'Markdown' })
    .or(window.getByRole('button', { name: 'Markdown' }))
    .click()

  await expect.poll(() => existsSync(file), { message: `brief written to ${file}` }).toBe(true)
  const markdown = await readFile(file, 'utf8')
  expect(markdown).toContain(title!)
  expect(markdown).toContain('B2')
  expect(markdown).toContain('C3')
})
