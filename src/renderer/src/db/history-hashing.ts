// The history chain's hashing (entry-hashing.ts, with a JS SHA-256) is no part of the first load:
// the first screen writes no history. The page fetches it once the first screen is painted, or
// with the first write that comes sooner; a worker that writes history has it from its start
// (history-hashing-bundled.ts). An entry is hashed inside the transaction that writes it, and a
// transaction that waited for a fetch would commit early: a write loads it before its
// transaction starts (transact), and one nested in a running transaction keeps that one open
// meanwhile (historyHashingInTransaction).
import Dexie from 'dexie'
import type * as EntryHashing from './entry-hashing'

export type HistoryHashing = typeof EntryHashing

export interface HashingLoader {
  /** Makes the hashing ready at once, for a script that carries it. */
  provide(hashing: HistoryHashing): void
  /** The hashing if it is here; no fetch is started. */
  ifReady(): HistoryHashing | undefined
  /** Fetches the hashing once (again after a failed fetch). */
  load(): Promise<HistoryHashing>
  /**
   * The hashing, for a write in the running transaction: at once when it is here; otherwise once
   * fetched, with the transaction kept open meanwhile (Dexie.waitFor). A Dexie promise, so what
   * follows it stays in the transaction; a failed fetch rejects it, and the transaction with it.
   */
  inTransaction(): Promise<HistoryHashing>
}

/** A loader of the hashing that `fetch` brings. */
export function hashingLoader(fetch: () => Promise<HistoryHashing>): HashingLoader {
  let ready: HistoryHashing | undefined
  let loading: Promise<HistoryHashing> | undefined
  const load = (): Promise<HistoryHashing> => {
    if (ready) return Promise.resolve(ready)
    loading ??= fetch().then(
      (hashing) => (ready = hashing),
      (error: unknown) => {
        loading = undefined
        throw error
      }
    )
    return loading
  }
  return {
    provide: (hashing) => void (ready = hashing),
    ifReady: () => ready,
    load,
    inTransaction: () => (ready ? Dexie.Promise.resolve(ready) : Dexie.waitFor(load()))
  }
}

const app = hashingLoader(() => import('./entry-hashing'))

export const provideHistoryHashing = app.provide
export const historyHashingIfReady = app.ifReady
export const loadHistoryHashing = app.load
export const historyHashingInTransaction = app.inTransaction
