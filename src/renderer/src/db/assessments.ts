// Grading a sentence: the assessment row is created on the first change and updated after.
import Dexie from 'dexie'
import { quoteSelector } from '@shared/text'
import type { Assessment, Sentence } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { tellStoredRow } from './article-counts'
import { chainHead, runAction, transact, type RecordChange } from './history'

export type AssessmentPatch = Partial<
  Pick<Assessment, 'attributions' | 'credibility' | 'claimType' | 'corroborationOverride' | 'note' | 'tags'>
>

export function blankAssessment(sentence: Sentence, articleText: string): Assessment {
  return {
    sentenceId: sentence.id,
    articleId: sentence.articleId,
    attributions: [],
    credibility: null,
    claimType: sentence.kind === 'heading' ? 'context' : 'claim',
    note: '',
    tags: [],
    target: quoteSelector(articleText, sentence.start, sentence.end),
    updatedAt: new Date().toISOString()
  }
}

/** The sentence's stored grade; undefined when it has none. */
export function getAssessment(db: SourcemarkDatabase, sentenceId: string): Promise<Assessment | undefined> {
  return db.assessments.get(sentenceId)
}

let gradesNumbered = 0
const gradeNumbers = new WeakMap<Assessment, number>()

/**
 * How many grades this session has numbered (numberGrade). A grade written on this page is
 * numbered inside its own transaction, so a read of the grades whose transaction starts after the
 * count reached n is queued behind the n-th grade's write by IndexedDB, and holds it once it is
 * stored; one written by the grade writer's worker is numbered once its transaction has committed.
 */
export function gradeCount(): number {
  return gradesNumbered
}

/** The number of a stored grade (see gradeCount), given the row its write returned. */
export function gradeNumber(stored: Assessment): number | undefined {
  return gradeNumbers.get(stored)
}

/** Numbers a grade whose write is in, or has committed, its transaction (see gradeCount). */
export function numberGrade(stored: Assessment): Assessment {
  gradeNumbers.set(stored, ++gradesNumbered)
  return stored
}

/**
 * One grade as its write needs it, small enough to post to the grade writer's worker: the row a
 * sentence without one starts from is made here, so the article's text never crosses.
 */
export interface GradeRequest {
  sentenceId: string
  /** The sentence's blank assessment (blankAssessment), used when it has none yet. */
  blank: Assessment
  patch: AssessmentPatch
  /** The undo stack's name for it, "Grade sentence 3". */
  label: string
  /**
   * The id its history entry is written under, given when the key is pressed: a write repeated
   * after a reload (unconfirmed-grades.ts) finds whether the library already holds it.
   */
  action: string
}

export function gradeRequest(sentence: Sentence, articleText: string, patch: AssessmentPatch): GradeRequest {
  return {
    sentenceId: sentence.id,
    blank: blankAssessment(sentence, articleText),
    patch,
    label: `Grade sentence ${sentence.index + 1}`,
    action: crypto.randomUUID()
  }
}

/**
 * The grade's write, the same on the page and in the grade writer's worker: one action over the
 * assessment and its history entry. `inside` sees the stored row before the transaction ends.
 */
export function writeGrade(
  db: SourcemarkDatabase,
  request: GradeRequest,
  inside?: (stored: Assessment) => void
): Promise<{ result: Assessment; action: string; changed: boolean }> {
  return transact(
    db,
    [db.assessments],
    (record) =>
      patchGrade(db, request.sentenceId, request.blank, request.patch, record).then((after) => {
        inside?.(after)
        return after
      }),
    request.action
  )
}

/**
 * writeGradeHere for a grade that may already be stored (its write was under way when the window
 * reloaded, or when the worker writing it stopped): in one transaction, it is written only when
 * no history entry carries its action yet. `undoable` says whether the library now holds an entry
 * under its action (a grade that changed nothing writes none).
 */
export function writeGradeOnce(
  db: SourcemarkDatabase,
  grade: GradeRequest
): Promise<{ row: Assessment | undefined; undoable: boolean }> {
  return db.transaction('rw', [db.assessments, db.articles, db.history], async () => {
    if ((await db.history.where('action').equals(grade.action).count()) > 0) {
      const row = await db.assessments.get(grade.sentenceId)
      return { row: row && numberGrade(row), undoable: true }
    }
    const { result, changed } = await writeGrade(db, grade, numberGrade)
    return { row: result, undoable: changed }
  })
}

/** Applies `patch` to the sentence's assessment (creating it), with a history entry, on this page. */
export function updateAssessment(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch
): Promise<Assessment> {
  return writeGradeHere(db, gradeRequest(sentence, articleText, patch))
}

/** writeGrade on this page's connection, numbered inside its transaction, and undoable. */
export async function writeGradeHere(db: SourcemarkDatabase, grade: GradeRequest): Promise<Assessment> {
  const { result, action, changed } = await writeGrade(db, grade, numberGrade)
  if (changed) db.undo.pushDone({ action, label: grade.label })
  return result
}

export function patchAssessment(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch,
  record: RecordChange
): Promise<Assessment> {
  return patchGrade(db, sentence.id, blankAssessment(sentence, articleText), patch, record)
}

/** The row a grade stores: `patch` over the stored row (or `blank` when there is none), dated now. */
export function patchedGrade(
  before: Assessment | undefined,
  blank: Assessment,
  patch: AssessmentPatch
): Assessment {
  return { ...(before ?? blank), ...patch, updatedAt: new Date().toISOString() }
}

/** patchAssessment for the sentence `sentenceId`, starting from `blank` when it has no row. */
async function patchGrade(
  db: SourcemarkDatabase,
  sentenceId: string,
  blank: Assessment,
  patch: AssessmentPatch,
  record: RecordChange
): Promise<Assessment> {
  // The stored grade and the trail's end are read at once, and the row and its entry written at
  // once: each wait for IndexedDB is a round trip, and the analyst is waiting for this one.
  const head = chainHead(db)
  head.catch(() => undefined) // a failed read fails the transaction, reported by the get below
  const before = await db.assessments.get(sentenceId)
  // The counts of graded sentences take this row as it was instead of reading it again.
  const trans = Dexie.currentTransaction?.idbtrans
  if (trans) tellStoredRow(trans, 'assessments', sentenceId, before)
  const after = patchedGrade(before, blank, patch)
  await Promise.all([
    db.assessments.put(after),
    record({ entity: 'assessment', entityId: sentenceId, before: before ?? null, after }, head)
  ])
  return after
}

/** Tags as the analyst means them: trimmed, each once, none empty. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().replace(/\s+/g, ' ')).filter(Boolean))]
}

/** Sets the sentence's tags, in one undoable action. */
export function setTags(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  tags: readonly string[]
): Promise<Assessment> {
  return runAction(
    db,
    [db.assessments],
    (record) => patchAssessment(db, sentence, articleText, { tags: cleanTags(tags) }, record),
    `Tag sentence ${sentence.index + 1}`
  )
}

/** Every tag used in the library, in alphabetical order: what the tags field offers. */
export async function libraryTags(db: SourcemarkDatabase): Promise<string[]> {
  const found = new Set<string>()
  await db.assessments.each((a) => a.tags.forEach((t) => found.add(t)))
  return [...found].sort((a, b) => a.localeCompare(b))
}
