// The analyst's grades are written by a worker of their own, so that "stored" does not wait for
// the frame the key changed: Chromium answers a page's IndexedDB requests only once that frame is
// presented. The write is the same (writeGrade) on the same library; the page keeps the undo
// stack and the grade numbers its reads are checked against, and announces what each write
// changed to its live queries and to other windows once the key's frame is presented. Where the
// worker cannot start (a content policy, an old browser) or cannot open the library, the page
// writes the grade itself. Until a write is confirmed, the window keeps the grade
// (unconfirmed-grades.ts), and the next page writes it once if the window reloaded before then.
import type { Assessment, Sentence } from '@shared/model'
import type { Table } from 'dexie'
import {
  gradeRequest,
  numberGrade,
  writeGradeHere,
  writeGradeOnce,
  type AssessmentPatch,
  type GradeRequest
} from './assessments'
import { afterPresented } from '../after-presented'
import { reportedError, startHeard } from '../worker-start'
import type { SourcemarkDatabase } from './database'
import { announceChanges } from './dexie-broadcast'
import type { GradeReadAhead, GradeWriteRequest, GradeWriteResponse } from './grade-writer-protocol'
import { unconfirmedGradesOf, type UnconfirmedGrades } from './unconfirmed-grades'

interface Pending {
  db: SourcemarkDatabase
  grade: GradeRequest
  resolve: (row: Assessment) => void
  reject: (error: Error) => void
}

/** Starts the grade writer's worker (may throw, as under a policy that forbids workers). */
export function startGradeWorker(): Worker {
  return new Worker(new URL('./grade-writer.worker.ts', import.meta.url), {
    type: 'module',
    name: 'grade-writer'
  })
}

/**
 * Hooks set on this page's connection (Dexie's creating, updating, deleting) are part of its
 * writes; the worker's connection has none of them, so a write they watch stays on the page.
 */
function hookedHere(db: SourcemarkDatabase): boolean {
  const tables: Table[] = [db.assessments, db.history, db.articleCounts]
  return tables.some(
    (table) =>
      table.hook.creating.subscribers.length > 0 ||
      table.hook.updating.subscribers.length > 0 ||
      table.hook.deleting.subscribers.length > 0
  )
}

export class GradeWriter {
  /** undefined: not started yet; null: cannot be used, the page writes. */
  private worker: Worker | null | undefined
  private nextId = 1
  private readonly pending = new Map<number, Pending>()
  private readonly journals = new Map<string, UnconfirmedGrades>()
  /** Per library: the grades kept from before a reload, written before any new one. */
  private readonly recovering = new Map<string, Promise<void>>()

  constructor(
    private readonly start: () => Worker = startGradeWorker,
    private readonly journalOf: (name: string) => UnconfirmedGrades = unconfirmedGradesOf
  ) {}

  /** Starts the worker ahead of the first grade, so the first key does not wait for it to load. */
  warm(): void {
    this.started()
  }

  /** Whether grades are written by the worker (false once it could not start). */
  get usingWorker(): boolean {
    return this.started() !== null
  }

  /**
   * Writes `grade` as one undoable action and resolves with the stored row once its transaction
   * has committed; rejects, with nothing written, when the library refuses it. Until then the
   * window keeps it, so a reload in between does not lose it (see recover).
   */
  write(db: SourcemarkDatabase, grade: GradeRequest): Promise<Assessment> {
    const before = this.recovering.get(db.name)
    const stored = before ? before.then(() => this.send(db, grade)) : this.send(db, grade)
    if (before) db.undo.hold(stored)
    // Kept once posted, in the same task (no reload can come between): the worker has the grade
    // while the window writes it down, and no answer can come before this.
    this.journal(db).add(grade)
    return stored
  }

  /**
   * Has the worker read ahead the row of the sentence the analyst selected, so that its grade is
   * written in one wave (see readAhead in grade-writer-native.ts). A selection starts the worker
   * if the reader's keys have not yet warmed it: the first grade of a session is one wave too.
   */
  readAhead(db: SourcemarkDatabase, sentenceId: string, articleId: string): void {
    if (hookedHere(db) || !db.isOpen()) return
    const worker = this.started()
    if (!worker) return
    const message: GradeReadAhead = { kind: 'read-ahead', database: db.name, sentenceId, articleId }
    worker.postMessage(message)
  }

