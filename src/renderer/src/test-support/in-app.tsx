// For browser tests that render a piece of the app against the real library: it is mounted in the
// app's theme, unmounted after each test, and each test starts from an empty library.
import { afterEach } from 'vitest'
import type { ReactNode } from 'react'
import { db } from '../db'
import { mountInTheme, unmountAll, type ThemedRoot } from './mount'

// Registered by importing this module, so no test file can forget it.
afterEach(async () => {
  // Unmounted first: a tree still reading the library would open it again as it is deleted.
  unmountAll()
  // Open again on next use: each test starts from an empty library.
  await db.delete({ disableAutoOpen: false })
})

/** Renders `ui` as the app would, inside its theme; it is unmounted after the test. */
export const mountInApp = (ui: ReactNode): Promise<ThemedRoot> => mountInTheme(ui)

/** Every row of every table, to compare the library before and after. */
export const libraryRows = async (): Promise<string> =>
  JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])))
