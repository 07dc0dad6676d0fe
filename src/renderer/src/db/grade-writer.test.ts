// Grades written by the grade writer's worker, in real Chromium over real IndexedDB: the rows are
// those the page's own write makes, quick keys are stored in order, the page's live queries and
// its undo see them, and where the worker cannot start or load the page writes them itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { liveQuery } from 'dexie'
import { act, createElement } from 'react'
import { createRoot } from 'react-dom/client'
import type { Assessment, HistoryEntry } from '@shared/model'
import { getArticle, importArticle } from './articles'
import { gradeNumber, gradeRequest, updateAssessment, type AssessmentPatch } from './assessments'
import { verifyLibrary } from './backup'
import { SourcemarkDatabase } from './database'
import { DEXIE_STORAGE_MUTATED_CHANNEL } from './dexie-broadcast'
import { GradeWriter, gradeWriter, startGradeWorker } from './grade-writer'
import { useAssessments } from './hooks'
import { db as appLibrary } from './index'
import { expandSentences } from './sentences'
import { redo, undo } from './undo'
import { unconfirmedGradesOf, type JournalStorage } from './unconfirmed-grades'

const TEXT =
  'Sweden pledged $1.23 billion in military aid. Officials in Kyiv welcomed the package. ' +
  'The aid includes long-range weapons. North Korean troops left Kursk, the ministry said.'

let libraries: SourcemarkDatabase[] = []

function library(): SourcemarkDatabase {
  const db = new SourcemarkDatabase(`grade-writer-${crypto.randomUUID()}`)
  libraries.push(db)
  return db
}

afterEach(async () => {
  for (const db of libraries) await db.delete()
  libraries = []
})

/** Read-write transactions over the assessments that this page (not a worker) opened. */
let pageWrites = 0
const openTransaction = IDBDatabase.prototype.transaction
beforeEach(() => {
  pageWrites = 0
  IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args) {
    const stores = typeof args[0] === 'string' ? [args[0]] : [...args[0]]
    if (args[1] === 'readwrite' && stores.includes('assessments')) pageWrites++
    return openTransaction.apply(this, args)
  } as typeof openTransaction
  return () => {
    IDBDatabase.prototype.transaction = openTransaction
  }
})

async function imported(db: SourcemarkDatabase) {
  const outcome = await importArticle(db, { title: 'Aid to Ukraine', text: TEXT, origin: 'paste' })
  if (outcome.kind !== 'imported') throw new Error('expected a new import')
  const article = (await getArticle(db, outcome.articleId))!
  return { text: article.text, sentences: expandSentences((await db.sentences.get(article.id))!) }
}

/** A second library holding every row of `db`, history ids included: the same state, twice. */
async function copyOf(db: SourcemarkDatabase): Promise<SourcemarkDatabase> {
  const copy = library()
  await copy.open()
  for (const table of db.tables) await copy.table(table.name).bulkPut(await table.toArray())
  return copy
}

const lastEntry = async (db: SourcemarkDatabase) => (await db.history.orderBy('id').last())!

/**
 * A row or entry as JSON, with what differs between two writes of the same grade taken out: the
 * moment it was written, its action's random id, and the hashes over them (checked apart).
 */
function withoutClockAndAction(row: Assessment | HistoryEntry): string {
  const written = ['updatedAt', 'at', 'action', 'stateHash', 'hash', 'prevHash']
  return JSON.stringify(row, (key, value: unknown) => (written.includes(key) ? '(written)' : value))
}

