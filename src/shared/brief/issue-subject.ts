// What a brief-check issue is about, summed up so the export dialog can show it where the warning
// stands — the sentence with its rating and sources, the judgment with its likelihood, confidence
// and evidence — without leaving the dialog or reading the library again.
import type { ConfidenceLevel, JudgmentId, SentenceId } from '../model'
import type { BriefAttribution, BriefEvidenceSide, BriefJudgment, BriefSentence } from './model'

export interface IssueSentence {
  sentenceId: SentenceId
  text: string
  /** The article it is from. */
  articleTitle?: string
  /** E.g. `B2`; empty when ungraded. */
  rating: string
  /** Each attributed source with its reliability and role, e.g. `CNN (B, reported)`. */
  sources: string[]
  /** How the brief shows its corroboration, e.g. `weakly corroborated`; absent when not known. */
  status?: string
}

export interface IssueJudgment {
  judgmentId: JudgmentId
  /** Its number among the brief's key judgments, 1-based. */
  number: number
  text: string
  /** E.g. `likely (55–80%)`; null when not said. */
  likelihood: string | null
  confidence: ConfidenceLevel | null
  confidenceReason: string
  supports: number
  contradicts: number
  alternatives: string
}

/** What an issue names, each part shown in place; none for an issue about the whole brief. */
export interface IssueAbout {
  judgment?: IssueJudgment
  sentence?: IssueSentence
  /** The sentence of the bottom line up front the issue is about. */
  bluf?: string
}

/** The opening words of a text in quotes, for a message that must say which one it means. */
export function excerpt(text: string): string {
  const words = text.trim().split(/\s+/)
  return `“${words.slice(0, 10).join(' ')}${words.length > 10 ? ' …' : ''}”`
}

function sourceLine({ source, role }: BriefAttribution): string {
  const name = source.source?.name ?? source.id
  const reliability = source.source ? (source.source.reliability ?? 'not graded') : 'not in the registry'
  return `${name} (${reliability}, ${role})`
}

function statusLabel(s: BriefSentence): string | undefined {
  const { status, derived, weak, override } = s.corroboration
  if (status === 'not-applicable') return undefined
  if (weak) return 'weakly corroborated'
  return override && override.status !== derived
    ? `${status} (set by hand; the evidence shows ${derived})`
    : status
}

export function sentenceSubject(s: BriefSentence): IssueSentence {
  const subject: IssueSentence = {
    sentenceId: s.sentence.id,
    text: s.text,
    articleTitle: s.article.title,
    rating: s.rating,
    sources: s.attributions.map(sourceLine)
  }
  const status = statusLabel(s)
  if (status) subject.status = status
  return subject
}

/** A sentence known only as the far end of a judgment's evidence (an article outside the brief). */
export function evidenceSubject(sentenceId: SentenceId, side: BriefEvidenceSide): IssueSentence {
  const subject: IssueSentence = {
    sentenceId,
    text: side.text ?? '(no longer in the library)',
    rating: side.rating,
    sources: side.attributions.map(sourceLine)
  }
  if (side.articleTitle) subject.articleTitle = side.articleTitle
  return subject
}

export function judgmentSubject(j: BriefJudgment): IssueJudgment {
  const { judgment } = j
  return {
    judgmentId: judgment.id,
    number: j.number,
    text: judgment.text,
    likelihood: judgment.likelihood ? `${judgment.likelihood} (${j.likelihoodRange})` : null,
    confidence: judgment.confidence,
    confidenceReason: judgment.confidenceReason,
    supports: j.supports.length,
    contradicts: j.contradicts.length,
    alternatives: judgment.alternatives
  }
}
