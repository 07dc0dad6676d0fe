// The library's key judgments seen from one article: which of its sentences are evidence for
// which judgment (the reader's marks, the inspector's list), and the judgments a sentence can be
// added to, the article's own cases first.
import type { ArticleId, Case, Judgment, JudgmentEvidence, SentenceId } from '@shared/model'

export interface CitingJudgment {
  judgment: Judgment
  case: Case
  /** Its place in the case's list, from 1, as the brief numbers it. */
  number: number
  relation: JudgmentEvidence['relation']
}

export interface CaseJudgments {
  case: Case
  /** In the case's order. */
  judgments: Judgment[]
}

export interface JudgmentIndex {
  /** Every case (by name) with its judgments. */
  byCase: CaseJudgments[]
  /** For each sentence of the article that is evidence: the judgments it is evidence for. */
  citing: Map<SentenceId, CitingJudgment[]>
}

const byPosition = (a: Judgment, b: Judgment) =>
  a.position - b.position || a.createdAt.localeCompare(b.createdAt)

/** `cases` by name; `sentenceIds` are the open article's. */
export function indexJudgments(
  cases: readonly Case[],
  judgments: readonly Judgment[],
  sentenceIds: Pick<ReadonlySet<SentenceId>, 'has'>
): JudgmentIndex {
  const ofCase = new Map<string, Judgment[]>(cases.map((c) => [c.id, []]))
  for (const judgment of judgments) ofCase.get(judgment.caseId)?.push(judgment)
  const byCase = cases.map((c) => ({ case: c, judgments: ofCase.get(c.id)!.sort(byPosition) }))
  const citing = new Map<SentenceId, CitingJudgment[]>()
  for (const { case: c, judgments: list } of byCase) {
    list.forEach((judgment, i) => {
      for (const evidence of judgment.evidence) {
        if (evidence.target.kind !== 'sentence' || !sentenceIds.has(evidence.target.sentenceId)) continue
        const id = evidence.target.sentenceId
        const entry = { judgment, case: c, number: i + 1, relation: evidence.relation }
        citing.set(id, [...(citing.get(id) ?? []), entry])
      }
    })
  }
  return { byCase, citing }
}

export function snippet(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat
}

/** The reader mark's tooltip: one line per judgment the sentence is evidence for. */
export function markTitle(citing: readonly CitingJudgment[]): string {
  return citing
    .map(
      (c) =>
        `${c.relation === 'supports' ? 'Supports' : 'Contradicts'} key judgment ${c.number} of “${c.case.name}”: ${snippet(c.judgment.text || 'not written yet')}`
    )
    .join('\n')
}

/**
 * What "Add as evidence to…" offers: every judgment, grouped by case, the cases holding the
 * article first (each group by name). Option values are judgment ids.
 */
export function evidenceChoices(
  index: JudgmentIndex,
  articleId: ArticleId
): { group: string; items: { value: string; label: string }[] }[] {
  const holds = (c: Case) => c.articleIds.includes(articleId)
  const ordered = [
    ...index.byCase.filter((g) => holds(g.case)),
    ...index.byCase.filter((g) => !holds(g.case))
  ]
  return ordered
    .filter((g) => g.judgments.length > 0)
    .map((g) => ({
      group: holds(g.case) ? `${g.case.name} (this article’s case)` : g.case.name,
      items: g.judgments.map((j, i) => ({
        value: j.id,
        label: `${i + 1}. ${snippet(j.text || 'not written yet', 90)}`
      }))
    }))
}
