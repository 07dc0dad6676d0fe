// Undo and redo of whole actions, replayed from the history. Both revert an action — undo the
// analyst's, redo the undo's — by writing each row's `before`, last change first. Each revert is
// an action of its own, so the audit trail shows it too.
import type { HistoryEntity, HistoryEntry } from '@shared/model'
import type { Table } from 'dexie'
import type { SourcemarkDatabase } from './database'
import { transact } from './history'

export interface UndoableAction {
  action: string
  label: string
}

/** The session's undo and redo stacks; they live with the database instance, not in IndexedDB. */
export class UndoStack {
  private done: UndoableAction[] = []
  private undone: UndoableAction[] = []
  private listeners = new Set<() => void>()

  pushDone(entry: UndoableAction): void {
    this.done.push(entry)
    this.undone = []
    this.emit()
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

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private emit(): void {
    for (const listener of this.listeners) listener()
  }
}

const REPLAYABLE: Partial<Record<HistoryEntity, (db: SourcemarkDatabase) => Table>> = {
  article: (db) => db.articles,
  text: (db) => db.texts,
  sentences: (db) => db.sentences,
  assessment: (db) => db.assessments,
  link: (db) => db.links,
  source: (db) => db.sources
}

/** Undoes the last action; returns its label, or null when there is nothing to undo. */
export function undo(db: SourcemarkDatabase): Promise<string | null> {
  return replay(db, 'undo')
}

export function redo(db: SourcemarkDatabase): Promise<string | null> {
  return replay(db, 'redo')
}

async function replay(db: SourcemarkDatabase, kind: 'undo' | 'redo'): Promise<string | null> {
  const top = kind === 'undo' ? db.undo.peekUndo() : db.undo.peekRedo()
  if (!top) return null
  const ordered = (await db.history.where('action').equals(top.action).sortBy('id')).reverse()
  const tables = [...new Set(ordered.map((e) => tableFor(db, e)))]
  const { action } = await transact(db, tables, async (record) => {
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
}

function tableFor(db: SourcemarkDatabase, entry: HistoryEntry): Table {
  const table = REPLAYABLE[entry.entity]?.(db)
  if (!table) throw new Error(`A change to ${entry.entity} ${entry.entityId} cannot be undone.`)
  return table
}
