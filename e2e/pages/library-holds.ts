// What a spec needs to show that a cancelled import wrote nothing: every row of the library as the
// page's IndexedDB holds it, and two ways to keep an import from writing until the spec says so,
// whatever the machine's speed (a transaction that holds the tables it writes, or its worker's
// script held back).
import type { Page } from '@playwright/test'
import { importWorkerScript, scriptPath } from './deferred-scripts'

/** Every table of the library: each row's key (as JSON) and the SHA-256 of its whole content. */
export type LibraryRows = Record<string, Record<string, string>>

/** Reads every table of the library in one transaction of a connection of its own. */
export function libraryRows(page: Page): Promise<LibraryRows> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sourcemark')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    // Typed arrays and buffers (a sentence table's columns) count by their values, not as `{}`.
    const plain = (_key: string, value: unknown) =>
      ArrayBuffer.isView(value)
        ? { [value.constructor.name]: Array.from(value as unknown as ArrayLike<number>) }
        : value instanceof ArrayBuffer
          ? { ArrayBuffer: Array.from(new Uint8Array(value)) }
          : value
    const hex = async (text: string) =>
      Array.from(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))))
        .map((byte) => byte.toString(16).padStart(2, '0'))
        .join('')
    try {
      const names = Array.from(db.objectStoreNames)
      const tx = db.transaction(names, 'readonly')
      const tables = await Promise.all(
        names.map(
          (name) =>
            new Promise<[string, IDBValidKey[], unknown[]]>((resolve, reject) => {
              const store = tx.objectStore(name)
              const keys = store.getAllKeys()
              const values = store.getAll()
              values.onsuccess = () => resolve([name, keys.result, values.result])
              values.onerror = () => reject(values.error)
            })
        )
      )
      const rows: Record<string, Record<string, string>> = {}
      for (const [name, keys, values] of tables) {
        rows[name] = {}
        for (const [i, key] of keys.entries()) {
          rows[name][JSON.stringify(key)] = await hex(JSON.stringify(values[i], plain))
        }
      }
      return rows
    } finally {
      db.close()
    }
  })
}

/** What `after` holds that `before` did not, row by row: "table key: added", "changed", "removed". */
export function rowChanges(before: LibraryRows, after: LibraryRows): string[] {
  const changes: string[] = []
  for (const table of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = before[table] ?? {}
    const is = after[table] ?? {}
    for (const key of new Set([...Object.keys(was), ...Object.keys(is)])) {
      if (!(key in is)) changes.push(`${table} ${key}: removed`)
      else if (!(key in was)) changes.push(`${table} ${key}: added`)
      else if (was[key] !== is[key]) changes.push(`${table} ${key}: changed`)
    }
  }
  return changes
}

/** The tables whose rows, anywhere in the library, hold one of `phrases` (a title, a sentence). */
export function tablesHolding(page: Page, phrases: string[]): Promise<string[]> {
  return page.evaluate(async (phrases) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('sourcemark')
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    try {
      const names = Array.from(db.objectStoreNames)
      const tx = db.transaction(names, 'readonly')
      const holding = await Promise.all(
        names.map(
          (name) =>
            new Promise<string | null>((resolve, reject) => {
              const all = tx.objectStore(name).getAll()
              all.onsuccess = () => {
                const text = JSON.stringify(all.result)
                resolve(phrases.some((phrase) => text.includes(phrase)) ? name : null)
              }
              all.onerror = () => reject(all.error)
            })
        )
      )
      return holding.filter((name): name is string => name !== null)
    } finally {
      db.close()
    }
  }, phrases)
}

/**
 * Opens a read-write transaction over `tables` in the page, on a connection of its own, and keeps
 * it alive with one request after another, so every write that needs one of them waits behind it
 * (reads of other tables go on). `release` lets it commit, having written nothing.
 */
export async function holdTables(page: Page, tables: string[]): Promise<{ release: () => Promise<void> }> {
  const hold = await page.evaluateHandle(
    (tables) =>
      new Promise<{ release: () => Promise<void> }>((held, failed) => {
        const open = indexedDB.open('sourcemark')
        open.onerror = () => failed(open.error)
        open.onsuccess = () => {
          const db = open.result
          const tx = db.transaction(tables, 'readwrite')
          const committed = new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve()
            tx.onabort = () => reject(tx.error)
          })
          const store = tx.objectStore(tables[0]!)
          let holding = true
          const keepBusy = () => {
            if (holding) store.count().onsuccess = keepBusy
          }
          keepBusy()
          held({
            release: async () => {
              holding = false
              await committed
              db.close()
            }
          })
        }
      }),
    tables
  )
  return { release: () => hold.evaluate((h) => h.release()) }
}

/** Scripts held back from the page and its workers until `release`; `requests()` counts the asks. */
export interface HeldScripts {
  requests: () => number
  release: () => Promise<void>
}

/**
 * Holds the build's scripts whose file names match `pattern` (a format's reader, which the file
 * reader's worker fetches on its first read of that format) until `release`.
 */
export async function holdScripts(page: Page, pattern: RegExp): Promise<HeldScripts> {
  const waiting: Array<() => Promise<void>> = []
  let requests = 0
  let holding = true
  await page.route('**/*.js', (route) => {
    const name = scriptPath(route.request().url()).split('/').pop() ?? ''
    if (!pattern.test(name)) return route.continue()
    requests += 1
    if (!holding) return route.continue()
    // A worker ended meanwhile has given up its request: continuing it then may fail, harmlessly.
    waiting.push(() => route.continue().catch(() => undefined))
    return undefined
  })
  return {
    requests: () => requests,
    release: async () => {
      holding = false
      await Promise.all(waiting.map((go) => go()))
    }
  }
}

/** Holds the import worker's script: a worker started from now on does not run until `release`. */
export function holdImportWorker(page: Page): Promise<HeldScripts> {
  const name = importWorkerScript().split('/').pop() ?? ''
  return holdScripts(page, new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`))
}
