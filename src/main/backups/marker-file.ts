// The library marker on the desktop: one small JSON file in the app's data folder, outside the
// IndexedDB it vouches for, so it survives when Chromium deletes the database.
import { readFile } from 'node:fs/promises'
import { libraryMarkerSchema, type LibraryMarker } from '@shared/ipc/contract'
import { writeFileAtomic } from '../files/atomic-write'

/** The marker, or null when there is none or it cannot be trusted (the app then behaves as new). */
export async function readMarkerFile(path: string): Promise<LibraryMarker | null> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  try {
    const parsed = libraryMarkerSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

export function writeMarkerFile(path: string, marker: LibraryMarker): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(marker, null, 2)}\n`)
}