describe('the grade writer', () => {
  it('stores, from its worker, the rows the page stores for the same grade', async () => {
    const viaWorker = library()
    const { text, sentences } = await imported(viaWorker)
    const viaPage = await copyOf(viaWorker)
    expect(gradeWriter.usingWorker).toBe(true)

    for (const patch of [
      { credibility: 2, note: 'Pledge confirmed by the ministry.' },
      { credibility: 3, claimType: 'fact' }
    ] satisfies AssessmentPatch[]) {
      const heads = [(await lastEntry(viaWorker)).hash, (await lastEntry(viaPage)).hash]
      pageWrites = 0
      const fromWorker = await gradeWriter.write(viaWorker, gradeRequest(sentences[1], text, patch))
      expect(pageWrites).toBe(0)
      const fromPage = await updateAssessment(viaPage, sentences[1], text, patch)
      expect(pageWrites).toBe(1)

      expect(await viaWorker.assessments.get(sentences[1].id)).toEqual(fromWorker)
      expect(withoutClockAndAction(fromWorker)).toBe(withoutClockAndAction(fromPage))
      const [workerEntry, pageEntry] = [await lastEntry(viaWorker), await lastEntry(viaPage)]
      expect(withoutClockAndAction(workerEntry)).toBe(withoutClockAndAction(pageEntry))
      expect([workerEntry.prevHash, pageEntry.prevHash]).toEqual(heads)
      expect(await viaWorker.articleCounts.toArray()).toEqual(await viaPage.articleCounts.toArray())
      // Its undo entry goes on the stack after the frame the key changed, which undo waits for.
      await viaWorker.undo.settled()
      expect(viaWorker.undo.peekUndo()).toEqual({ action: workerEntry.action, label: 'Grade sentence 2' })
    }
    // The worker's entries extend the same hash chain, and every record is the state it recorded.
    for (const db of [viaWorker, viaPage]) {
      const verdict = await verifyLibrary(db)
      expect(verdict.trail.ok).toBe(true)
      expect(verdict.records).toBeNull()
    }
  })

  it('grades a sentence read ahead on what the library holds, another window’s note kept', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    await gradeWriter.write(db, gradeRequest(sentences[0], text, { credibility: 2 }))
    const otherWindow = new SourcemarkDatabase(db.name)
    await updateAssessment(otherWindow, sentences[3], text, { note: 'Ministry statement.' })
    gradeWriter.readAhead(db, sentences[3].id, sentences[3].articleId)
    const row = await gradeWriter.write(db, gradeRequest(sentences[3], text, { credibility: 4 }))
    expect(row).toMatchObject({ credibility: 4, note: 'Ministry statement.' })
    // Read ahead again, then noted again by the other window before the key.
    gradeWriter.readAhead(db, sentences[3].id, sentences[3].articleId)
    await updateAssessment(otherWindow, sentences[3], text, { note: 'Confirmed.' })
    otherWindow.close()
    await gradeWriter.write(db, gradeRequest(sentences[3], text, { credibility: 1 }))
    expect(await db.assessments.get(sentences[3].id)).toMatchObject({ credibility: 1, note: 'Confirmed.' })
    expect(pageWrites).toBe(2)
    expect((await db.articleCounts.get(sentences[3].articleId))?.graded).toBe(2)
    const verdict = await verifyLibrary(db)
    expect(verdict.trail.ok).toBe(true)
    expect(verdict.records).toBeNull()
  })

  it('reads ahead a sentence selected before the first grade, starting the worker for it', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const posted: { kind?: string }[] = []
    const writer = new GradeWriter(() => {
      const worker = startGradeWorker()
      const post = worker.postMessage.bind(worker)
      worker.postMessage = (message: { kind?: string }) => {
        posted.push(message)
        post(message)
      }
      return worker
    })
    // The reader selects a sentence before any key: its row is read ahead, so its first grade is
    // written in one wave like every grade after it.
    writer.readAhead(db, sentences[1].id, sentences[1].articleId)
    expect(posted).toEqual([expect.objectContaining({ kind: 'read-ahead', sentenceId: sentences[1].id })])
    const row = await writer.write(db, gradeRequest(sentences[1], text, { credibility: 3 }))
    expect(row).toMatchObject({ sentenceId: sentences[1].id, credibility: 3 })
    expect(pageWrites).toBe(0)
  })

  it('stores quick keys in the order they were pressed, each numbered after the one before', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    // Sent all at once, none waiting for the one before it.
    const writes = ([1, 2, 3, 4, 5, 6] as const).map((credibility) =>
      gradeWriter.write(db, gradeRequest(sentences[2], text, { credibility }))
    )
    const rows = await Promise.all(writes)
    expect(pageWrites).toBe(0)
    expect((await db.assessments.get(sentences[2].id))?.credibility).toBe(6)
    const entries = await db.history
      .where('[entity+entityId]')
      .equals(['assessment', sentences[2].id])
      .sortBy('id')
    expect(entries.map((e) => (e.after as Assessment).credibility)).toEqual([1, 2, 3, 4, 5, 6])
    expect(entries.map((e) => (e.before as Assessment | null)?.credibility ?? null)).toEqual([
      null,
      1,
      2,
      3,
      4,
      5
    ])
    const numbers = rows.map((row) => gradeNumber(row)!)
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    expect(new Set(numbers).size).toBe(6)
  })

  it('is heard by the page’s live queries and by other windows, as any write is', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const seen: (number | null | undefined)[] = []
    const watched = liveQuery(() => db.assessments.get(sentences[3].id)).subscribe((row) =>
      seen.push(row?.credibility)
    )
    // Another window's Dexie hears on this channel, as this one does.
    const otherWindow = new BroadcastChannel(DEXIE_STORAGE_MUTATED_CHANNEL)
    const heard: string[] = []
    otherWindow.onmessage = (event: MessageEvent<object>) => heard.push(...Object.keys(event.data))
    try {
      await expect.poll(() => seen).toEqual([undefined])
      await gradeWriter.write(db, gradeRequest(sentences[3], text, { credibility: 4 }))
      await expect.poll(() => seen.at(-1)).toBe(4)
      await gradeWriter.write(db, gradeRequest(sentences[3], text, { credibility: 1 }))
      await expect.poll(() => seen.at(-1)).toBe(1)
      await expect.poll(() => heard).toContain(`idb://${db.name}/assessments/`)
    } finally {
      watched.unsubscribe()
      otherWindow.close()
    }
    expect(pageWrites).toBe(0)
  })

  it('is heard by the reader’s grades, which read again only the row it wrote', async () => {
    const db = appLibrary
    libraries.push(db)
    const { text, sentences } = await imported(db)
    await gradeWriter.write(db, gradeRequest(sentences[1], text, { credibility: 2 }))
    let grades: Map<string, Assessment> | undefined
    const Grades = ({ articleId }: { articleId: string }) => {
      grades = useAssessments(articleId)
      return null
    }
    const root = createRoot(document.body.appendChild(document.createElement('div')))
    try {
      await act(async () => root.render(createElement(Grades, { articleId: sentences[0].articleId })))
      await expect.poll(() => grades?.get(sentences[1].id)?.credibility).toBe(2)
      const first = grades!
      await gradeWriter.write(db, gradeRequest(sentences[3], text, { credibility: 5 }))
      await expect.poll(() => grades?.get(sentences[3].id)?.credibility).toBe(5)
      // The grade it did not touch keeps its object: only the written sentence is derived again.
      expect(grades!.get(sentences[1].id)).toBe(first.get(sentences[1].id))
      expect(await undo(db)).toBe('Grade sentence 4')
      await expect.poll(() => grades?.has(sentences[3].id)).toBe(false)
    } finally {
      act(() => root.unmount())
    }
    expect(pageWrites).toBe(1)
  })

  it('is undone and redone by the page, even when undo is asked for before the worker answers', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    await gradeWriter.write(db, gradeRequest(sentences[1], text, { credibility: 2 }))
    const second = gradeWriter.write(db, gradeRequest(sentences[1], text, { credibility: 5 }))
    // Not awaited: the undo waits for the grade it comes after.
    expect(await undo(db)).toBe('Grade sentence 2')
    expect((await second).credibility).toBe(5)
    expect((await db.assessments.get(sentences[1].id))?.credibility).toBe(2)
    expect(await undo(db)).toBe('Grade sentence 2')
    expect(await db.assessments.get(sentences[1].id)).toBeUndefined()
    expect(await redo(db)).toBe('Grade sentence 2')
    expect((await db.assessments.get(sentences[1].id))?.credibility).toBe(2)
    expect((await verifyLibrary(db)).trail.ok).toBe(true)
  })

  it('refuses a grade the library refuses, saying why, with nothing written', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const entries = await db.history.count()
    // A grade without its sentence's key cannot be read or stored: refused inside the worker.
    const keyless = { ...gradeRequest(sentences[1], text, { credibility: 2 }), sentenceId: undefined }
    await expect(gradeWriter.write(db, keyless as never)).rejects.toMatchObject({
      name: 'DataError',
      message: expect.stringMatching(/key/) as unknown
    })
    expect(await db.history.count()).toBe(entries)
    expect(await db.assessments.count()).toBe(0)
    expect(db.undo.peekUndo()).toBeUndefined()
  })
})

