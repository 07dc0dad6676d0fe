// The brief check's rules for key judgments (ICD 203): every judgment traceable to sourced
// evidence, High confidence only on well-corroborated support, an alternative wherever the
// evidence is contested, and likelihood said with the seven terms, apart from confidence.
import { sameOrigin } from '../corroboration'
import type { Source, SourceId } from '../model'
import type { BriefIssue } from './check'
import {
  mixedMessage,
  mixedSentences,
  nonStandardLikelihoodWords,
  outsideSevenMessage,
  sentencesOf
} from './estimative'
import { evidenceSubject, excerpt, judgmentSubject, sentenceSubject, type IssueAbout } from './issue-subject'
import type { BriefJudgment, BriefJudgmentEvidence } from './model'

const uniq = <T>(items: Iterable<T>): T[] => [...new Set(items)]

function named(j: BriefJudgment): string {
  const text = j.judgment.text.trim()
  return text ? `Key judgment ${j.number} ${excerpt(text)}` : `Key judgment ${j.number}`
}

const sourceIdsOf = (e: BriefJudgmentEvidence): SourceId[] =>
  uniq(e.other.attributions.map((a) => a.source.id))

function sourceNames(items: BriefJudgmentEvidence[]): string {
  return uniq(
    items.flatMap((e) => e.other.attributions.map((a) => a.source.source?.name ?? a.source.id))
  ).join(', ')
}

const HIGH_NEEDS =
  'High confidence needs well-corroborated support: at least two strong items (a source graded A–C, ' +
  'information graded 1–3) with no source in common.'

/**
 * Why High confidence is not borne out by the support, or undefined when it is: it needs two
 * strong supporting items with no source in common — independence as corroboration defines it,
 * one origin reported twice being one report. Anything less is circular, single-source, weak or
 * unsourced support, and ICD 203's High confidence means well-corroborated information.
 */
function highConfidenceProblem(
  j: BriefJudgment,
  sourcesById: ReadonlyMap<SourceId, Source>
): string | undefined {
  const supports = j.supports.filter((e) => !e.missing)
  const strong = supports.filter((e) => e.strength === 'strong' && sourceIdsOf(e).length > 0)
  const independent = (a: BriefJudgmentEvidence, b: BriefJudgmentEvidence) =>
    !sourceIdsOf(a).some((x) => sourceIdsOf(b).some((y) => sameOrigin(x, y, sourcesById)))
  if (strong.some((a) => strong.some((b) => a !== b && independent(a, b)))) return undefined

  const held = `${named(j)} is held with High confidence`
  if (supports.length === 0) return `${held}, but nothing supports it. ${HIGH_NEEDS}`
  if (strong.length === 0) {
    const reasons = uniq(supports.flatMap((e) => (e.weakReasons.length > 0 ? e.weakReasons : ['no source'])))
    return `${held}, but every supporting item is weak or unsourced (${reasons.join(', ')}). ${HIGH_NEEDS}`
  }
  if (strong.length > 1) {
    return (
      `${held}, but its strong support is circular: every strong item shares its origin ` +
      `(${sourceNames(strong)}). Repetition is not corroboration. ${HIGH_NEEDS}`
    )
  }
  return (
    `${held}, but it rests on one strong item (${sourceNames(strong)}) and nothing strong and ` +
    `independent of it corroborates it. ${HIGH_NEEDS}`
  )
}

/** The evidence shows a contradiction: an item against the judgment, or a supporting sentence that is itself contested. */
function contestedParts(j: BriefJudgment): string[] {
  const against = j.contradicts.filter((e) => !e.missing)
  const contestedSupport = j.supports.filter((e) =>
    e.sentence
      ? e.sentence.corroboration.derived === 'contested' || e.sentence.corroboration.status === 'contested'
      : e.assessment?.corroborationOverride?.status === 'contested'
  )
  const parts: string[] = []
  if (against.length > 0) {
    parts.push(`${against.length} ${against.length === 1 ? 'item contradicts it' : 'items contradict it'}`)
  }
  for (const e of contestedSupport)
    parts.push(`${excerpt(e.other.text ?? '')}, which supports it, is itself contradicted`)
  return parts
}

