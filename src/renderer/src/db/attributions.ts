// A sentence's sources, edited one step at a time: each step reads the list as stored, so edits
// made in quick succession (keys pressed faster than writes) all land, and each is one undoable action.
// Source writes are no part of the first load: the reader's keys fetch them when first used.
import type { Assessment, Attribution, AttributionRole, Sentence } from '@shared/model'
import { movedAttribution, withAttribution, withoutAttribution, withRole } from '@shared/sources/attributions'
import { patchAssessment } from './assessments'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'
import { ensureSource, type SourceDraft } from './sources'

/** A source to attribute, known (`id`) or to be created in the same action (a draft). */
export interface SourceToAdd {
  source: { id: string } | SourceDraft
  role: AttributionRole
}

/** Adds sources after those the sentence has (the first added is primary when it has none). */
export function addSources(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  items: readonly SourceToAdd[]
): Promise<Attribution[]> {
  return runAction(
    db,
    [db.sources, db.assessments],
    async (record) => {
      const before = (await db.assessments.get(sentence.id))?.attributions ?? []
      let list = before
      for (const { source, role } of items) {
        const id = 'id' in source ? source.id : (await ensureSource(db, source, record)).id
        list = withAttribution(list, id, role)
      }
      // Sources the sentence already cites add nothing: no change to record or undo.
      if (list.length === before.length) return before
      return (await patchAssessment(db, sentence, articleText, { attributions: list }, record)).attributions
    },
    `Attribute sentence ${sentence.index + 1}`
  )
}

export type AttributionEdit =
  | { kind: 'move'; sourceId: string; delta: -1 | 1 }
  | { kind: 'remove'; sourceId: string }
  | { kind: 'role'; sourceId: string; role: AttributionRole }

export function editAttributions(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  edit: AttributionEdit
): Promise<void> {
  return runAction(
    db,
    [db.assessments],
    async (record) => {
      const before = (await db.assessments.get(sentence.id))?.attributions ?? []
      const after =
        edit.kind === 'move'
          ? movedAttribution(before, edit.sourceId, edit.delta)
          : edit.kind === 'remove'
            ? withoutAttribution(before, edit.sourceId)
            : withRole(before, edit.sourceId, edit.role)
      // A move past either end changes nothing: nothing to record or undo.
      if (JSON.stringify(after) === JSON.stringify(before)) return
      await patchAssessment(db, sentence, articleText, { attributions: after }, record)
    },
    `Sources of sentence ${sentence.index + 1}`
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
