// The library an import will write to, opened in the import worker while the import's text is
// prepared ahead, so that Import article does not wait for the open (tens of milliseconds, most of
// the worker's time before it can write). Held only while a preparation ahead is kept: the import
// takes it and closes it once written, as it closes one it opens itself; a drop closes it; and
// another window that upgrades or deletes the library is let through at once (the import then
// opens it afresh).
import { SourcemarkDatabase } from '../db/database'

interface Held {
  name: string
  db: SourcemarkDatabase
  /** Whether it opened: false where this worker cannot reach the page's storage. */
  opened: Promise<boolean>
}

let held: Held | undefined

/** The library of `entry` once its opening has settled, if it opened and is still open. */
async function openedLibrary(entry: Held | undefined): Promise<SourcemarkDatabase | undefined> {
  return entry && (await entry.opened) && entry.db.isOpen() ? entry.db : undefined
}

/** Opens the library named `name` ahead of an import into it, in place of any held before. */
export function openAhead(name: string): void {
  if (held?.name === name) return
  release()
  const db = new SourcemarkDatabase(name)
  const entry: Held = {
    name,
    db,
    opened: db.open().then(
      () => true,
      () => false
    )
  }
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true })
    if (held === entry) held = undefined
    return false
  })
  held = entry
}

/** Closes the library held ahead, if any. */
function release(): void {
  held?.db.close({ disableAutoOpen: true })
  held = undefined
}

/**
 * Lets the library held ahead go at once (an import to come opens it afresh), and closes it once
 * `work` is done with it: given it when it is open, else undefined.
 */
export async function releaseAfter(
  work: (db: SourcemarkDatabase | undefined) => Promise<unknown>
): Promise<void> {
  const entry = held
  held = undefined
  try {
    await work(await openedLibrary(entry))
  } finally {
    entry?.db.close({ disableAutoOpen: true })
  }
}

/** The library named `name` held ahead, once open; undefined when none is, or it did not open. */
export function heldLibrary(name: string): Promise<SourcemarkDatabase | undefined> {
  return openedLibrary(held?.name === name ? held : undefined)
}

/**
 * The library named `name`, open, for an import that closes it once done: the one held ahead
 * when it is still open, else opened now. Rejects where it cannot be opened.
 */
export async function libraryFor(name: string): Promise<SourcemarkDatabase> {
  const ahead = held?.name === name ? held : undefined
  if (ahead) held = undefined
  const opened = await openedLibrary(ahead)
  if (opened) return opened
  ahead?.db.close({ disableAutoOpen: true })
  const db = new SourcemarkDatabase(name)
  await db.open()
  return db
}
