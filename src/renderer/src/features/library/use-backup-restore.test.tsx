// The one flow that restores a picked backup (Library ▾, the library-gone message, a backup
// dropped for import): plan shown before anything is written, the restore said when done, and
// every refusal naming the file and the reason with the library as it was. Real Chromium, real
// IndexedDB, real backup files written by the app.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { page } from 'vitest/browser'
import { act } from 'react'
import { db } from '../../db'
import { deleteArticle, importArticle } from '../../db/articles'
import { exportBackup } from '../../db/backup'
import type { PickedFile } from '../../platform'
import { libraryRows as library, mountInApp } from '../../test-support/in-app'
import { RestoreStep } from './RestoreStep'
import { useBackupRestore } from './use-backup-restore'

const KURSK =
  'North Korean troops have withdrawn from the Kursk region, Ukrainian officials said on Monday. The withdrawal began last week.'

/** A backup of a library holding one article, and the library emptied of it afterwards. */
async function backupOfDeletedArticle(fileName: string): Promise<PickedFile> {
  const imported = await importArticle(db, { title: 'Kursk withdrawal', text: KURSK, origin: 'paste' })
  if (imported.kind !== 'imported') throw new Error('the article was not imported')
  const { json } = await exportBackup(db)
  await deleteArticle(db, imported.articleId)
  return { fileName, bytes: new TextEncoder().encode(json) }
}

/** Every read started by a Pick button, to wait for one to end. */
const reads: Promise<void>[] = []
afterEach(() => {
  reads.length = 0
})

function Restorer(props: {
  picks: (() => Promise<PickedFile | null>)[]
  onRestored: (message: string) => void
  onUnreadable: (message: string) => void
}) {
  const { restore, busy, open, confirm, dismiss } = useBackupRestore(props)
  return (
    <>
      {props.picks.map((pick, i) => (
        <button key={i} onClick={() => reads.push(open(pick))}>
          Pick {i + 1}
        </button>
      ))}
      {restore && (
        <RestoreStep restore={restore} busy={busy} onCancel={dismiss} onConfirm={() => void confirm()} />
      )}
    </>
  )
}

async function show(...picks: (() => Promise<PickedFile | null>)[]) {
  const onRestored = vi.fn()
  const onUnreadable = vi.fn()
  await mountInApp(<Restorer picks={picks} onRestored={onRestored} onUnreadable={onUnreadable} />)
  return { onRestored, onUnreadable }
}

describe('restoring a picked backup', () => {
  it('shows the plan, writes nothing until Restore, then restores and says what came back', async () => {
    const file = await backupOfDeletedArticle('team.json')
    const before = await library()
    const { onRestored, onUnreadable } = await show(async () => file)
    await page.getByRole('button', { name: 'Pick 1' }).click()
    await expect.element(page.getByTestId('restore-plan')).toHaveTextContent('1 article to add')
    await expect.element(page.getByText('Restoring “team.json” into this library:')).toBeVisible()
    expect(await library()).toBe(before)

    await page.getByRole('button', { name: 'Restore', exact: true }).click()
    await expect.poll(() => onRestored.mock.calls).toEqual([['Restored “team.json”: 1 article to add.']])
    expect((await db.articles.toArray()).map((a) => a.title)).toEqual(['Kursk withdrawal'])
    expect(onUnreadable).not.toHaveBeenCalled()
  })

  it('refuses a damaged file naming it and the reason, and the library is as it was', async () => {
    await importArticle(db, { title: 'Kursk withdrawal', text: KURSK, origin: 'paste' })
    const before = await library()
    const damaged = {
      fileName: 'team.json',
      bytes: new TextEncoder().encode('{ "format": "sourcemark-backup", ')
    }
    const { onRestored } = await show(async () => damaged)
    await page.getByRole('button', { name: 'Pick 1' }).click()
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('“team.json” is not valid JSON: it ends too soon')
    await expect.element(page.getByText('The library is as it was.')).toBeVisible()
    await expect.element(page.getByRole('button', { name: 'Restore', exact: true })).not.toBeInTheDocument()
    expect(await library()).toBe(before)
    expect(onRestored).not.toHaveBeenCalled()
  })

  it('says why when no file could be read, and shows nothing to restore', async () => {
    const before = await library()
    const { onUnreadable } = await show(() => Promise.reject(new Error('The file is not readable.')))
    await page.getByRole('button', { name: 'Pick 1' }).click()
    await expect
      .poll(() => onUnreadable.mock.calls)
      .toEqual([['Could not read the backup: The file is not readable.']])
    expect(document.querySelector('[data-testid="restore-plan"]')).toBeNull()
    expect(await library()).toBe(before)
  })

  it('a restore that fails writes nothing and says why, naming the file', async () => {
    const file = await backupOfDeletedArticle('team.json')
    const before = await library()
    const { onRestored } = await show(async () => file)
    await page.getByRole('button', { name: 'Pick 1' }).click()
    await expect.element(page.getByTestId('restore-plan')).toHaveTextContent('1 article to add')
    // The library's storage is closed under the open dialog, as when another window deletes it.
    db.close()
    await page.getByRole('button', { name: 'Restore', exact: true }).click()
    await expect
      .element(page.getByRole('alert'))
      .toHaveTextContent('Nothing was restored: The library’s storage was closed or deleted')
    await expect.element(page.getByText('The library is as it was.')).toBeVisible()
    expect(onRestored).not.toHaveBeenCalled()
    await db.open()
    expect(await library()).toBe(before)
  })

  it('shows the file picked last, even when an earlier pick is read after it', async () => {
    const first = await backupOfDeletedArticle('older.json')
    const second = { ...first, fileName: 'newer.json' }
    let giveFirst: (file: PickedFile) => void = () => {}
    await show(
      () => new Promise<PickedFile>((resolve) => (giveFirst = resolve)),
      async () => second
    )
    await page.getByRole('button', { name: 'Pick 1' }).click()
    await page.getByRole('button', { name: 'Pick 2' }).click()
    await expect.element(page.getByText('Restoring “newer.json” into this library:')).toBeVisible()
    giveFirst(first)
    // The earlier pick's read ends after the later one's, and is dropped.
    await act(() => reads[0])
    await expect.element(page.getByText('Restoring “newer.json” into this library:')).toBeVisible()
    expect(document.body.textContent).not.toContain('older.json')
  })
})
