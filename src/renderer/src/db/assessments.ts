// Grading a sentence: the assessment row is created on the first change and updated after.
import Dexie from 'dexie'
import { quoteSelector } from '@shared/text'
import type { Assessment, AttributionRole, Sentence } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { tellStoredRow } from './article-counts'
import { chainHead, runAction, type RecordChange } from './history'
import { ensureSource, type SourceDraft } from './sources'

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

let gradesNumbered = 0
const gradeNumbers = new WeakMap<Assessment, number>()

/**
 * How many grades `updateAssessment` has numbered in this session. Each is numbered inside its
 * own transaction, so a read of the grades whose transaction starts after the count reached n is
 * queued behind the n-th grade's write by IndexedDB, and holds it once it is stored.
 */
export function gradeCount(): number {
  return gradesNumbered
}

/** The number of a grade `updateAssessment` stored (see gradeCount), given the row it returned. */
export function gradeNumber(stored: Assessment): number | undefined {
  return gradeNumbers.get(stored)
}

/** Applies `patch` to the sentence's assessment (creating it), with a history entry. */
export function updateAssessment(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch
): Promise<Assessment> {
  return runAction(
    db,
    [db.assessments],
    (record) =>
      patchAssessment(db, sentence, articleText, patch, record).then((after) => {
        gradeNumbers.set(after, ++gradesNumbered)
        return after
      }),
    `Grade sentence ${sentence.index + 1}`
  )
}

/**
 * Makes `source` the sentence's primary source, in one undoable action: a source not yet in the
 * registry (a draft, e.g. a suggestion from the text) is created in the same action.
 */
export function attributeSentence(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  source: { id: string } | SourceDraft,
  role: AttributionRole
): Promise<Assessment> {
  return runAction(
    db,
    [db.sources, db.assessments],
    async (record) => {
      const sourceId = 'id' in source ? source.id : (await ensureSource(db, source, record)).id
      const current = (await db.assessments.get(sentence.id))?.attributions ?? []
      // The new source becomes the primary one; further sources the analyst added stay.
      const others = current.slice(1).filter((a) => a.sourceId !== sourceId)
      const attributions = [{ sourceId, role }, ...others]
      return patchAssessment(db, sentence, articleText, { attributions }, record)
    },
    `Attribute sentence ${sentence.index + 1}`
  )
}

export async function patchAssessment(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch,
  record: RecordChange
): Promise<Assessment> {
  // The stored grade and the trail's end are read at once, and the row and its entry written at
  // once: each wait for IndexedDB is a round trip, and the analyst is waiting for this one.
  const head = chainHead(db)
  head.catch(() => undefined) // a failed read fails the transaction, reported by the get below
  const before = await db.assessments.get(sentence.id)
  // The counts of graded sentences take this row as it was instead of reading it again.
  const trans = Dexie.currentTransaction?.idbtrans
  if (trans) tellStoredRow(trans, 'assessments', sentence.id, before)
  const after: Assessment = {
    ...(before ?? blankAssessment(sentence, articleText)),
    ...patch,
    updatedAt: new Date().toISOString()
  }
  await Promise.all([
    db.assessments.put(after),
    record({ entity: 'assessment', entityId: sentence.id, before: before ?? null, after }, head)
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