  /**
   * Writes, once each and in order, the grades this window kept unconfirmed when it last
   * unloaded: each is written only if the library does not hold it yet, and goes on the undo
   * stack if it is not there. Grades written meanwhile wait for these.
   */
  recover(db: SourcemarkDatabase): Promise<void> {
    const kept = this.journal(db).list()
    if (kept.length === 0) return Promise.resolve()
    const recovered = (async () => {
      for (const grade of kept) await this.once(db, grade).catch(() => undefined)
    })()
    this.recovering.set(db.name, recovered)
    db.undo.hold(recovered)
    return recovered.finally(() => this.recovering.delete(db.name))
  }

  private journal(db: SourcemarkDatabase): UnconfirmedGrades {
    let journal = this.journals.get(db.name)
    if (!journal) this.journals.set(db.name, (journal = this.journalOf(db.name)))
    return journal
  }

  private send(db: SourcemarkDatabase, grade: GradeRequest): Promise<Assessment> {
    // A library the page has not opened, or has closed for good (another window upgraded or
    // deleted it), is the page's to open or to refuse.
    const worker = hookedHere(db) || !db.isOpen() ? null : this.started()
    if (!worker) return this.here(db, grade)
    const id = this.nextId++
    const stored = new Promise<Assessment>((resolve, reject) => {
      this.pending.set(id, { db, grade, resolve, reject })
    })
    // An undo asked for now undoes this grade: the stack waits for the worker's answer.
    db.undo.hold(stored)
    const request: GradeWriteRequest = { id, database: db.name, grade }
    worker.postMessage(request)
    return stored
  }

  /** Writes `grade` on the page; once it is stored or refused, the window no longer keeps it. */
  private here(db: SourcemarkDatabase, grade: GradeRequest): Promise<Assessment> {
    return writeGradeHere(db, grade).finally(() => this.journal(db).remove(grade.action))
  }

  /** Writes on the page a grade that may already be stored (see writeGradeOnce). */
  private async once(db: SourcemarkDatabase, grade: GradeRequest): Promise<Assessment> {
    try {
      const { row, undoable } = await writeGradeOnce(db, grade)
      if (undoable && !db.undo.includes(grade.action))
        db.undo.pushDone({ action: grade.action, label: grade.label })
      if (!row) throw new Error(`The grade of sentence ${grade.sentenceId} is no longer in the library.`)
      return row
    } finally {
      this.journal(db).remove(grade.action)
    }
  }

  private started(): Worker | null {
    if (this.worker === undefined)
      this.worker = startHeard<GradeWriteResponse>(
        this.start,
        (response) => this.answered(response),
        () => this.failed()
      )
    return this.worker
  }

  private answered(response: GradeWriteResponse): void {
    const job = this.pending.get(response.id)
    if (!job) return
    this.pending.delete(response.id)
    if (response.kind === 'unavailable') {
      this.here(job.db, job.grade).then(job.resolve, job.reject)
    } else if (response.kind === 'failed') {
      this.journal(job.db).remove(job.grade.action)
      job.reject(reportedError(response))
    } else {
      // Numbered once committed: a read of the grades that starts from now on holds it.
      numberGrade(response.row)
      job.resolve(response.row)
      // What follows makes the page read and render again: after the frame the key changed.
      job.db.undo.hold(
        new Promise<void>((settled) =>
          // Once the page has presented the frame showing the key's grade, or soon in any case
          // (a hidden page presents none).
          afterPresented(
            () => {
              announceChanges(response.changes)
              if (response.changed) job.db.undo.pushDone({ action: response.action, label: job.grade.label })
              // On the stack now: a reload from here on finds it there, not kept apart.
              this.journal(job.db).remove(job.grade.action)
              settled()
            },
            { hiddenAfterMs: 100 }
          )
        )
      )
    }
  }

  /**
   * The worker could not load, or stopped: the page writes from now on. Each grade it was given
   * is written here, once and in order; one it committed before it stopped is not written again.
   */
  private failed(): void {
    this.worker?.terminate()
    this.worker = null
    const jobs = [...this.pending.values()]
    this.pending.clear()
    let queue = Promise.resolve()
    for (const job of jobs) {
      // Written once: a worker that had loaded may have committed it before it stopped.
      const written = queue.then(() => this.once(job.db, job.grade))
      written.then(job.resolve, job.reject)
      queue = written.then(
        () => undefined,
        () => undefined
      )
    }
  }
}

/** The app's grade writer. */
export const gradeWriter = new GradeWriter()

/** Applies `patch` to the sentence's grade through the grade writer (see GradeWriter.write). */
export function gradeSentence(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch
): Promise<Assessment> {
  return gradeWriter.write(db, gradeRequest(sentence, articleText, patch))
}