describe('where the worker cannot write', () => {
  it('writes on the page when the worker cannot be started (a content policy, an old browser)', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const writer = new GradeWriter(() => {
      throw new DOMException('Workers are not allowed here.', 'SecurityError')
    })
    expect(writer.usingWorker).toBe(false)
    const row = await writer.write(db, gradeRequest(sentences[1], text, { credibility: 3 }))
    expect(pageWrites).toBe(1)
    expect(await db.assessments.get(sentences[1].id)).toEqual(row)
    expect(await undo(db)).toBe('Grade sentence 2')
    expect(await db.assessments.get(sentences[1].id)).toBeUndefined()
  })

  it('writes on the page, each grade once and in order, when the worker’s code does not load', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const writer = new GradeWriter(() => new Worker('/no-grade-writer-here.js', { type: 'module' }))
    const rows = await Promise.all(
      ([4, 5] as const).map((credibility) =>
        writer.write(db, gradeRequest(sentences[2], text, { credibility }))
      )
    )
    expect(rows.map((row) => row.credibility)).toEqual([4, 5])
    expect(writer.usingWorker).toBe(false)
    expect(pageWrites).toBe(2)
    const entries = await db.history
      .where('[entity+entityId]')
      .equals(['assessment', sentences[2].id])
      .sortBy('id')
    expect(entries.map((e) => (e.after as Assessment).credibility)).toEqual([4, 5])
    expect((await db.assessments.get(sentences[2].id))?.credibility).toBe(5)
  })

  it('writes on the page when this page watches the table’s writes with a hook', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    const created: string[] = []
    const watch = (key: string) => void created.push(key)
    db.assessments.hook('creating', watch)
    try {
      await gradeWriter.write(db, gradeRequest(sentences[1], text, { credibility: 6 }))
    } finally {
      db.assessments.hook('creating').unsubscribe(watch)
    }
    expect(created).toEqual([sentences[1].id])
    expect(pageWrites).toBe(1)
  })
})

