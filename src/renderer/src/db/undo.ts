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

type Stacks = { done: UndoableAction[]; undone: UndoableAction[] }
type StackName = keyof Stacks
const STACKS: StackName[] = ['done', 'undone']

/** Each entry with only its action and label, or undefined unless every entry is one. */
function actionsIn(value: unknown): UndoableAction[] | undefined {
  if (!Array.isArray(value) || !value.every(isAction)) return undefined
  return value.map(({ action, label }: UndoableAction) => ({ action, label }))
}

/** Where a tab keeps its stacks across a reload: the tab's own sessionStorage. */
export interface StackStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
}

/** Entries kept under one key: a long session's action rewrites one page, not its whole stack. */
export const UNDO_PAGE = 100

const pageCount = (entries: readonly unknown[]) => Math.ceil(entries.length / UNDO_PAGE)

/**
 * The stacks as a window keeps them under `key`: an index, `{ pages: { done, undone } }`, of how
 * many pages each stack has, and each page (up to UNDO_PAGE entries, oldest first) under
 * `key:done:0`, `key:done:1`… A stack changes only at its top, so an action rewrites its last
 * page and the index: the same after a thousand grades as after one. Writing each stack whole at
 * every action took 2.6 ms of the page's main thread at 1,000 entries and 9 ms at 5,000. Stacks
 * kept whole under `key` (`{ done, undone }`, as before pages) are read too.
 */
class KeptStacks {
  /** How many pages of each stack are stored. */
  private pages: Record<StackName, number> = { done: 0, undone: 0 }
  /** Per stack, the first entry that may differ from what is stored (Infinity: none). */
  private changedFrom: Record<StackName, number> = { done: 0, undone: 0 }

  constructor(
    private readonly storage: StackStorage,
    private readonly key: string
  ) {}

  private pageKey(stack: StackName, page: number): string {
    return `${this.key}:${stack}:${page}`
  }

  /** The stacks kept, or undefined when none are or what is kept is unreadable. */
  read(): Stacks | undefined {
    const value: unknown = JSON.parse(this.storage.getItem(this.key) ?? 'null')
    if (typeof value !== 'object' || value === null) return undefined
    const { pages, done, undone } = value as Record<string, unknown>
    if (pages === undefined) {
      const whole = { done: actionsIn(done), undone: actionsIn(undone) }
      return whole.done && whole.undone ? (whole as Stacks) : undefined
    }
    const stacks: Stacks = { done: [], undone: [] }
    for (const stack of STACKS) {
      const count = (pages as Record<string, unknown> | null)?.[stack]
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) return undefined
      for (let page = 0; page < count; page++) {
        const entries = actionsIn(JSON.parse(this.storage.getItem(this.pageKey(stack, page)) ?? 'null'))
        if (!entries) return undefined
        stacks[stack].push(...entries)
      }
      this.pages[stack] = count
      // Stored as this code stores it, page for page: nothing to write again.
      if (pageCount(stacks[stack]) === count) this.changedFrom[stack] = Infinity
    }
    return stacks
  }

  /** Says that `stack` may differ from what is stored from its entry `from` on. */
  changed(stack: StackName, from: number): void {
    this.changedFrom[stack] = Math.min(this.changedFrom[stack], from)
  }

  /** Stores the pages that changed, then the index; throws when the storage refuses (tried again next time). */
  write(stacks: Stacks): void {
    const pages = { done: pageCount(stacks.done), undone: pageCount(stacks.undone) }
    for (const stack of STACKS) {
      for (let page = Math.floor(this.changedFrom[stack] / UNDO_PAGE); page < pages[stack]; page++) {
        const start = page * UNDO_PAGE
        this.storage.setItem(
          this.pageKey(stack, page),
          JSON.stringify(stacks[stack].slice(start, start + UNDO_PAGE))
        )
      }
    }
    this.storage.setItem(this.key, JSON.stringify({ pages }))
    for (const stack of STACKS)
      for (let page = pages[stack]; page < this.pages[stack]; page++)
        this.storage.removeItem(this.pageKey(stack, page))
    this.pages = pages
    this.changedFrom = { done: Infinity, undone: Infinity }
  }
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
  private store: KeptStacks | undefined

  /** Restores the stacks kept under `key` (a reload) and keeps them there from now on. */
  persistIn(storage: StackStorage, key: string): void {
    const store = new KeptStacks(storage, key)
    this.store = store
    let kept: Stacks | undefined
    try {
      kept = store.read()
    } catch {
      // Nothing kept yet, or something unreadable: start with empty stacks rather than guess.
    }
    if (kept && this.done.length === 0 && this.undone.length === 0) {
      this.done = kept.done
      this.undone = kept.undone
    } else {
      // What this window holds replaces whatever was kept, whole, at its next change.
      store.changed('done', 0)
      store.changed('undone', 0)
    }
    this.emit()
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
    this.store?.changed('done', this.done.length - 1)
    this.store?.changed('undone', 0)
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
    const [from, to] = kind === 'undo' ? (['done', 'undone'] as const) : (['undone', 'done'] as const)
    this[from].pop()
    this[to].push(replacement)
    this.store?.changed(from, this[from].length)
    this.store?.changed(to, this[to].length - 1)
    this.emit()
  }

  /** Takes the top entry off a stack: it can no longer be replayed. */
  drop(kind: 'undo' | 'redo'): void {
    const stack = kind === 'undo' ? 'done' : 'undone'
    this[stack].pop()
    this.store?.changed(stack, this[stack].length)
    this.emit()
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    try {
      this.store?.write({ done: this.done, undone: this.undone })
    } catch {
      // Storage full or disabled: the stacks still work until the window reloads.
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