/** The issues of one key judgment: its wording, its evidence, its confidence, its likelihood. */
export function checkJudgment(j: BriefJudgment, sourcesById: ReadonlyMap<SourceId, Source>): BriefIssue[] {
  const { judgment } = j
  const judgmentId = judgment.id
  const about: IssueAbout = { judgment: judgmentSubject(j) }
  const issues: BriefIssue[] = []
  const warn = (code: BriefIssue['code'], message: string) =>
    issues.push({ code, severity: 'warning', judgmentId, message, about })
  const name = named(j)

  if (!judgment.text.trim())
    warn('judgment-without-text', `${name} has no text: write the judgment in your own words.`)
  if (judgment.needsRewording) {
    warn(
      'judgment-needs-rewording',
      `${name} is still in the article’s words: put it in your own words, as the analyst’s judgment.`
    )
  }
  const hedges = uniq(sentencesOf(judgment.text).flatMap(nonStandardLikelihoodWords))
  if (hedges.length > 0) warn('likelihood-outside-seven-terms', outsideSevenMessage(name, hedges))
  for (const mix of mixedSentences(judgment.text)) {
    warn('confidence-and-likelihood-mixed', mixedMessage(`${name}: the sentence`, mix))
  }

  const evidence = [...j.supports, ...j.contradicts]
  if (evidence.every((e) => e.missing)) {
    warn(
      'judgment-without-evidence',
      `${name} cites no evidence: attach the sentences or citations it rests on, so the reader can trace it.`
    )
  }
  for (const e of evidence) {
    const role = e.relation === 'supports' ? 'supporting' : 'contradicting'
    const ungraded = e.weakReasons.filter((r) => r === 'source not graded' || r === 'credibility not graded')
    if (e.evidence.target.kind === 'external') {
      const source = e.other.attributions[0]?.source
      if (ungraded.length > 0 && source) {
        warn(
          'ungraded-evidence',
          `${name} cites ${excerpt(e.evidence.target.citation)} as ${role} evidence, but its source, ` +
            `${source.source?.name ?? source.id}, is not graded yet: the reader cannot weigh it.`
        )
      }
      continue
    }
    const sentenceId = e.evidence.target.sentenceId
    const sentence = e.sentence ? sentenceSubject(e.sentence) : evidenceSubject(sentenceId, e.other)
    const item = (code: BriefIssue['code'], message: string) =>
      issues.push({
        code,
        severity: 'warning',
        judgmentId,
        sentenceId,
        message,
        about: { ...about, sentence }
      })
    if (e.missing) {
      item(
        'judgment-evidence-missing',
        `${name} cites a ${role} sentence that is no longer in the library (its article was deleted).`
      )
    } else if (e.unsourced) {
      item(
        'unsourced-evidence',
        `${name} cites ${excerpt(e.other.text ?? '')} as ${role} evidence, but no source is ` +
          'attributed to that sentence: it cannot be traced. Name its source, or cite something sourced.'
      )
    } else if (ungraded.length > 0) {
      item(
        'ungraded-evidence',
        `${name} cites ${excerpt(e.other.text ?? '')} as ${role} evidence, but it is not fully graded ` +
          `(${ungraded.join(', ')}): the reader cannot weigh it.`
      )
    }
  }

  if (judgment.confidence === null) {
    warn(
      'judgment-without-confidence',
      `${name} has no confidence level: say High, Moderate or Low, and why (ICD 203).`
    )
  } else if (!judgment.confidenceReason.trim()) {
    warn(
      'confidence-without-reason',
      `${name} is held with ${judgment.confidence} confidence but does not say why: name the sources and reasoning behind it.`
    )
  }
  if (judgment.confidence === 'High') {
    const problem = highConfidenceProblem(j, sourcesById)
    if (problem) warn('high-confidence-without-independent-strong-support', problem)
  }
  const contested = contestedParts(j)
  if (contested.length > 0 && !judgment.alternatives.trim()) {
    warn(
      'contested-without-alternative',
      `${name} rests on contested evidence (${contested.join('; ')}) but presents no alternative ` +
        'explanation: write one under Alternatives, or say why the contradiction does not hold.'
    )
  }
  if (judgment.likelihood === null) {
    issues.push({
      code: 'judgment-without-likelihood',
      severity: 'info',
      judgmentId,
      message: `${name} states no likelihood: when it estimates what is or will be, pick one of the seven terms.`,
      about
    })
  }
  return issues
}
