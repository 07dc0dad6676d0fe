// The brief check (DESIGN.md §3): what the analyst should fix or accept before a brief leaves the
// machine, held to ICD 203's sourcing and wording. It warns; it never blocks an export.
import type { CorroborationWarningCode } from '../corroboration'
import type { JudgmentId, SentenceId } from '../model'
import { mixedMessage, mixedSentences } from './estimative'
import { excerpt, sentenceSubject, type IssueAbout } from './issue-subject'
import { checkJudgment } from './judgment-check'
import type { BriefModel, BriefSentence } from './model'

export type BriefIssueCode =
  | 'judgment-without-text'
  | 'judgment-needs-rewording'
  | 'judgment-without-evidence'
  | 'judgment-evidence-missing'
  | 'unsourced-evidence'
  | 'ungraded-evidence'
  | 'judgment-without-confidence'
  | 'confidence-without-reason'
  | 'high-confidence-without-independent-strong-support'
  | 'contested-without-alternative'
  | 'judgment-without-likelihood'
  | 'likelihood-outside-seven-terms'
  | 'confidence-and-likelihood-mixed'
  | 'contested-presented-as-settled'
  | 'unassessed-sentences'
  | CorroborationWarningCode

export interface BriefIssue {
  code: BriefIssueCode
  /** `warning` for what misstates the evidence, `info` for what is merely unfinished. */
  severity: 'warning' | 'info'
  /** The key judgment the issue is about. */
  judgmentId?: JudgmentId
  /** The sentence the issue is about (for a judgment's evidence: the sentence cited). */
  sentenceId?: SentenceId
  message: string
  /** What the issue is about, summed up to be shown beside it. */
  about?: IssueAbout
}

export { type IssueAbout, type IssueJudgment, type IssueSentence } from './issue-subject'

function checkBluf(bluf: string | undefined): BriefIssue[] {
  return mixedSentences(bluf ?? '').map((mix) => ({
    code: 'confidence-and-likelihood-mixed',
    severity: 'warning',
    message: mixedMessage('The bottom line up front', mix),
    about: { bluf: mix.sentence }
  }))
}

/**
 * Credibility 1 says "Confirmed by other sources": the evidence must show at least one supporting
 * item with no source in common with the sentence, strong or weak, and nothing contradicting it.
 * An override to `corroborated` does not supply the other source, so the derived status decides.
 */
function confirmedWithoutIndependentSupport(s: BriefSentence): boolean {
  if (s.assessment?.credibility !== 1 || s.corroboration.derived === 'not-applicable') return false
  return !(
    s.corroboration.derived === 'corroborated' && s.supports.some((e) => e.independence === 'independent')
  )
}

function checkSentence(s: BriefSentence, cited: ReadonlySet<SentenceId>): BriefIssue[] {
  const issues: BriefIssue[] = []
  const id = s.sentence.id
  const about: IssueAbout = { sentence: sentenceSubject(s) }
  const { status, derived } = s.corroboration
  if (derived === 'contested' && (status !== 'contested' || s.assessment?.credibility === 1)) {
    issues.push({
      code: 'contested-presented-as-settled',
      severity: 'warning',
      sentenceId: id,
      message:
        status !== 'contested'
          ? `${excerpt(s.text)} is contradicted by the evidence but shown as ${status}.`
          : `${excerpt(s.text)} is contradicted by the evidence but graded 1 (Confirmed by other sources).`,
      about
    })
  }
  if (confirmedWithoutIndependentSupport(s)) {
    issues.push({
      code: 'credibility-1-without-independent-support',
      severity: 'warning',
      sentenceId: id,
      message:
        `${excerpt(s.text)} is graded 1 (Confirmed by other sources), but ` +
        (derived === 'contested'
          ? 'the evidence contradicts it.'
          : 'no supporting item has a source independent of its own.'),
      about
    })
  }
  for (const w of s.warnings) {
    // Said above in the words of the credibility scale, with the contested case included.
    if (w.code === 'credibility-1-without-independent-support') continue
    issues.push({
      code: w.code,
      // Circular reporting matters most where a judgment rests on it; elsewhere the brief shows it.
      severity: w.code === 'circular-reporting' && !cited.has(id) ? 'info' : 'warning',
      sentenceId: id,
      message: `${excerpt(s.text)}: ${w.message}`,
      about
    })
  }
  return issues
}

/**
 * Issues in the brief's reading order: the bottom line, the key judgments, the sentences of its
 * articles, then the brief as a whole.
 */
export function checkBrief(model: BriefModel): BriefIssue[] {
  const issues = checkBluf(model.bluf)
  const sourcesById = new Map(model.sources.flatMap((s) => (s.source ? [[s.id, s.source] as const] : [])))
  for (const judgment of model.judgments) issues.push(...checkJudgment(judgment, sourcesById))
  const cited = new Set(
    model.judgments.flatMap((j) =>
      [...j.supports, ...j.contradicts].flatMap((e) =>
        e.evidence.target.kind === 'sentence' ? [e.evidence.target.sentenceId] : []
      )
    )
  )
  for (const s of model.articles.flatMap((a) => a.sentences)) issues.push(...checkSentence(s, cited))
  if (model.gaps.length > 0) {
    issues.push({
      code: 'unassessed-sentences',
      severity: 'info',
      message: `${model.gaps.length} ${model.gaps.length === 1 ? 'sentence is' : 'sentences are'} not yet assessed; the brief lists them under Gaps.`
    })
  }
  return issues
}
