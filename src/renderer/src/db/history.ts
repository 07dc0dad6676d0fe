// Every change is one action: a transaction whose row changes are appended to the hash-chained
// history under one action id, so the action can be undone and redone as a whole.
import { GENESIS_HASH } from '@shared/history'
import type { HistoryEntity, HistoryEntry } from '@shared/model'
import Dexie, { type Table } from 'dexie'
import type { SourcemarkDatabase } from './database'
import {
  historyHashingIfReady,
  historyHashingInTransaction,
  loadHistoryHashing,
  type HistoryHashing
} from './history-hashing'

export interface Change {
  entity: HistoryEntity
  entityId: string
  before: unknown
  after: unknown
}

/**
 * Appends one row change to the history, in the running action's transaction, and resolves with
 * the chain's new end (the entry's hash). `head` is the chain's end as read by `chainHead` in this
 * transaction since its last history write, or as the last `record` resolved: a write that reads
 * it alongside its row saves the trail a read of its own after the row is written. `stored` is the
 * record as the write stores it, when the writer holds exactly that row (an import's new article):
 * the entry is then placed without reading the row back, alongside the write.
 */
export type RecordChange = (change: Change, head?: Promise<string>, stored?: object) => Promise<string>

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
  body: ActionBody<T>,
  action: string = crypto.randomUUID()
): Promise<{ result: T; action: string; changed: boolean }> {
  let changed = false
  // The chain's hashing, fetched on demand, is here before the transaction starts, which must not
  // wait for it; a transaction already running keeps itself open for it (see appendHistory).
  if (!historyHashingIfReady() && !Dexie.currentTransaction) await loadHistoryHashing()
  // The articles table is always in the transaction: an import's article entry reads its row.
  const result = await db.transaction('rw', [...new Set([...tables, db.articles, db.history])], () =>
    body((change, head, stored) => {
      changed = true
      return appendHistory(db, { ...change, action }, head, stored)
    })
  )
  return { result, action, changed }
}

/**
 * Appends `change` to the library's own chain (entries without `chain`), with the hash of the
 * state it left. Chains Dexie promises rather than awaiting in a native async function: every step
 * stays a database request, so IndexedDB never sees an idle transaction and commits it early.
 */
export function appendHistory(
  db: SourcemarkDatabase,
  change: Change & { action?: string },
  head?: Promise<string>,
  stored?: object
): Promise<string> {
  return (stored ? Dexie.Promise.resolve<unknown>(stored) : stateOf(db, change))
    .then((state) => (head ?? chainHead(db)).then((prevHash) => ({ state, prevHash })))
    .then((read) => historyHashingInTransaction().then((hashing) => ({ ...read, ...hashing })))
    .then(({ state, prevHash, ...hashing }) => {
      const entry = chainedEntry(change, state, prevHash, hashing)
      return db.history.add(entry).then(() => entry.hash)
    })
}

/**
 * The entry that appends `change` after `prevHash`, dated now, with the hash of `state` (the
 * record as the change left it, see stateOf) and its own hash.
 */
export function chainedEntry(
  change: Change & { action?: string },
  state: unknown,
  prevHash: string,
  { hashEntry, stateHash, TABLE_HASHING }: HistoryHashing
): Omit<HistoryEntry, 'id'> {
  // Sentence tables are hashed by their raw bytes (record-state.ts), and the entry says so.
  const tableHashing = change.entity === 'sentences' ? TABLE_HASHING : undefined
  const entry: Omit<HistoryEntry, 'id' | 'hash'> = {
    ...change,
    at: new Date().toISOString(),
    prevHash,
    ...(change.entity === 'trail' ? {} : { stateHash: stateHash(change.entity, state, tableHashing) }),
    ...(tableHashing ? { tableHashing } : {})
  }
  if (entry.action === undefined) delete entry.action
  return { ...entry, hash: hashEntry(entry, prevHash) }
}

/** Whether an entry is of the library's own chain (a restored backup's entries name theirs). */
export function inOwnChain(entry: Pick<HistoryEntry, 'chain'>): boolean {
  return entry.chain === undefined
}

/** The hash the library's own chain (entries without `chain`) ends with, or the genesis hash. */
export function chainHead(db: SourcemarkDatabase): Promise<string> {
  return db.history
    .orderBy('id')
    .reverse()
    .filter(inOwnChain)
    .first()
    .then((last) => last?.hash ?? GENESIS_HASH)
}

/**
 * The record as the change left it: its `after`, except for an import's article entry, which
 * records only the title and fingerprint; the trail binds the whole stored row, so it is read.
 */
function stateOf(db: SourcemarkDatabase, change: Change): Promise<unknown> {
  const after = change.after as { origin?: unknown } | null
  if (change.entity === 'article' && after && typeof after.origin !== 'object') {
    return db.articles.get(change.entityId).then((row) => row ?? null)
  }
  return Dexie.Promise.resolve(change.after)
}

/** A sentence's trail as the inspector shows it: its newest entries, and how many there are. */
export interface SentenceTrail {
  entries: HistoryEntry[]
  total: number
}

/**
 * The trail of a sentence, newest first: the entries of its grade and of the links given; the
 * `newest` of them only, if given. A sentence graded again and again is counted, not read whole:
 * only its newest grade entries are read, and its links' (few, each with a short trail).
 */
export async function sentenceTrail(
  db: SourcemarkDatabase,
  sentenceId: string,
  linkIds: readonly string[],
  newest = Infinity
): Promise<SentenceTrail> {
  const trail = db.history.where('[entity+entityId]')
  const graded = () => trail.equals(['assessment', sentenceId])
  // Within one key of the index, entries are in the order of their ids: reversed, newest first.
  const newestFirst = graded().reverse()
  const [gradedCount, newestGraded, linked] = await Promise.all([
    graded().count(),
    (Number.isFinite(newest) ? newestFirst.limit(newest) : newestFirst).toArray(),
    trail.anyOf(linkIds.map((id) => ['link', id])).toArray()
  ])
  const entries = [...newestGraded, ...linked].sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
  return { entries: entries.slice(0, newest), total: gradedCount + linked.length }
}
