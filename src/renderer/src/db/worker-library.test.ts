// How a worker holds the page's library (real Chromium, real IndexedDB): opened once, at hand
// without a wait once open, and let go when another window deletes or upgrades it.
import { afterEach, describe, expect, it } from 'vitest'
import { SourcemarkDatabase } from './database'
import { workerLibraries } from './worker-library'

let names: string[] = []
afterEach(async () => {
  for (const name of names) await new SourcemarkDatabase(name).delete()
  names = []
})

function libraryName(): string {
  const name = `worker-library-${crypto.randomUUID()}`
  names.push(name)
  return name
}

describe('workerLibraries', () => {
  it('gives a library at once only once it is open', async () => {
    const library = workerLibraries()
    const name = libraryName()
    const opening = library(name)
    expect(library.openNow(name)).toBeUndefined()
    const db = await opening
    expect(db).not.toBeNull()
    expect(library.openNow(name)).toBe(db)
    expect(library.openNow(libraryName())).toBeUndefined()
    expect(await library(name)).toBe(db)
    db!.close()
  })

  it('no longer gives a library another window deletes, and opens it afresh when asked', async () => {
    const forgotten: SourcemarkDatabase[] = []
    const library = workerLibraries((db) => void forgotten.push(db))
    const name = libraryName()
    const db = (await library(name))!
    await new SourcemarkDatabase(name).delete()
    expect(forgotten).toEqual([db])
    expect(library.openNow(name)).toBeUndefined()
    const reopened = await library(name)
    expect(reopened).not.toBe(db)
    expect(library.openNow(name)).toBe(reopened)
    reopened!.close()
  })

  it('never gives a library newer than this code', async () => {
    const name = libraryName()
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 10 * 10_000)
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    newer.close()
    const library = workerLibraries()
    expect(await library(name)).toBeNull()
    expect(library.openNow(name)).toBeUndefined()
  })
})
