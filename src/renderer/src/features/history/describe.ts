// Says in words what one history entry changed: a sentence's assessment or links, a case, a
// key judgment.
import { canonicalJson } from '@shared/history'
import { LEGACY_UPGRADE_ACTION } from '@shared/judgments/legacy'
import { CREDIBILITY_LABELS } from '@shared/scales'
import type { Assessment, Case, HistoryEntry, Judgment, Link, Source } from '@shared/model'

type Sources = ReadonlyMap<string, Pick<Source, 'name'>>

function sourceNames(a: Assessment | null, sources: Sources): string {
  const names = (a?.attributions ?? []).map((x) => sources.get(x.sourceId)?.name ?? 'a deleted source')
  return names.length ? names.join(', ') : 'none'
}

/** The differences between two versions of an assessment, one short phrase each. */
export function describeAssessmentChange(
  before: Assessment | null,
  after: Assessment | null,
  sources: Sources
): string[] {
  if (!after) return ['Grade removed']
  const changes: string[] = []
  if (sourceNames(before, sources) !== sourceNames(after, sources)) {
    changes.push(`Source: ${sourceNames(after, sources)}`)
  }
  if ((before?.credibility ?? null) !== after.credibility) {
    changes.push(
      after.credibility == null
        ? 'Credibility cleared'
        : `Credibility ${after.credibility} — ${CREDIBILITY_LABELS[after.credibility]}`
    )
  }
  if ((before?.claimType ?? 'claim') !== after.claimType) changes.push(`Claim type: ${after.claimType}`)
  // Rows written before key judgments were the case's own statements may still carry the mark.
  const marked = (a: Assessment | null) => (a as { keyJudgment?: boolean } | null)?.keyJudgment === true
  if (marked(before) !== marked(after)) {
    changes.push(
      marked(after) ? 'Marked as key judgment' : 'Key-judgment mark became a key judgment of its case'
    )
  }
  if ((before?.note ?? '') !== after.note)
    changes.push(after.note ? `Note: “${clip(after.note)}”` : 'Note cleared')
  const o1 = before?.corroborationOverride
  const o2 = after.corroborationOverride
  if (o1?.status !== o2?.status || o1?.reason !== o2?.reason) {
    changes.push(
      o2 ? `Corroboration set to ${o2.status}${o2.reason ? `: ${clip(o2.reason)}` : ''}` : 'Override removed'
    )
  }
  if (before && before.target.exact !== after.target.exact) changes.push('Sentence boundaries corrected')
  return changes.length ? changes : ['No visible change']
}

export function describeLinkChange(before: Link | null, after: Link | null): string {
  const link = after ?? before
  if (!link) return 'Link changed'
  const what =
    link.relation === 'contradicts'
      ? 'Contradicting'
      : link.relation === 'supports'
        ? 'Supporting'
        : 'Context'
  return after && !before ? `${what} link added` : !after ? `${what} link removed` : `${what} link moved`
}

/** What changed about a case: its name, its articles, its brief header. */
export function describeCaseChange(before: Case | null, after: Case | null): string[] {
  if (!after) return [`Deleted case “${before?.name ?? ''}”`]
  if (!before) return [`Created case “${after.name}”`]
  const changes: string[] = []
  if (before.name !== after.name) changes.push(`Renamed case “${before.name}” to “${after.name}”`)
  const added = after.articleIds.filter((id) => !before.articleIds.includes(id)).length
  const removed = before.articleIds.filter((id) => !after.articleIds.includes(id)).length
  if (added) changes.push(`${count(added, 'article')} added to case “${after.name}”`)
  if (removed) changes.push(`${count(removed, 'article')} removed from case “${after.name}”`)
  if (canonicalJson(before.header) !== canonicalJson(after.header))
    changes.push(`Edited the brief header of case “${after.name}”`)
  return changes.length ? changes : ['No visible change']
}

/** What changed about a key judgment, one short phrase each. */
export function describeJudgmentChange(before: Judgment | null, after: Judgment | null): string[] {
  if (!after) return [`Deleted key judgment “${clip(before?.text ?? '')}”`]
  if (!before)
    return [
      after.startedFrom
        ? `Started key judgment from a sentence: “${clip(after.text)}”`
        : `Added key judgment “${clip(after.text)}”`
    ]
  const changes: string[] = []
  if (before.text !== after.text) changes.push(`Edited key judgment: “${clip(after.text)}”`)
  if (before.likelihood !== after.likelihood)
    changes.push(after.likelihood ? `Likelihood: ${after.likelihood}` : 'Likelihood cleared')
  if (before.confidence !== after.confidence)
    changes.push(after.confidence ? `Confidence: ${after.confidence}` : 'Confidence cleared')
  if (before.confidenceReason !== after.confidenceReason) changes.push('Edited the reason for the confidence')
  if (before.assumptions !== after.assumptions) changes.push('Edited the assumptions')
  if (before.alternatives !== after.alternatives) changes.push('Edited the alternative explanations')
  const added = after.evidence.length - before.evidence.length
  if (added > 0) changes.push(`Added evidence (${count(added, 'item')})`)
  else if (added < 0) changes.push(`Removed evidence (${count(-added, 'item')})`)
  else if (canonicalJson(before.evidence) !== canonicalJson(after.evidence)) changes.push('Evidence moved')
  if (before.position !== after.position) changes.push(`Moved to key judgment ${after.position + 1}`)
  if (before.needsRewording && !after.needsRewording) changes.push('Reworded in the analyst’s own words')
  return changes.length ? changes : ['No visible change']
}

export function describeEntry(entry: HistoryEntry, sources: Sources): string[] {
  // A restore that kept the library's version, or an upgrade of the library, records a row as it
  // stands, changing nothing.
  if (entry.before !== null && canonicalJson(entry.before) === canonicalJson(entry.after)) {
    return [
      entry.action === 'upgrade-3'
        ? 'Recorded as it stood when the audit trail began to record states'
        : entry.action === LEGACY_UPGRADE_ACTION
          ? 'Recorded as it stood when sentences marked as key judgments became judgments of their cases'
          : 'Kept as it was when a backup was restored'
    ]
  }
  if (entry.entity === 'case')
    return describeCaseChange(entry.before as Case | null, entry.after as Case | null)
  if (entry.entity === 'judgment')
    return describeJudgmentChange(entry.before as Judgment | null, entry.after as Judgment | null)
  if (entry.entity === 'assessment') {
    return describeAssessmentChange(
      entry.before as Assessment | null,
      entry.after as Assessment | null,
      sources
    )
  }
  if (entry.entity === 'link')
    return [describeLinkChange(entry.before as Link | null, entry.after as Link | null)]
  return [`${entry.entity} changed`]
}

function count(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`
}

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
