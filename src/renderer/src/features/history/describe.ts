// Says in words what one history entry changed about a sentence's assessment or links.
import { canonicalJson } from '@shared/history'
import { CREDIBILITY_LABELS } from '@shared/scales'
import type { Assessment, HistoryEntry, Link, Source } from '@shared/model'

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
  if ((before?.keyJudgment ?? false) !== after.keyJudgment) {
    changes.push(after.keyJudgment ? 'Marked as key judgment' : 'No longer a key judgment')
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

export function describeEntry(entry: HistoryEntry, sources: Sources): string[] {
  // A restore that kept the library's version, or the upgrade that began binding records to the
  // trail, records a row as it stands, changing nothing.
  if (entry.before !== null && canonicalJson(entry.before) === canonicalJson(entry.after)) {
    return [
      entry.action === 'upgrade-3'
        ? 'Recorded as it stood when the audit trail began to record states'
        : 'Kept as it was when a backup was restored'
    ]
  }
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

function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
