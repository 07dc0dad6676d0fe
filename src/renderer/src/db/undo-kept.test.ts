// A window's undo and redo stacks kept across a reload, a page of entries at a time: an action
// rewrites the page it changed and the index, however long the session, and a reload reads back
// exactly the stacks the window had after any sequence of actions, undos, redos and refusals.
import { describe, expect, it } from 'vitest'
import { UNDO_PAGE, UndoStack, type StackStorage, type UndoableAction } from './undo'
import { seededRandom as random } from '@shared/seeded-random'

/** A session storage of one window, in memory, with every write told. */
class Session implements StackStorage {
  readonly items = new Map<string, string>()
  written: { key: string; length: number }[] = []
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value)
    this.written.push({ key, length: value.length })
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  /** The same storage as a reloaded page finds it. */
  copy(): Session {
    const copy = new Session()
    for (const [key, value] of this.items) copy.items.set(key, value)
    return copy
  }
}

const KEY = 'sourcemark:undo:library'
const action = (n: number): UndoableAction => ({ action: `action-${n}`, label: `Grade sentence ${n}` })

/** The stacks a page reloaded on `session` reads back, each oldest first. */
function reloaded(session: Session): { done: UndoableAction[]; undone: UndoableAction[] } {
  const stack = new UndoStack()
  stack.persistIn(session.copy(), KEY)
  const done: UndoableAction[] = []
  const undone: UndoableAction[] = []
  for (let top = stack.peekUndo(); top; top = stack.peekUndo()) {
    done.unshift(top)
    stack.drop('undo')
  }
  for (let top = stack.peekRedo(); top; top = stack.peekRedo()) {
    undone.unshift(top)
    stack.drop('redo')
  }
  return { done, undone }
}

describe('the undo stacks kept across a reload', () => {
  it('rewrite one page and the index at an action, however long the session', () => {
    const session = new Session()
    const stack = new UndoStack()
    stack.persistIn(session, KEY)
    for (let n = 0; n < 10 * UNDO_PAGE; n++) stack.pushDone(action(n))
    session.written = []
    stack.pushDone(action(10 * UNDO_PAGE))
    // The new entry's page (its first) and the index: not the thousand entries before it.
    expect(session.written.map((w) => w.key)).toEqual([`${KEY}:done:10`, KEY])
    session.written = []
    stack.pushDone(action(10 * UNDO_PAGE + 1))
    expect(session.written.map((w) => w.key)).toEqual([`${KEY}:done:10`, KEY])
    expect(session.written.reduce((sum, w) => sum + w.length, 0)).toBeLessThan(200)

    const back = reloaded(session)
    expect(back.done).toEqual(Array.from({ length: 10 * UNDO_PAGE + 2 }, (_, n) => action(n)))
    expect(back.undone).toEqual([])
  })

  it('are read back as the window had them after any sequence of actions, undos, redos and refusals', () => {
    const next = random(11)
    const session = new Session()
    const stack = new UndoStack()
    stack.persistIn(session, KEY)
    const done: UndoableAction[] = []
    let undone: UndoableAction[] = []
    let made = 0
    let deepest = { done: 0, undone: 0 }
    for (let step = 0; step < 3_000; step++) {
      // Runs of grading, of undoing and of redoing, so that both stacks grow and shrink across
      // their pages' ends; an undo or redo within a run of another kind, a refusal now and then.
      const run = ['grade', 'undo', 'redo'][Math.floor(step / 250) % 3]
      const roll = next()
      const kind = roll < 0.05 ? 'refused' : roll < 0.15 ? (next() < 0.5 ? 'undo' : 'redo') : run
      if (kind === 'grade' || (kind === 'undo' && done.length === 0)) {
        const entry = action(made++)
        stack.pushDone(entry)
        done.push(entry)
        undone = []
      } else if (kind === 'undo') {
        // An undo is an action itself, which the redo stack points at.
        const entry = action(made++)
        stack.settle('undo', entry)
        done.pop()
        undone.push(entry)
      } else if (kind === 'redo' && undone.length > 0) {
        const entry = action(made++)
        stack.settle('redo', entry)
        undone.pop()
        done.push(entry)
      } else if (kind === 'refused') {
        // A row changed since: the top entry is taken off its stack.
        const from = undone.length > 0 && next() < 0.5 ? 'redo' : 'undo'
        stack.drop(from)
        ;(from === 'undo' ? done : undone).pop()
      }
      deepest = { done: Math.max(deepest.done, done.length), undone: Math.max(deepest.undone, undone.length) }
      expect(reloaded(session), `after step ${step}`).toEqual({ done, undone })
    }
    expect(deepest.done).toBeGreaterThan(UNDO_PAGE)
    expect(deepest.undone).toBeGreaterThan(UNDO_PAGE)
  })

  it('are read as kept whole before pages, and kept in pages from the next action on', () => {
    const session = new Session()
    session.setItem(KEY, JSON.stringify({ done: [action(1), action(2)], undone: [action(3)] }))
    const stack = new UndoStack()
    stack.persistIn(session, KEY)
    expect(stack.peekUndo()).toEqual(action(2))
    expect(stack.peekRedo()).toEqual(action(3))
    expect(reloaded(session)).toEqual({ done: [action(1), action(2)], undone: [action(3)] })
    stack.pushDone(action(4))
    expect(JSON.parse(session.getItem(KEY)!)).toEqual({ pages: { done: 1, undone: 0 } })
    expect(reloaded(session)).toEqual({ done: [action(1), action(2), action(4)], undone: [] })
  })

  it('start empty when a page is missing or unreadable, rather than guess', () => {
    const session = new Session()
    const stack = new UndoStack()
    stack.persistIn(session, KEY)
    for (let n = 0; n < 2 * UNDO_PAGE + 5; n++) stack.pushDone(action(n))
    const damaged = session.copy()
    damaged.items.set(`${KEY}:done:1`, '[{"action":7}]')
    const missing = session.copy()
    missing.items.delete(`${KEY}:done:2`)
    for (const storage of [damaged, missing]) {
      const back = new UndoStack()
      back.persistIn(storage, KEY)
      expect(back.peekUndo()).toBeUndefined()
    }
  })
})
