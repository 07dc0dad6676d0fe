// The rules of cases and key judgments that the database, the UI and the brief share: what a new
// case and judgment hold, and which evidence a judgment refuses, with the words it refuses it in.
import { MAX_LIST_ENTRIES, MAX_NAME_CHARS, MAX_NOTE_CHARS } from '../limits'
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

/** Why a case name cannot be kept, naming the field; undefined when it can. */
export function caseNameProblem(name: string): string | undefined {
  if (!name.trim()) return 'Case name: give the case a name.'
  if (name.trim().length > MAX_NAME_CHARS) return `Case name: keep it under ${MAX_NAME_CHARS} characters.`
  return undefined
}

const HEADER_FIELDS: Record<keyof CaseHeader, [string, number]> = {
  title: ['Title', MAX_NAME_CHARS],
  analyst: ['Analyst', MAX_NAME_CHARS],
  handling: ['Handling line', MAX_NAME_CHARS],
  bluf: ['Bottom line up front', MAX_NOTE_CHARS],
  audience: ['Audience', MAX_NAME_CHARS],
  date: ['Date', 10]
}

/**
 * Why a brief header cannot be kept, naming the field; undefined when it can. The limits are the
 * backup's, so every header kept is one a backup restores.
 */
export function caseHeaderProblem(header: CaseHeader): string | undefined {
  for (const [field, [label, max]] of Object.entries(HEADER_FIELDS) as [
    keyof CaseHeader,
    [string, number]
  ][]) {
    if (header[field].length > max) return `${label}: keep it under ${max} characters.`
  }
  const date = header.date
  // A day past the month's end rolls over (or is invalid): round-tripping the date catches both.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined
  const valid = parsed && !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date
  if (date !== '' && !valid) {
    return `Date: “${date}” is not a date (YYYY-MM-DD).`
  }
  return undefined
}

/** Why a case cannot hold `count` articles (more than a backup holds); undefined when it can. */
export function caseArticlesProblem(count: number): string | undefined {
  return count > MAX_LIST_ENTRIES ? `Case: a case holds at most ${MAX_LIST_ENTRIES} articles.` : undefined
}

/** Why a judgment's text or notes cannot be kept, naming the field; undefined when they can. */
export function judgmentTextProblem(
  fields: Partial<Pick<Judgment, 'text' | 'confidenceReason' | 'assumptions' | 'alternatives'>>
): string | undefined {
  const labels = {
    text: 'Key judgment',
    confidenceReason: 'Reason for the confidence',
    assumptions: 'Assumptions',
    alternatives: 'Alternative explanations'
  } as const
  for (const [field, label] of Object.entries(labels) as [keyof typeof labels, string][]) {
    if ((fields[field]?.length ?? 0) > MAX_NOTE_CHARS)
      return `${label}: keep it under ${MAX_NOTE_CHARS} characters.`
  }
  return undefined
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

/** Where a new judgment goes in its case's list: after every one it holds. */
export function nextPosition(judgments: readonly Pick<Judgment, 'position'>[]): number {
  return judgments.reduce((max, j) => Math.max(max, j.position + 1), 0)
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
  if (judgment.evidence.length >= MAX_LIST_ENTRIES)
    return { ok: false, error: `A key judgment holds at most ${MAX_LIST_ENTRIES} pieces of evidence.` }
  if (evidence.note.trim().length > MAX_NOTE_CHARS)
    return { ok: false, error: `Note: keep it under ${MAX_NOTE_CHARS} characters.` }
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
