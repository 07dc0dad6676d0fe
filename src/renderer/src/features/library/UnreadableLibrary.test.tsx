// The gate and its page in real Chromium over real IndexedDB: the app never appears over a
// library it cannot read, and the backup button saves every stored record as it is.
import { afterEach, expect, it } from 'vitest'
import { page } from 'vitest/browser'
import Dexie from 'dexie'
import { SourcemarkDatabase } from '../../db/database'
import { fixture } from '../../db/migrations/fixture-library'
import {
  parseRawLibraryJson,
  readRawLibrary,
  writeRawLibrary,
  type RawLibrary
} from '../../db/migrations/raw-library'
import { mountInTheme } from '../../test-support/mount'
import { LibraryGate } from './LibraryGate'

const cleanups: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

async function gate(raw: RawLibrary | null, name = `gate-${crypto.randomUUID()}`) {
  if (raw) await writeRawLibrary(name, raw)
  const db = new SourcemarkDatabase(name)
  const saved: { fileName: string; content: string }[] = []
  const save = async (fileName: string, content: string) => {
    saved.push({ fileName, content })
    return { saved: true }
  }
  const shown = await mountInTheme(
    <LibraryGate db={db} save={save} onVersionChange={() => {}}>
      <p>The workbench</p>
    </LibraryGate>
  )
  cleanups.push(async () => {
    // Unmounted before its library is closed and deleted, not after this file's hooks.
    shown.unmount()
    db.close()
    await Dexie.delete(name)
  })
  return { name, db, saved }
}

it('a readable library shows the app', async () => {
  await gate(fixture('v1-as-landed'))
  await expect.element(page.getByText('The workbench')).toBeVisible()
})

it('a library from a newer Sourcemark gets the page, not the app, and its backup holds every record', async () => {
  const raw = fixture('v1-as-landed')
  // Format 99: far past any version this code base declares.
  raw.version = 990
  const { name, saved } = await gate(raw)
  await expect
    .element(page.getByRole('heading', { name: 'Your library was saved by a newer Sourcemark' }))
    .toBeVisible()
  await expect.element(page.getByText('Nothing in your library was changed or deleted.')).toBeVisible()
  expect(page.getByText('The workbench').query()).toBeNull()

  await page.getByRole('button', { name: 'Back up what can be read' }).click()
  await expect
    .element(page.getByRole('status'))
    .toHaveTextContent(/Saved 40 stored records as sourcemark-library-as-stored-/)
  expect(saved).toHaveLength(1)
  const backup = parseRawLibraryJson(saved[0].content)
  expect(backup.version).toBe(990)
  expect(backup.stores).toEqual(raw.stores)
  expect(await readRawLibrary(name)).toEqual({ ...raw, database: name })
})

it('a library whose upgrade fails gets the page with the reason, and stays in its old shape', async () => {
  const raw = fixture('v1-before-text-table')
  ;(raw.stores.sentences.rows[1] as { starts: number[] }).starts[2] = -4
  const { name } = await gate(raw)
  await expect
    .element(page.getByRole('heading', { name: 'Your library could not be brought up to date' }))
    .toBeVisible()
  await expect.element(page.getByText(/starts\[2\] is -4, not a position/)).toBeVisible()
  const after = await readRawLibrary(name)
  expect(after.version).toBe(10)
  expect(after.stores).toEqual(raw.stores)
})

it('a library another window holds open gets the page, and the app appears once that window lets go', async () => {
  const raw = fixture('v1-before-text-table')
  const name = `gate-${crypto.randomUUID()}`
  await writeRawLibrary(name, raw)
  const other = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  other.onversionchange = () => {}
  cleanups.push(() => other.close())

  const { db } = await gate(null, name)
  await expect.element(page.getByRole('heading', { name: 'Your library cannot be opened' })).toBeVisible()
  await expect.element(page.getByText(/another Sourcemark window/)).toBeVisible()
  expect(page.getByText('The workbench').query()).toBeNull()

  other.close()
  await expect.element(page.getByText('The workbench')).toBeVisible()
  expect(await db.texts.count()).toBe(2)
})
