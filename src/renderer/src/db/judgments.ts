// Key judgments of a case: the analyst's statements with likelihood, confidence and evidence.
// Every change is a recorded action; evidence is checked by the shared rule before it is written,
// and must be there to cite: a sentence of an article in the library, a source of the registry.
import { canonicalJson } from '@shared/history'
import {
  checkEvidence,
  judgmentTextProblem,
  newJudgment,
  nextPosition,
  type JudgmentDraft
} from '@shared/judgments'
import { sentenceId, type CaseId, type Judgment, type JudgmentEvidence, type JudgmentId } from '@shared/model'
import Dexie from 'dexie'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

/**
 * Refuses a sentence no longer in its article, or a citation of a source no longer in the
 * registry. A Dexie promise, not a native async function, so the action's transaction stays open.
 */
function requireTarget(db: SourcemarkDatabase, target: JudgmentEvidence['target']): Promise<void> {
  if (target.kind === 'external') {
    const { sourceId } = target
    if (sourceId === undefined) return Dexie.Promise.resolve()
    return db.sources.get(sourceId).then((source) => {
      if (!source) throw new Error('Citation: its source is no longer in the registry.')
    })
  }
  const id = target.sentenceId
  const articleId = id.slice(0, id.lastIndexOf(':'))
  const seq = Number(id.slice(id.lastIndexOf(':') + 1))
  return db.sentences.get(articleId).then((table) => {
    if (!table || sentenceId(articleId, seq) !== id || !Array.from(table.seqs).includes(seq))
      throw new Error('Evidence: that sentence is no longer in the library.')
  })
}

/** The key judgment `id`; undefined when it is no longer in the library. */
export function getJudgment(db: SourcemarkDatabase, id: JudgmentId): Promise<Judgment | undefined> {
  return db.judgments.get(id)
}

/** A case's key judgments in the order the brief lists them. */
export async function judgmentsOfCase(db: SourcemarkDatabase, caseId: CaseId): Promise<Judgment[]> {
  const rows = await db.judgments.where('caseId').equals(caseId).toArray()
  return rows.sort((a, b) => a.position - b.position || a.createdAt.localeCompare(b.createdAt))
}

/** Adds a judgment at the end of the case's list; started from a sentence, it quotes it for rewording. */
export async function addJudgment(
  db: SourcemarkDatabase,
  caseId: CaseId,
  draft: JudgmentDraft = {}
): Promise<Judgment> {
  const problem = judgmentTextProblem({ text: draft.startedFrom?.text ?? draft.text })
  if (problem) return Promise.reject(new Error(problem))
  return runAction(
    db,
    [db.cases, db.judgments, db.sentences],
    async (record) => {
      if (!(await db.cases.get(caseId))) throw new Error('The case is no longer in the library.')
      if (draft.startedFrom)
        await requireTarget(db, { kind: 'sentence', sentenceId: draft.startedFrom.sentenceId })
      const existing = await db.judgments.where('caseId').equals(caseId).toArray()
      const judgment = newJudgment(
        crypto.randomUUID(),
        caseId,
        nextPosition(existing),
        new Date().toISOString(),
        draft
      )
      await db.judgments.add(judgment)
      await record({ entity: 'judgment', entityId: judgment.id, before: null, after: judgment })
      return judgment
    },
    draft.startedFrom ? 'Start judgment from sentence' : 'Add key judgment'
  )
}

export type JudgmentPatch = Partial<
  Pick<
    Judgment,
    | 'text'
    | 'likelihood'
    | 'confidence'
    | 'confidenceReason'
    | 'assumptions'
    | 'alternatives'
    | 'needsRewording'
  >
>

/** Applies `change`; when it gives the judgment back as it was, nothing is written. */
async function changeJudgment(
  db: SourcemarkDatabase,
  id: JudgmentId,
  label: string,
  change: (before: Judgment) => Judgment | Promise<Judgment>
): Promise<Judgment> {
  return runAction(
    db,
    [db.judgments, db.sentences, db.sources],
    async (record) => {
      const before = await db.judgments.get(id)
      if (!before) throw new Error('The key judgment is no longer in the case.')
      const changed = await change(before)
      if (changed === before) return before
      const after = { ...changed, updatedAt: new Date().toISOString() }
      await db.judgments.put(after)
      await record({ entity: 'judgment', entityId: id, before, after })
      return after
    },
    label
  )
}

/**
 * Changes what the analyst typed or chose. New wording clears the "needs rewording" flag unless
 * the patch sets it: the flag asks for the analyst's own words, and they have now written them.
 */
export function updateJudgment(
  db: SourcemarkDatabase,
  id: JudgmentId,
  patch: JudgmentPatch
): Promise<Judgment> {
  const problem = judgmentTextProblem(patch)
  if (problem) return Promise.reject(new Error(problem))
  return changeJudgment(db, id, 'Edit key judgment', (before) => {
    const reworded = patch.text !== undefined && patch.text.trim() !== before.text.trim()
    const after = {
      ...before,
      ...patch,
      needsRewording: patch.needsRewording ?? (reworded ? false : before.needsRewording)
    }
    return canonicalJson(after) === canonicalJson(before) ? before : after
  })
}

/** Adds evidence, or refuses it with the shared rule's message; nothing is written then. */
export function addEvidence(
  db: SourcemarkDatabase,
  id: JudgmentId,
  evidence: JudgmentEvidence
): Promise<Judgment> {
  return changeJudgment(db, id, 'Add evidence to judgment', (before) => {
    const checked = checkEvidence(before, evidence)
    if (!checked.ok) throw new Error(checked.error)
    return requireTarget(db, checked.evidence.target).then(() => ({
      ...before,
      evidence: [...before.evidence, checked.evidence]
    }))
  })
}

/** Removes the judgment's `index`th piece of evidence (0-based), as the list shows it. */
export function removeEvidence(db: SourcemarkDatabase, id: JudgmentId, index: number): Promise<Judgment> {
  return changeJudgment(db, id, 'Remove evidence from judgment', (before) => {
    if (!Number.isInteger(index) || index < 0 || index >= before.evidence.length)
      throw new Error('That evidence is no longer on the key judgment.')
    return { ...before, evidence: before.evidence.filter((_, i) => i !== index) }
  })
}

/** Moves a judgment to `to` (0-based) in its case's list, renumbering the rest. */
export async function moveJudgment(db: SourcemarkDatabase, id: JudgmentId, to: number): Promise<void> {
  await runAction(
    db,
    [db.judgments],
    async (record) => {
      const moving = await db.judgments.get(id)
      if (!moving) throw new Error('The key judgment is no longer in the case.')
      const list = (await judgmentsOfCase(db, moving.caseId)).filter((j) => j.id !== id)
      list.splice(Math.max(0, Math.min(to, list.length)), 0, moving)
      for (const [position, before] of list.entries()) {
        if (before.position === position) continue
        const after = { ...before, position }
        await db.judgments.put(after)
        await record({ entity: 'judgment', entityId: after.id, before, after })
      }
    },
    'Reorder key judgments'
  )
}

export async function deleteJudgment(db: SourcemarkDatabase, id: JudgmentId): Promise<void> {
  await runAction(
    db,
    [db.judgments],
    async (record) => {
      const before = await db.judgments.get(id)
      if (!before) return
      await db.judgments.delete(id)
      await record({ entity: 'judgment', entityId: id, before, after: null })
    },
    'Delete key judgment'
  )
}
