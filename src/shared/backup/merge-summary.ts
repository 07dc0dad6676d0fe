// The lines the import dialog shows for a merge plan: counts first, then each thing the analyst
// should know about (conflicts, duplicates, skipped grades), in plain words.
import type { MergePlan, MergePolicy } from './merge'

export function summarise(plan: MergePlan): string[] {
  const lines: string[] = []
  const kept = (policy: MergePolicy) =>
    policy === 'library' ? 'keeping the library’s version' : 'taking the backup’s version'

  const { articles } = plan
  lines.push(
    ...countLine(
      'article',
      'articles',
      articles.added.length,
      articles.identical.length + articles.duplicates.length
    )
  )
  for (const c of articles.conflicts) {
    const reason = c.reason ? ` (${c.reason})` : ''
    lines.push(
      `Article “${c.title}” differs from the library’s copy (${c.differs.join(', ')}): ${kept(c.kept)}${reason}`
    )
  }
  for (const d of articles.duplicates) {
    const name =
      d.title === d.libraryTitle ? `“${d.title}”` : `“${d.title}” (“${d.libraryTitle}” in the library)`
    const records = gradesAndLinks(d.assessments, d.links)
    const fate = !records
      ? ''
      : d.matched
        ? `; its ${records} go to the library’s copy`
        : `; its ${records} are skipped, as the library’s copy is split into sentences differently`
    lines.push(`${name} is already in the library under another id (same text): not added again${fate}`)
  }

  lines.push(...countLine('source', 'sources', plan.sources.added.length, plan.sources.identical.length))
  for (const c of plan.sources.conflicts) {
    lines.push(`Source “${c.library.name}” differs from the library’s: ${kept(c.kept)}`)
  }
  for (const { backup, library } of plan.sources.possibleDuplicates) {
    lines.push(
      `Possible duplicate source: “${backup.name}” from the backup has the same name as “${library.name}” in the library; added as a separate source`
    )
  }

  for (const [merge, one, many] of [
    [plan.assessments, 'grade', 'grades'],
    [plan.links, 'link', 'links'],
    [plan.cases, 'case', 'cases'],
    [plan.judgments, 'key judgment', 'key judgments']
  ] as const) {
    lines.push(...countLine(one, many, merge.added.length, merge.identical.length))
    if (merge.conflicts.length > 0) {
      lines.push(
        `${count(merge.conflicts.length, `${one} differs`, `${many} differ`)} from the library’s: ${kept(plan.prefer)}`
      )
    }
  }
  const skipped = plan.skipped.assessments.length + plan.skipped.links.length
  if (skipped > 0) {
    lines.push(
      `Skipped, as their sentences are not in the library: ${gradesAndLinks(plan.skipped.assessments.length, plan.skipped.links.length)}`
    )
  }

  const evidence = plan.skipped.evidence.length
  if (evidence > 0) {
    lines.push(
      `Key judgments restored without ${count(evidence, 'piece', 'pieces')} of their evidence, as ${evidence === 1 ? 'its sentence is' : 'their sentences are'} not in the library`
    )
  }

  const whose = (chain: string | null) =>
    chain === null
      ? 'this library’s own chain'
      : chain.startsWith('unsigned-')
        ? 'the unsigned backup’s chain'
        : `the chain of workspace ${chain}`
  for (const joined of plan.history.joined) {
    lines.push(
      joined.added > 0
        ? `Audit trail: ${count(joined.added, 'entry', 'entries')} of ${whose(joined.chain)} added${joined.present > 0 ? ` (${joined.present} already here)` : ''}, kept beside this library’s own`
        : `Audit trail: ${whose(joined.chain)} is already here (${count(joined.present, 'entry', 'entries')})`
    )
  }
  for (const chain of plan.history.diverged) {
    lines.push(
      `Audit trail: the backup’s entries of ${whose(chain)} do not continue what this library holds of it; they are not added`
    )
  }

  const w = plan.write
  const written =
    w.articles.length +
    w.sources.length +
    w.assessments.length +
    w.links.length +
    w.cases.length +
    w.judgments.length
  if (written === 0) {
    const conflicts = articles.conflicts.length + plan.sources.conflicts.length
    const differences =
      conflicts +
      plan.assessments.conflicts.length +
      plan.links.conflicts.length +
      plan.cases.conflicts.length +
      plan.judgments.conflicts.length
    lines.unshift(
      differences + skipped + articles.duplicates.length > 0
        ? 'Nothing to add'
        : 'Nothing new: the library already holds everything in this backup'
    )
  }
  return lines
}

/** `3 articles to add, 1 already in the library`; nothing when both are zero. */
function countLine(one: string, many: string, added: number, present: number): string[] {
  if (added === 0 && present === 0) return []
  const parts: string[] = []
  if (added > 0) parts.push(`${count(added, one, many)} to add`)
  if (present > 0)
    parts.push(
      added > 0 ? `${present} already in the library` : `${count(present, one, many)} already in the library`
    )
  return [parts.join(', ')]
}

/** `3 grades and 2 links`, `1 link`, or '' when both are zero. */
function gradesAndLinks(grades: number, links: number): string {
  const parts: string[] = []
  if (grades > 0) parts.push(count(grades, 'grade', 'grades'))
  if (links > 0) parts.push(count(links, 'link', 'links'))
  return parts.join(' and ')
}

export function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}
