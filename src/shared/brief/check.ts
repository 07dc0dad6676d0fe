// The brief check (DESIGN.md §3): what the analyst should fix or accept before a brief leaves the
// machine. It warns; it never blocks an export.
import type { CorroborationWarningCode } from '../corroboration'
import type { SentenceId } from '../model'
import type { BriefModel, BriefSentence } from './model'

export type BriefIssueCode =
  | 'key-judgment-without-source'
  | 'key-judgment-without-credibility'
  | 'key-judgment-source-not-graded'
  | 'contested-presented-as-settled'
  | 'unassessed-sentences'
  | CorroborationWarningCode

export interface BriefIssue {
  code: BriefIssueCode
  /** `warning` for what misstates the evidence, `info` for what is merely unfinished. */
  severity: 'warning' | 'info'
  sentenceId?: SentenceId
  message: string
}

function excerpt(s: BriefSentence): string {
  const words = s.text.split(/\s+/)
  return `“${words.slice(0, 10).join(' ')}${words.length > 10 ? ' …' : ''}”`
}

/** Issues in reading order, sentence by sentence, then the brief as a whole. */
export function checkBrief(model: BriefModel): BriefIssue[] {
  const issues: BriefIssue[] = []
  for (const s of model.articles.flatMap((a) => a.sentences)) {
    const id = s.sentence.id
    const key = s.assessment?.keyJudgment === true
    if (key && s.attributions.length === 0) {
      issues.push({
        code: 'key-judgment-without-source',
        severity: 'warning',
        sentenceId: id,
        message: `Key judgment ${excerpt(s)} has no source: it cannot be traced.`
      })
    }
    if (key && s.assessment?.credibility == null && s.corroboration.status !== 'not-applicable') {
      issues.push({
        code: 'key-judgment-without-credibility',
        severity: 'warning',
        sentenceId: id,
        message: `Key judgment ${excerpt(s)} has no credibility grade.`
      })
    }
    // The rating's letter is the primary source's reliability: without it the judgment reads `?`.
    const primary = s.attributions[0]?.source.source
    if (key && primary && primary.reliability == null) {
      issues.push({
        code: 'key-judgment-source-not-graded',
        severity: 'warning',
        sentenceId: id,
        message: `Key judgment ${excerpt(s)} rests on ${primary.name}, whose reliability is not graded yet.`
      })
    }
    const { status, derived } = s.corroboration
    if (derived === 'contested' && (status !== 'contested' || s.assessment?.credibility === 1)) {
      issues.push({
        code: 'contested-presented-as-settled',
        severity: 'warning',
        sentenceId: id,
        message:
          status !== 'contested'
            ? `${excerpt(s)} is contradicted by the evidence but shown as ${status}.`
            : `${excerpt(s)} is contradicted by the evidence but graded 1 (Confirmed by other sources).`
      })
    }
    for (const w of s.warnings) {
      issues.push({
        code: w.code,
        severity: w.code === 'circular-reporting' && !key ? 'info' : 'warning',
        sentenceId: id,
        message: `${excerpt(s)}: ${w.message}`
      })
    }
  }
  if (model.gaps.length > 0) {
    issues.push({
      code: 'unassessed-sentences',
      severity: 'info',
      message: `${model.gaps.length} ${model.gaps.length === 1 ? 'sentence is' : 'sentences are'} not yet assessed; the brief lists them under Gaps.`
    })
  }
  return issues
}
