// The rules of cases and key judgments that the database, the UI and the brief share: what a new
// case and judgment hold, and which evidence a judgment refuses, with the words it refuses it in.
import { citationTarget } from '../corroboration/citation'
import type {
  ArticleId,
  Case,
  CaseHeader,
  CaseId,
  ISODateTime,
  Judgment,
  JudgmentEvidence,
  JudgmentId,
  SentenceId
} from '../model'

export const EMPTY_CASE_HEADER: CaseHeader = {
  title: '',
  analyst: '',
  handling: '',
  bluf: '',
  audience: '',
  date: ''
}

export function newCase(
  id: CaseId,
  name: string,
  articleIds: readonly ArticleId[],
  at: ISODateTime,
  header: Partial<CaseHeader> = {}
): Case {
  return {
    id,
    name: name.trim() || 'Untitled case',
    articleIds: [...new Set(articleIds)],
    header: { ...EMPTY_CASE_HEADER, ...header },
    createdAt: at,
    updatedAt: at
  }
}

export interface JudgmentDraft {
  text?: string
  /** The sentence it is started from: its words are the draft, flagged for rewording. */
  startedFrom?: { sentenceId: SentenceId; text: string }
}

export function newJudgment(
  id: JudgmentId,
  caseId: CaseId,
  position: number,
  at: ISODateTime,
  draft: JudgmentDraft = {}
): Judgment {
  const judgment: Judgment = {
    id,
    caseId,
    position,
    text: draft.startedFrom ? draft.startedFrom.text.trim() : (draft.text ?? '').trim(),
    likelihood: null,
    confidence: null,
    confidenceReason: '',
    evidence: draft.startedFrom
      ? [
          {
            relation: 'supports',
            target: { kind: 'sentence', sentenceId: draft.startedFrom.sentenceId },
            note: ''
          }
        ]
      : [],
    assumptions: '',
    alternatives: '',
    needsRewording: draft.startedFrom !== undefined,
    createdAt: at,
    updatedAt: at
  }
  if (draft.startedFrom) judgment.startedFrom = draft.startedFrom.sentenceId
  return judgment
}

/** What identifies a piece of evidence, whatever it says about the judgment. */
export function evidenceKey(e: Pick<JudgmentEvidence, 'target'>): string {
  const t = e.target
  return t.kind === 'sentence'
    ? `sentence\u0000${t.sentenceId}`
    : `external\u0000${t.citation}\u0000${t.url ?? ''}\u0000${t.sourceId ?? ''}\u0000${t.accessedOn ?? ''}`
}

/**
 * The evidence as it is stored (a citation trimmed and checked), or why it is refused: a
 * citation that fails its check, or an item the judgment already holds (under either relation:
 * one sentence cannot both support and contradict the same judgment).
 */
export function checkEvidence(
  judgment: Pick<Judgment, 'evidence'>,
  evidence: JudgmentEvidence
): { ok: true; evidence: JudgmentEvidence } | { ok: false; error: string } {
  let target = evidence.target
  if (target.kind === 'external') {
    const checked = citationTarget(target)
    if (!checked.ok) return checked
    target = checked.target
  }
  const item: JudgmentEvidence = { relation: evidence.relation, target, note: evidence.note.trim() }
  const existing = judgment.evidence.find((e) => evidenceKey(e) === evidenceKey(item))
  if (existing) {
    const what = target.kind === 'sentence' ? 'This sentence' : 'This citation'
    return {
      ok: false,
      error:
        existing.relation === item.relation
          ? `${what} is already evidence that ${existing.relation === 'supports' ? 'supports' : 'contradicts'} the judgment.`
          : `${what} already ${existing.relation === 'supports' ? 'supports' : 'contradicts'} the judgment; remove that first to record it as ${item.relation === 'supports' ? 'support' : 'contradiction'}.`
    }
  }
  return { ok: true, evidence: item }
}
