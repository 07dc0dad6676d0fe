// For browser tests that render a piece of the app against the real library: it is mounted in the
// app's theme, unmounted after each test, and each test starts from an empty library.
import { afterEach } from 'vitest'
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { MantineProvider } from '@mantine/core'
import { db } from '../db'
import { theme } from '../theme'

let root: Root | undefined
let host: HTMLElement | undefined

// Registered by importing this module, so no test file can forget it.
afterEach(async () => {
  act(() => root?.unmount())
  host?.remove()
  root = host = undefined
  // Open again on next use: each test starts from an empty library.
  await db.delete({ disableAutoOpen: false })
})

/** Renders `ui` as the app would, inside its theme; it is unmounted after the test. */
export async function mountInApp(ui: ReactNode): Promise<void> {
  host = document.body.appendChild(document.createElement('div'))
  await act(async () => {
    root = createRoot(host!)
    root.render(<MantineProvider theme={theme}>{ui}</MantineProvider>)
  })
}

/** Every row of every table, to compare the library before and after. */
export const libraryRows = async (): Promise<string> =>
  JSON.stringify(await Promise.all(db.tables.map(async (table) => [table.name, await table.toArray()])))
