// Every change is one action: a transaction whose row changes are appended to the hash-chained
// history under one action id, so the action can be undone and redone as a whole.
import { GENESIS_HASH, hashEntry } from '@shared/history'
import type { HistoryEntity, HistoryEntry } from '@shared/model'
import type { Table } from 'dexie'
import type { SourcemarkDatabase } from './database'

export interface Change {
  entity: HistoryEntity
  entityId: string
  before: unknown
  after: unknown
}

/** Appends one row change to the history, in the running action's transaction. */
export type RecordChange = (change: Change) => Promise<void>

/** Writes rows inside an action; `record` appends the change to the history in the same transaction. */
export type ActionBody<T> = (record: RecordChange) => Promise<T>

/**
 * Runs `body` as one action: one read-write transaction over `tables` and the history.
 * `label` names it for the undo stack ("Grade sentence", "Split sentence"); unlabelled actions
 * (imports) are not undoable.
 */
export async function runAction<T>(
  db: SourcemarkDatabase,
  tables: Table[],
  body: ActionBody<T>,
  label?: string
): Promise<T> {
  const { result, action, changed } = await transact(db, tables, body)
  if (label && changed) db.undo.pushDone({ action, label })
  return result
}

/** The transaction under `runAction`, without touching the undo stack. */
export async function transact<T>(
  db: SourcemarkDatabase,
  tables: Table[],
  body: ActionBody<T>
): Promise<{ result: T; action: string; changed: boolean }> {
  const action = crypto.randomUUID()
  let changed = false
  const result = await db.transaction('rw', [...tables, db.history], () =>
    body((change) => {
      changed = true
      return appendHistory(db, { ...change, action })
    })
  )
  return { result, action, changed }
}

/**
 * Chains Dexie promises rather than awaiting in a native async function: every step stays a
 * database request, so IndexedDB never sees an idle transaction and commits it early.
 */
function appendHistory(db: SourcemarkDatabase, change: Change & { action: string }): Promise<void> {
  return db.history
    .orderBy('id')
    .last()
    .then((last) => {
      const prevHash = last?.hash ?? GENESIS_HASH
      const entry: Omit<HistoryEntry, 'id' | 'hash'> = { ...change, at: new Date().toISOString(), prevHash }
      return db.history.add({ ...entry, hash: hashEntry(entry, prevHash) })
    })
    .then(() => undefined)
}
