// A backup restored into another library that has its own trail (every library has one, from the
// first-run sample): both trails verify, and every id — so every Web Annotation id — is unchanged.
import { readFile } from 'node:fs/promises'
import { expect, test, type Page } from '@playwright/test'
import { WorkbenchPage } from '../pages/workbench-page'

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const file = page.waitForEvent('download')
  await click()
  return readFile((await (await file).path())!)
}

/** Every `urn:sourcemark:…` id in the Web Annotation export of the open article. */
async function annotationIds(app: WorkbenchPage): Promise<string[]> {
  await app.openExport()
  const jsonld = await download(app.page, () =>
    app.page.getByRole('button', { name: 'Web Annotations' }).click()
  )
  await app.closeExport()
  const ids = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.startsWith('urn:sourcemark:')) ids.add(value)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(JSON.parse(jsonld.toString('utf8')))
  return [...ids].sort()
}

async function verifyTrail(app: WorkbenchPage): Promise<void> {
  await app.inspector.getByRole('button', { name: /History of this sentence/ }).click()
  await app.inspector.getByRole('button', { name: 'Verify audit trail' }).click()
}

test('restore into a library with its own trail: both trails verify, ids unchanged', async ({
  page,
  browser
}) => {
  const analyst = new WorkbenchPage(page)
  await analyst.openOnSample()
  await analyst.select(1)
  await page.keyboard.press('a')
  await page.keyboard.press('Shift+B')
  await page.keyboard.press('2')
  await expect(analyst.sentence(1)).toHaveAttribute('data-rating', 'B2')
  const before = await annotationIds(analyst)
  expect(before.some((id) => id.startsWith('urn:sourcemark:assessment:'))).toBe(true)
  expect(before.some((id) => id.startsWith('urn:sourcemark:source:'))).toBe(true)
  await page.getByRole('button', { name: 'Library ▾' }).click()
  const backup = await download(page, () => page.getByRole('menuitem', { name: 'Back up workspace' }).click())

  // A colleague's machine: a library of its own, which imported the sample on first run.
  const elsewhere = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    acceptDownloads: true
  })
  const colleague = new WorkbenchPage(await elsewhere.newPage())
  await colleague.openOnSample()
  await colleague.select(1)
  await verifyTrail(colleague)
  await expect(colleague.inspector.getByRole('status')).toContainText('Audit trail intact')
  const key = colleague.inspector.getByTestId('workspace-key')
  await expect(key).toHaveText(/fingerprint: ([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  const ownKey = await key.textContent()

  await colleague.page.getByRole('button', { name: 'Library ▾' }).click()
  const chooser = colleague.page.waitForEvent('filechooser')
  await colleague.page.getByRole('menuitem', { name: 'Restore backup…' }).click()
  await (await chooser).setFiles({ name: 'analyst.json', mimeType: 'application/json', buffer: backup })
  const dialog = colleague.page.getByRole('dialog', { name: 'Restore backup' })
  await expect(dialog.getByTestId('restore-verdict')).toContainText('Signed by an unknown workspace')
  await expect(dialog.getByTestId('restore-plan')).toContainText(
    /Audit trail: \d+ entries of the chain of workspace/
  )
  await dialog.getByRole('button', { name: 'Restore' }).click()
  await expect(dialog).toBeHidden()

  await expect(colleague.sentence(1)).toHaveAttribute('data-rating', 'B2')
  await colleague.inspector.getByRole('button', { name: 'Verify audit trail' }).click()
  await expect(colleague.inspector.getByRole('status')).toContainText(
    /Audit trail intact: \d+ entries, each chained to the one before in 2 chains, each verified on its own/
  )
  // The colleague's key is its own, not the analyst's.
  await analyst.inspector.getByRole('button', { name: /History of this sentence/ }).click()
  const analystKey = analyst.inspector.getByTestId('workspace-key')
  await expect(analystKey).toHaveText(/fingerprint: ([0-9a-f]{4} ){7}[0-9a-f]{4}$/)
  await expect(analystKey).not.toHaveText(ownKey!)

  expect(await annotationIds(colleague)).toEqual(before)
  await elsewhere.close()
})

test('a backup whose grade was edited is refused naming the grade; the untouched one is signed by this workspace', async ({
  page
}) => {
  const app = new WorkbenchPage(page)
  await app.openOnSample()
  await app.select(1)
  await page.keyboard.press('6')
  await expect(app.sentence(1)).toHaveAttribute('data-rating', '-6')
  await page.getByRole('button', { name: 'Library ▾' }).click()
  const backup = await download(page, () => page.getByRole('menuitem', { name: 'Back up workspace' }).click())
  const edited = JSON.parse(backup.toString('utf8'))
  edited.assessments[0].credibility = 1

  const restore = async (name: string, buffer: Buffer) => {
    await page.getByRole('button', { name: 'Library ▾' }).click()
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('menuitem', { name: 'Restore backup…' }).click()
    await (await chooser).setFiles({ name, mimeType: 'application/json', buffer })
    return page.getByRole('dialog', { name: 'Restore backup' })
  }
  const refused = await restore('edited.json', Buffer.from(JSON.stringify(edited)))
  await expect(refused.getByRole('alert')).toContainText(
    `“edited.json”: assessments[0] (sentence ${edited.assessments[0].sentenceId}): does not match the audit trail’s last change to it`
  )
  await expect(refused).toContainText('The library is as it was.')
  await page.keyboard.press('Escape')
  await expect(refused).toBeHidden()

  const genuine = await restore('genuine.json', backup)
  await expect(genuine.getByTestId('restore-verdict')).toContainText('Signed by this workspace')
  await expect(genuine.getByTestId('restore-plan')).toContainText('already here')
})
