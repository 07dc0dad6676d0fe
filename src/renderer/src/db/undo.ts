// Undo and redo of whole actions, replayed from the history. Both revert an action — undo the
// analyst's, redo the undo's — by writing each row's `before`, last change first. Each revert is
// an action of its own, so the audit trail shows it too. A revert never overwrites what it did
// not make: when a row no longer is what the action left (another window changed it since), the
// revert is refused and nothing is written.
import { canonicalJson } from '@shared/history'
import type { HistoryEntity, HistoryEntry } from '@shared/model'
import { sentenceId } from '@shared/model'
import type { Table } from 'dexie'
import type { SourcemarkDatabase } from './database'
import { transact } from './history'

export interface UndoableAction {
  action: string
  label: string
}

// The stacks kept across a reload are checked by hand: they are read at start, where a schema
// library would weigh on the first load.
const isAction = (value: unknown): value is UndoableAction =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as UndoableAction).action === 'string' &&
  typeof (value as UndoableAction).label === 'string'

/** The stacks kept in `text`, each entry with only its action and label, or undefined when unreadable. */
function readStacks(text: string | null): { done: UndoableAction[]; undone: UndoableAction[] } | undefined {
  const value: unknown = JSON.parse(text ?? 'null')
  if (typeof value !== 'object' || value === null) return undefined
  const { done, undone } = value as Record<string, unknown>
  if (!Array.isArray(done) || !Array.isArray(undone) || !done.every(isAction) || !undone.every(isAction))
    return undefined
  const plain = ({ action, label }: UndoableAction): UndoableAction => ({ action, label })
  return { done: done.map(plain), undone: undone.map(plain) }
}

/** Where a tab keeps its stacks across a reload: the tab's own sessionStorage. */
export interface StackStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

/**
 * The undo and redo stacks of one window. They live with the database instance and, once
 * `persistIn` is called, in the window's session storage too, so a reload keeps them; each window
 * has its own, as each analyst's window undoes its own actions.
 */
export class UndoStack {
  private done: UndoableAction[] = []
  private undone: UndoableAction[] = []
  private listeners = new Set<() => void>()
  private store: { storage: StackStorage; key: string } | undefined

  /** Restores the stacks kept under `key` (a reload) and keeps them there from now on. */
  persistIn(storage: StackStorage, key: string): void {
    this.store = { storage, key }
    let kept: ReturnType<typeof readStacks>
    try {
      kept = readStacks(storage.getItem(key))
    } catch {
      // Nothing kept yet, or something unreadable: start with empty stacks rather than guess.
    }
    if (kept && this.done.length === 0 && this.undone.length === 0) {
      this.done = kept.done
      this.undone = kept.undone
      this.emit()
    }
  }

  /** Writes under way whose action goes on the stack when they end (grades written by a worker). */
  private writing = new Set<Promise<unknown>>()

  /** Holds undo and redo back until `write` has ended, so they act on the stack it leaves. */
  hold(write: Promise<unknown>): void {
    const held: Promise<void> = write.then(
      () => void this.writing.delete(held),
      () => void this.writing.delete(held)
    )
    this.writing.add(held)
  }

  /** Resolves once every held write has ended. */
  async settled(): Promise<void> {
    while (this.writing.size > 0) await Promise.all([...this.writing])
  }

  pushDone(entry: UndoableAction): void {
    this.done.push(entry)
    this.undone = []
    this.emit()
  }

  /** Whether `action` is on either stack. */
  includes(action: string): boolean {
    return [...this.done, ...this.undone].some((entry) => entry.action === action)
  }

  peekUndo(): UndoableAction | undefined {
    return this.done.at(-1)
  }

  peekRedo(): UndoableAction | undefined {
    return this.undone.at(-1)
  }

  /** Moves the top entry from one stack to the other once its replay has been written. */
  settle(kind: 'undo' | 'redo', replacement: UndoableAction): void {
    if (kind === 'undo') {
      this.done.pop()
      this.undone.push(replacement)
    } else {
      this.undone.pop()
      this.done.push(replacement)
    }
    this.emit()
  }

  /** Takes the top entry off a stack: it can no longer be replayed. */
  drop(kind: 'undo' | 'redo'): void {
    if (kind === 'undo') this.done.pop()
    else this.undone.pop()
    this.emit()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    if (this.store) {
      const { storage, key } = this.store
      try {
        storage.setItem(key, JSON.stringify({ done: this.done, undone: this.undone }))
      } catch {
        // Storage full or disabled: the stacks still work until the window reloads.
      }
    }
    for (const listener of this.listeners) listener()
  }
}

/** An undo or redo refused because a row changed after the action; nothing was written. */
export class UndoRefused extends Error {
  override name = 'UndoRefused'
}

const REPLAYABLE: Partial<Record<HistoryEntity, (db: SourcemarkDatabase) => Table>> = {
  article: (db) => db.articles,
  text: (db) => db.texts,
  sentences: (db) => db.sentences,
  assessment: (db) => db.assessments,
  link: (db) => db.links,
  source: (db) => db.sources,
  case: (db) => db.cases,
  judgment: (db) => db.judgments
}

/**
 * Undoes the last action; returns its label, or null when there is nothing to undo. Throws
 * UndoRefused, naming the row, when a row of the action was changed since.
 */
export function undo(db: SourcemarkDatabase): Promise<string | null> {
  return replay(db, 'undo')
}

