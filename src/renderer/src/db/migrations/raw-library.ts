// The library's IndexedDB database read as it lies on disk, with the raw API and no upgrade:
// what the app can still save when it cannot open a library, and how migration fixtures are kept.
import { openAsStored } from '../stored-version'

/** One object store: how IndexedDB declares it, and every row in it. */
export interface RawStore {
  keyPath: string | string[] | null
  autoIncrement: boolean
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[]
  /** Out-of-line keys, present only when the store has no key path. */
  keys?: IDBValidKey[]
  rows: unknown[]
}

/** A whole database as IndexedDB holds it. `version` is the native one (Dexie's × 10). */
export interface RawLibrary {
  format: 'sourcemark-raw-library'
  database: string
  version: number
  stores: Record<string, RawStore>
}

/** Reads every object store of `name` read-only, at whatever version it is (see openAsStored). */
export async function readRawLibrary(name: string, idb: IDBFactory = indexedDB): Promise<RawLibrary> {
  const database = await openAsStored(name, idb)
  if (!database) throw new Error(`There is no library “${name}” on this computer.`)
  try {
    const stores = await readStores(database)
    return { format: 'sourcemark-raw-library', database: name, version: database.version, stores }
  } finally {
    database.close()
  }
}

function readStores(database: IDBDatabase): Promise<Record<string, RawStore>> {
  const names = Array.from(database.objectStoreNames)
  if (names.length === 0) return Promise.resolve({})
  const transaction = database.transaction(names, 'readonly')
  return Promise.all(
    names.map(async (storeName): Promise<[string, RawStore]> => {
      const store = transaction.objectStore(storeName)
      const keyPath = store.keyPath as string | string[] | null
      const indexes = Array.from(store.indexNames, (indexName) => {
        const index = store.index(indexName)
        return {
          name: index.name,
          keyPath: index.keyPath as string | string[],
          unique: index.unique,
          multiEntry: index.multiEntry
        }
      })
      const rows = await requested(store.getAll())
      const raw: RawStore = { keyPath, autoIncrement: store.autoIncrement, indexes, rows }
      if (keyPath === null) raw.keys = await requested(store.getAllKeys())
      return [storeName, raw]
    })
  ).then((entries) => Object.fromEntries(entries))
}

function requested<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'))
  })
}

/**
 * Creates `raw` as a database of its own, at its native version, with its stores, indexes and
 * rows exactly as they were: how a test puts an old library on disk the way old code left it.
 */
export function writeRawLibrary(name: string, raw: RawLibrary, idb: IDBFactory = indexedDB): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = idb.open(name, raw.version)
    request.onupgradeneeded = () => {
      const database = request.result
      for (const [storeName, def] of Object.entries(raw.stores)) {
        const store = database.createObjectStore(storeName, {
          keyPath: def.keyPath,
          autoIncrement: def.autoIncrement
        })
        for (const index of def.indexes) {
          store.createIndex(index.name, index.keyPath, { unique: index.unique, multiEntry: index.multiEntry })
        }
        def.rows.forEach((row, i) => store.add(row, def.keys?.[i]))
      }
    }
    request.onerror = () => reject(request.error ?? new Error(`Cannot create “${name}”.`))
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
  })
}

const TYPED_ARRAYS = {
  Uint8Array,
  Uint16Array,
  Uint32Array,
  Int8Array,
  Int16Array,
  Int32Array,
  Float32Array,
  Float64Array
} as const
type TypedArrayName = keyof typeof TYPED_ARRAYS

/** JSON of a raw library; typed arrays (sentence columns) become `{ "$typed": name, values }`. */
export function rawLibraryJson(raw: RawLibrary): string {
  return JSON.stringify(
    raw,
    (_key, value: unknown) => {
      if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
        const name = value.constructor.name
        if (name in TYPED_ARRAYS)
          return { $typed: name, values: Array.from(value as unknown as ArrayLike<number>) }
      }
      return value
    },
    1
  )
}

/** The raw library in `json`, with its typed arrays made typed again. */
export function parseRawLibraryJson(json: string): RawLibrary {
  const raw = JSON.parse(json, (_key, value: unknown) => {
    if (value && typeof value === 'object' && '$typed' in value && 'values' in value) {
      const { $typed, values } = value as { $typed: string; values: number[] }
      if ($typed in TYPED_ARRAYS) return TYPED_ARRAYS[$typed as TypedArrayName].from(values)
    }
    return value
  }) as RawLibrary
  if (raw?.format !== 'sourcemark-raw-library') throw new Error('Not a raw Sourcemark library file.')
  return raw
}
