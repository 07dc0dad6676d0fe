// What a brief says in words, the same in the Markdown and in the print view. Each renderer hands
// in how it escapes the analyst's and the sources' text (and, for an article's reference, its
// markup), so the wording is written once.
import type { Article, CorroborationStatus, ISODate } from '../model'
import { RELIABILITY_LABELS } from '../scales'
import type { BriefEvidence, BriefSentence, BriefSource } from './model'

type Escape = (text: string) => string

export const STATUS_LABELS: Record<CorroborationStatus, string> = {
  corroborated: 'corroborated',
  uncorroborated: 'uncorroborated',
  contested: 'contested',
  circular: 'circular reporting',
  'not-applicable': 'not applicable'
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`

export const contextLabel = (e: BriefEvidence): string =>
  e.direction === 'from' ? 'Context' : 'Gives context to'

export function sourceName(source: BriefSource, escape: Escape): string {
  return escape(source.source?.name ?? `Unknown source (${source.id})`)
}

export function reliabilityText(source: BriefSource, escape: Escape): string {
  const grade = source.source?.reliability
  return grade ? `${escape(grade)} — ${RELIABILITY_LABELS[grade]}` : 'not graded'
}

/** The sentence's corroboration in words, with the analyst's override and its reason. */
export function corroborationLine(s: BriefSentence, escape: Escape): string {
  const { status, derived, override } = s.corroboration
  let line = STATUS_LABELS[status]
  if (s.corroboration.weak) line = 'weakly corroborated (only weak items support it)'
  if (override) {
    const reason = override.reason.trim() ? escape(override.reason) : 'no reason given'
    line += ` (analyst override of derived “${STATUS_LABELS[derived]}”: ${reason})`
  }
  return line
}

/** The sentence's status as its claim line names it; none for what is not a claim. */
export function statusWord(s: BriefSentence): string | undefined {
  const { status, override } = s.corroboration
  if (status === 'not-applicable') return undefined
  const word = s.corroboration.weak ? 'weakly corroborated' : STATUS_LABELS[status]
  return override ? `${word} by analyst override` : word
}

/** How a renderer writes the parts of an article's reference. */
export interface ReferenceMarkup {
  escape: Escape
  strong: (text: string) => string
  link: (label: string, url: string) => string
  code: (text: string) => string
  formatDate: (date: ISODate) => string
}

/**
 * An article as a reference a reader can find again: title, outlet, author, publication date,
 * address, when it was added to the library (the date it was accessed) and its text's SHA-256.
 */
export function articleReference(article: Article, m: ReferenceMarkup): string {
  const title = m.strong(m.escape(article.title) || 'Untitled article')
  const byline = [
    article.outlet?.trim() && m.escape(article.outlet),
    article.author?.trim() && `by ${m.escape(article.author)}`,
    article.publishedAt?.trim() && `published ${m.formatDate(article.publishedAt.trim())}`
  ].filter(Boolean)
  const accessed = /^\d{4}-\d{2}-\d{2}/.exec(article.importedAt)?.[0]
  const parts = [
    byline.length ? `${title} — ${byline.join(', ')}` : title,
    article.url && m.link(article.url, article.url),
    accessed && `Accessed ${m.formatDate(accessed)}`,
    `Text SHA-256 ${m.code(article.origin.sha256.replace(/[^0-9a-f]/gi, ''))}`
  ].filter(Boolean)
  return `${parts.join('. ')}.`
}