/** A window's session storage, as a reload leaves it: what was kept stays. */
function sessionOfOneWindow(): JournalStorage & { keys(): string[] } {
  const kept = new Map<string, string>()
  return {
    getItem: (key) => kept.get(key) ?? null,
    setItem: (key, value) => void kept.set(key, value),
    removeItem: (key) => void kept.delete(key),
    keys: () => [...kept.keys()]
  }
}

/** The library as the page a reload opens finds it, with that page's grade writer over `session`. */
function afterReload(db: SourcemarkDatabase, session: JournalStorage) {
  const reloaded = new SourcemarkDatabase(db.name)
  libraries.push(reloaded)
  const writer = new GradeWriter(undefined, (name) => unconfirmedGradesOf(name, session))
  return { reloaded, writer }
}

const entriesOf = (db: SourcemarkDatabase, action: string) =>
  db.history.where('action').equals(action).count()

describe('a grade shown before it was stored, and the window reloaded', () => {
  it('is written once by the next page, and undone there', async () => {
    const session = sessionOfOneWindow()
    const db = library()
    const { text, sentences } = await imported(db)
    const grade = gradeRequest(sentences[2], text, { credibility: 4 })
    // The key's window kept it and unloaded before any write of it committed.
    unconfirmedGradesOf(db.name, session).add(grade)

    const { reloaded, writer } = afterReload(db, session)
    await writer.recover(reloaded)
    expect((await reloaded.assessments.get(sentences[2].id))?.credibility).toBe(4)
    expect(await entriesOf(reloaded, grade.action)).toBe(1)
    expect(reloaded.undo.peekUndo()).toEqual({ action: grade.action, label: 'Grade sentence 3' })
    expect(session.keys()).toEqual([])
    // Nothing is left to write again.
    await writer.recover(reloaded)
    expect(await entriesOf(reloaded, grade.action)).toBe(1)

    expect(await undo(reloaded)).toBe('Grade sentence 3')
    expect(await reloaded.assessments.get(sentences[2].id)).toBeUndefined()
    expect((await verifyLibrary(reloaded)).trail.ok).toBe(true)
  })

  it('is not written again when the worker stored it before the reload, but is undoable', async () => {
    const session = sessionOfOneWindow()
    const db = library()
    const { text, sentences } = await imported(db)
    const grade = gradeRequest(sentences[1], text, { credibility: 2 })
    // Stored by the worker; the window reloaded before its undo entry was kept.
    await gradeWriter.write(db, grade)
    unconfirmedGradesOf(db.name, session).add(grade)
    const entries = await db.history.count()

    const { reloaded, writer } = afterReload(db, session)
    await writer.recover(reloaded)
    expect(await reloaded.history.count()).toBe(entries)
    expect(reloaded.undo.peekUndo()).toEqual({ action: grade.action, label: 'Grade sentence 2' })
    expect(session.keys()).toEqual([])
    expect(await undo(reloaded)).toBe('Grade sentence 2')
    expect(await reloaded.assessments.get(sentences[1].id)).toBeUndefined()
  })

  it('is kept until its write is confirmed, and forgotten once it is on the undo stack', async () => {
    const session = sessionOfOneWindow()
    const journal = unconfirmedGradesOf('kept', session)
    const db = library()
    const { text, sentences } = await imported(db)
    const writer = new GradeWriter(undefined, () => journal)
    const grade = gradeRequest(sentences[3], text, { credibility: 1 })
    const stored = writer.write(db, grade)
    expect(journal.list()).toEqual([grade])
    await stored
    await db.undo.settled()
    expect(db.undo.peekUndo()?.action).toBe(grade.action)
    expect(journal.list()).toEqual([])
  })

  it('is written once by the page when the worker stops after it loaded', async () => {
    const db = library()
    const { text, sentences } = await imported(db)
    // It says it has loaded, then stops at its first grade.
    const stopping = `postMessage('loaded'); onmessage = () => { throw new Error('stopped') }`
    let loaded!: Promise<unknown>
    const writer = new GradeWriter(
      () => {
        const worker = new Worker(URL.createObjectURL(new Blob([stopping], { type: 'text/javascript' })))
        loaded = new Promise((resolve) => worker.addEventListener('message', resolve, { once: true }))
        return worker
      },
      () => unconfirmedGradesOf('kept', sessionOfOneWindow())
    )
    writer.warm()
    await loaded
    const rows = await Promise.all(
      ([3, 6] as const).map((credibility) =>
        writer.write(db, gradeRequest(sentences[0], text, { credibility }))
      )
    )
    expect(rows.map((row) => row.credibility)).toEqual([3, 6])
    expect((await db.assessments.get(sentences[0].id))?.credibility).toBe(6)
    expect(await undo(db)).toBe('Grade sentence 1')
    expect((await db.assessments.get(sentences[0].id))?.credibility).toBe(3)
  })
})
