// An external citation as evidence (a report, a dataset, imagery): checked once here, so the
// inspector's form and the database refuse the same things with the same words.
import type { ISODate, LinkTarget, SourceId } from '../model'

export type ExternalTarget = Extract<LinkTarget, { kind: 'external' }>

export interface CitationDraft {
  citation: string
  url?: string
  sourceId?: SourceId
  accessedOn?: ISODate
}

/** Only web addresses open in the system browser (DESIGN.md §4); anything else is refused. */
export function citationUrlProblem(url: string): string | undefined {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `Address “${url}” is not a web address (it must start with http:// or https://).`
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    return `Address “${url}” must start with http:// or https://, not ${parsed.protocol}.`
  }
  return undefined
}

function dateProblem(date: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  // A day past the month's end rolls over (or is invalid): round-tripping the date catches both.
  const parsed = match ? new Date(`${date}T00:00:00Z`) : undefined
  const valid =
    parsed &&
    !Number.isNaN(parsed.getTime()) &&
    parsed.toISOString().slice(0, 10) === date &&
    Number(match![1]) > 1900
  return valid ? undefined : `Accessed date “${date}” is not a date (YYYY-MM-DD).`
}

/** The stored target, trimmed, or the first problem with the draft as a message naming the field. */
export function citationTarget(
  draft: CitationDraft
): { ok: true; target: ExternalTarget } | { ok: false; error: string } {
  const citation = draft.citation.trim()
  if (!citation) return { ok: false, error: 'Citation: say what is cited (title, author, date).' }
  const url = draft.url?.trim() || undefined
  const accessedOn = draft.accessedOn?.trim() || undefined
  const problem = (url && citationUrlProblem(url)) || (accessedOn && dateProblem(accessedOn))
  if (problem) return { ok: false, error: problem }
  const target: ExternalTarget = { kind: 'external', citation }
  if (url) target.url = url
  if (draft.sourceId) target.sourceId = draft.sourceId
  if (accessedOn) target.accessedOn = accessedOn
  return { ok: true, target }
}
