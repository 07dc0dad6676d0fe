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

/**
 * Every row of every table, to compare the library before and after. A text written ahead of its
 * import while a dialog holds it (writeTextAhead in db/articles.ts) is left out: until the import
 * it is no article's, nothing lists, exports or counts it, and it goes with the dialog's
 * preparation (db/text-ahead.test.ts and import-paths.test.ts follow it).
 */
export async function libraryRows(): Promise<string> {
  const articles = new Set<string>(await db.articles.toCollection().primaryKeys())
  const tables = await Promise.all(
    db.tables.map(async (table) => {
      const rows: unknown[] = await table.toArray()
      const ofArticles = (row: unknown) => articles.has((row as { articleId: string }).articleId)
      return [table.name, table.name === db.texts.name ? rows.filter(ofArticles) : rows]
    })
  )
  return JSON.stringify(tables)
}
