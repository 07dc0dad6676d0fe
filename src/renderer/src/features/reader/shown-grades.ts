// A grade is shown in the reader the moment its key is pressed, before the database has stored
// it: the analyst sees the rating in the next frame, not after a write, a live query and a render
// of the whole workbench. The shown grade is layered over the stored ones and the few views it
// reaches are derived again. It gives way to the grades the live query reads once that read holds
// its write (so a later undo shows as the database has it), and a refused write is taken back.
import { useMemo, useSyncExternalStore } from 'react'
import { updateViews, type SentenceView, type SentenceViews } from '@shared/corroboration/incremental-views'
import { withChanges } from '@shared/corroboration/layered-map'
import type { Assessment, Sentence } from '@shared/model'
import { blankAssessment, gradeCount, gradeNumber, type AssessmentPatch } from '../../db/assessments'
import { gradesReadAfter } from '../../db/hooks'

interface ShownGrade {
  sentenceId: string
  assessment: Assessment
  /** Set once the write is stored: its number (gradeNumber). */
  stored?: number
}

/** How a workspace derived a views map: over which grades read from the database. */
interface Derivation {
  derived: SentenceViews
  stored: ReadonlyMap<string, Assessment>
}

/** What the key handler needs of the workspace. */
export interface GradeContext {
  article: { text: string }
  graded: ReadonlyMap<string, Assessment>
}

/** Grades shown ahead of the database, in the order their keys were pressed. */
let shown: readonly ShownGrade[] = []
const listeners = new Set<() => void>()
/** How each views map the workspace made was derived, so grades can be layered over it. */
const derivations = new WeakMap<ReadonlyMap<string, SentenceView>, Derivation>()
let latest: Derivation | undefined

function changed(next: readonly ShownGrade[]): void {
  shown = next
  for (const listener of listeners) listener()
}

/** A shown grade is ahead of a derivation whose read of the grades does not hold its write yet. */
function ahead(grade: ShownGrade, { derived, stored }: Derivation): boolean {
  return (
    derived.sentencesById.has(grade.sentenceId) &&
    (grade.stored === undefined || gradesReadAfter(stored) < grade.stored)
  )
}

/** Called by the workspace with each derivation of its views and the stored grades it read. */
export function rememberViews(derived: SentenceViews, stored: ReadonlyMap<string, Assessment>): void {
  const derivation = { derived, stored }
  derivations.set(derived.views, derivation)
  latest = derivation
}

/**
 * Shows `patch` applied to the sentence's grade as shown now (the stored one, or one still being
 * stored). The caller reports how its write ended: `stored`, or `refused`, which takes it back.
 */
export function showGrade(
  context: GradeContext,
  sentence: Sentence,
  patch: AssessmentPatch
): { stored: (row: Assessment) => void; refused: () => void } {
  const behind = latest
  const kept = behind ? shown.filter((g) => ahead(g, behind)) : shown
  const current =
    kept.findLast((g) => g.sentenceId === sentence.id)?.assessment ??
    context.graded.get(sentence.id) ??
    blankAssessment(sentence, context.article.text)
  const grade: ShownGrade = { sentenceId: sentence.id, assessment: { ...current, ...patch } }
  changed([...kept, grade])
  return {
    stored: (row) => {
      // Nothing changes on screen: the grade stays until a read of the grades holds it.
      grade.stored = gradeNumber(row) ?? gradeCount()
    },
    refused: () => changed(shown.filter((g) => g !== grade))
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** `views` with the grades of `shown` still ahead of the database layered over them. */
function shownViews(
  views: ReadonlyMap<string, SentenceView>,
  shown: readonly ShownGrade[]
): ReadonlyMap<string, SentenceView> {
  const derivation = derivations.get(views)
  if (!derivation || shown.length === 0) return views
  const grades = new Map<string, Assessment>()
  for (const grade of shown) if (ahead(grade, derivation)) grades.set(grade.sentenceId, grade.assessment)
  if (grades.size === 0) return views
  const { derived } = derivation
  return updateViews(derived, { ...derived.inputs, graded: withChanges(derived.inputs.graded, grades) }).views
}

/** The reader's views as the analyst should see them: the stored grades and those just pressed. */
export function useShownViews(views: ReadonlyMap<string, SentenceView>): ReadonlyMap<string, SentenceView> {
  const grades = useSyncExternalStore(subscribe, () => shown)
  return useMemo(() => shownViews(views, grades), [views, grades])
}