export function redo(db: SourcemarkDatabase): Promise<string | null> {
  return replay(db, 'redo')
}

async function replay(db: SourcemarkDatabase, kind: 'undo' | 'redo'): Promise<string | null> {
  await db.undo.settled()
  const top = kind === 'undo' ? db.undo.peekUndo() : db.undo.peekRedo()
  if (!top) return null
  // A trail entry records a fact of the audit trail (a restore joined another workspace's chain),
  // not a row: the joined entries stay in the trail, as everything written there does.
  const ordered = (await db.history.where('action').equals(top.action).sortBy('id'))
    .filter((entry) => entry.entity !== 'trail')
    .reverse()
  const tables = [...new Set(ordered.map((e) => tableFor(db, e)))]
  let changed: HistoryEntry | undefined
  try {
    const { action } = await transact(db, tables, async (record) => {
      // Checked inside the transaction, so no other window can write between check and revert.
      changed = await firstChangedSince(db, ordered)
      if (changed) throw new UndoRefused('changed since')
      for (const entry of ordered) {
        const table = tableFor(db, entry)
        if (entry.before == null) await table.delete(entry.entityId)
        else await table.put(entry.before)
        await record({
          entity: entry.entity,
          entityId: entry.entityId,
          before: entry.after,
          after: entry.before
        })
      }
    })
    // The replay is an action of its own; the stacks point at it from now on.
    db.undo.settle(kind, { action, label: top.label })
    return top.label
  } catch (e) {
    if (!changed) throw e
    // Left on the stack it would block every earlier action; it cannot be replayed again anyway.
    db.undo.drop(kind)
    const what = await describeRow(db, changed)
    throw new UndoRefused(
      `Cannot ${kind} “${top.label}”: ${what} was changed after this action (perhaps in another ` +
        `window), and ${kind === 'undo' ? 'undoing' : 'redoing'} it would overwrite that change. ` +
        `Nothing was changed; “${top.label}” is taken off the ${kind} list.`
    )
  }
}

/**
 * The first row (newest change first) that no longer is what the action left: its current value
 * differs from the action's last `after` for that row, or a row the action deleted exists again.
 */
async function firstChangedSince(
  db: SourcemarkDatabase,
  newestFirst: HistoryEntry[]
): Promise<HistoryEntry | undefined> {
  const seen = new Set<string>()
  for (const entry of newestFirst) {
    const key = `${entry.entity}\u0000${entry.entityId}`
    if (seen.has(key)) continue
    seen.add(key)
    const now: unknown = await tableFor(db, entry).get(entry.entityId)
    const left = entry.after ?? undefined
    if (
      left === undefined ? now !== undefined : now === undefined || canonicalJson(now) !== canonicalJson(left)
    )
      return entry
  }
  return undefined
}

/** The row in the analyst's words: “sentence 2 (“Officials in Kyiv…”) of “Aid to Ukraine””. */
async function describeRow(db: SourcemarkDatabase, entry: HistoryEntry): Promise<string> {
  const value = (entry.after ?? entry.before ?? {}) as Record<string, unknown>
  const articleTitle = async (articleId: string) => {
    const title = (await db.articles.get(articleId))?.title
    return title ? `“${title}”` : 'a deleted article'
  }
  switch (entry.entity) {
    case 'assessment': {
      const articleId = entry.entityId.slice(0, entry.entityId.lastIndexOf(':'))
      return `the grade of ${await describeSentence(db, articleId, entry.entityId)} of ${await articleTitle(articleId)}`
    }
    case 'link': {
      const from = String(value.fromSentenceId ?? '')
      const articleId = from.slice(0, from.lastIndexOf(':'))
      return `a link from ${await describeSentence(db, articleId, from)} of ${await articleTitle(articleId)}`
    }
    case 'source': {
      const name = (await db.sources.get(entry.entityId))?.name ?? value.name
      return `the source “${String(name ?? entry.entityId)}”`
    }
    case 'sentences':
      return `the sentences of ${await articleTitle(entry.entityId)}`
    case 'text':
      return `the text of ${await articleTitle(entry.entityId)}`
    case 'article':
      return `the article ${await articleTitle(entry.entityId)}`
    case 'case':
      return `the case “${String((await db.cases.get(entry.entityId))?.name ?? value.name ?? entry.entityId)}”`
    case 'judgment':
      return `a key judgment of the case “${String((await db.cases.get(String(value.caseId)))?.name ?? 'a deleted case')}”`
    case 'trail':
      return `the audit trail joined at a restore`
  }
}

async function describeSentence(db: SourcemarkDatabase, articleId: string, id: string): Promise<string> {
  const table = await db.sentences.get(articleId)
  const seq = Number(id.slice(id.lastIndexOf(':') + 1))
  const index = table && sentenceId(articleId, seq) === id ? table.seqs.indexOf(seq) : -1
  if (!table || index < 0) return 'a sentence no longer in the article'
  const text = (await db.texts.get(articleId))?.text ?? ''
  const words = text.slice(table.starts[index], table.ends[index])
  const opening = words.length > 48 ? `${words.slice(0, 47).trimEnd()}…` : words
  return `sentence ${index + 1} (“${opening}”)`
}

function tableFor(db: SourcemarkDatabase, entry: HistoryEntry): Table {
  const table = REPLAYABLE[entry.entity]?.(db)
  if (!table) throw new Error(`A change to ${entry.entity} ${entry.entityId} cannot be undone.`)
  return table
}
