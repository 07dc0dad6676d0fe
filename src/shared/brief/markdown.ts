// Markdown brief, v1 (GFM: tables and footnotes). Every judgment in it names its graded sources;
// the same text feeds the print view, so it must stay plain, deterministic GFM.
import type { ISODate, ISODateTime } from '../model'
import { CONFIDENCE_LABELS, CREDIBILITY_LABELS, LIKELIHOOD_RANGES, RELIABILITY_LABELS } from '../scales'
import { numberRanges, shownRuns } from './condense'
import { dateInWords, dateTimeInWords } from './dates'
import { escapeMarkdown as escapeOnce, markdownLink } from './escape'
import {
  buildBrief,
  CLAIM_STATUSES,
  type BriefAttribution,
  type BriefCitation,
  type BriefEvidence,
  type BriefEvidenceSide,
  type BriefInput,
  type BriefJudgment,
  type BriefJudgmentEvidence,
  type BriefModel,
  type BriefSentence,
  type BriefSource,
  type ClaimStatus
} from './model'
import { isLong, sameParagraph, worthShowing } from './shown'
import {
  articleReference,
  contextLabel,
  corroborationLine,
  plural,
  reliabilityText,
  sourceName,
  statusWord,
  type ReferenceMarkup
} from './wording'

export type { BriefArticle, BriefInput, ExternalSentence } from './model'
export { STATUS_LABELS } from './wording'

/**
 * Escaping is most of a long brief's rendering, and a sentence is quoted in several sections (its
 * claim, the evidence of others, the annotated text, the gaps): within one rendering, each text is
 * escaped once. Cleared after every rendering, so nothing is kept between briefs.
 */
const escaped = new Map<string, string>()
function escapeMarkdown(text: string): string {
  let result = escaped.get(text)
  if (result === undefined) {
    result = escapeOnce(text)
    escaped.set(text, result)
  }
  return result
}

export const CLAIM_HEADINGS: Record<ClaimStatus, string> = {
  corroborated: 'Corroborated',
  'weakly-corroborated': 'Weakly corroborated',
  contested: 'Contested',
  circular: 'Circular reporting',
  uncorroborated: 'Uncorroborated'
}

/** `26 November 2026, 15:30 UTC`; the input unchanged when it is not a date. */
const formatDateTime = (iso: ISODateTime): string => dateTimeInWords(iso) ?? escapeMarkdown(iso)

/** `31 January 2025`; the input unchanged when it is not a calendar date. */
const formatDate = (date: ISODate): string => dateInWords(date) ?? escapeMarkdown(date)

const marker = (rating: string): string => (rating ? ` **[${rating}]**` : '')
/** Quotes a sentence; one that is itself a quotation keeps its own marks instead of doubling them. */
const quote = (text: string): string =>
  /^[“"‘'«„]/.test(text) ? escapeMarkdown(text) : `“${escapeMarkdown(text)}”`
/** `Name[^s1], Name[^s2]` — short form for lists and table cells. */
function sourceRefs(attributions: readonly BriefAttribution[]): string {
  const seen = new Set<string>()
  return attributions
    .filter(({ source }) => !seen.has(source.id) && seen.add(source.id))
    .map(({ source }) => `${sourceName(source, escapeMarkdown)}[^${source.footnote}]`)
    .join(', ')
}

/** Where a sentence stands, for readers of a multi-article brief. */
function whereLabel(model: BriefModel, s: BriefSentence): string {
  const place = `sentence ${s.sentence.index + 1}`
  return model.articles.length > 1 ? `${escapeMarkdown(s.article.title)}, ${place}` : place
}

/** The far end of a piece of evidence: the quoted sentence or the citation, and its sources. */
function sideText(other: BriefEvidenceSide): string {
  let text: string
  if (other.external) {
    // The address, source and accessed date are in the citation's footnote.
    text = `${escapeMarkdown(other.external.citation)}[^${other.external.footnote}]`
  } else if (other.text !== undefined) {
    text = quote(other.text) + marker(other.rating)
    if (other.articleTitle) text += ` — _${escapeMarkdown(other.articleTitle)}_`
  } else {
    text = `sentence ${escapeMarkdown(other.sentenceId ?? '')} (not included)` + marker(other.rating)
  }
  const refs = sourceRefs(other.attributions)
  return refs ? `${text} — ${refs}` : `${text} — no source attributed`
}

const noteText = (note: string): string => (note.trim() ? ` — note: ${escapeMarkdown(note)}` : '')

/** One end of a piece of evidence, on one line, with the link's own note. */
function evidenceText({ other, link }: BriefEvidence): string {
  return sideText(other) + noteText(link.note)
}

export const INDEPENDENCE_NOTES: Record<BriefEvidence['independence'], string> = {
  independent: 'independent',
  circular: 'shares a source: not corroboration',
  unsourced: 'no source: cannot show independence',
  'claim-unsourced': 'this sentence has no source: cannot show independence',
  'n/a': ''
}

/** `Supported by (independent)`, or with why a weak independent item is weak. */
function supportLabel(e: BriefEvidence): string {
  const weak = e.independence === 'independent' && e.strength === 'weak'
  return weak
    ? `Supported by (independent but weak: ${e.weakReasons.join(', ')})`
    : `Supported by (${INDEPENDENCE_NOTES[e.independence]})`
}

/** A context link, from the side of the sentence it is listed under. */
function header(model: BriefModel): string[] {
  const lines: string[] = []
  if (model.handling) lines.push(`**${escapeMarkdown(model.handling)}**`, '')
  lines.push(`# ${escapeMarkdown(model.title) || 'Untitled brief'}`, '')
  const about = [
    model.caseName?.trim() && `Case: ${escapeMarkdown(model.caseName)}`,
    model.audience?.trim() && `For: ${escapeMarkdown(model.audience)}`,
    model.date?.trim() && `Date: ${formatDate(model.date.trim())}`
  ].filter(Boolean)
  if (about.length) lines.push(about.join(' · '), '')
  let dateLine = `Generated ${formatDateTime(model.generatedAt)}`
  if (model.analyst) dateLine += ` · Analyst: ${escapeMarkdown(model.analyst)}`
  lines.push(dateLine, '')
  if (model.bluf?.trim()) {
    lines.push('## Bottom line up front', '')
    for (const paragraph of model.bluf.split(/\n\s*\n/)) {
      if (paragraph.trim()) lines.push(escapeMarkdown(paragraph), '')
    }
  }
  return lines
}

/** How the Markdown writes an article's reference (see articleReference). */
const REFERENCE_MARKUP: ReferenceMarkup = {
  escape: escapeMarkdown,
  strong: (text) => `**${text}**`,
  link: markdownLink,
  code: (text) => `\`${text}\``,
  formatDate
}

function articlesSection(model: BriefModel): string[] {
  const items = model.articles.map(
    ({ article }, i) => `${i + 1}. ${articleReference(article, REFERENCE_MARKUP)}`
  )
  return ['## Articles', '', ...items, '']
}

/** A piece of a judgment's evidence: what it is, where it stands, what it weighs, the analyst's note. */
function judgmentEvidenceText(model: BriefModel, e: BriefJudgmentEvidence): string {
  if (e.missing) {
    return `a sentence no longer in the library (${escapeMarkdown(e.other.sentenceId ?? '')})${noteText(e.evidence.note)}`
  }
  let text = sideText(e.other)
  if (e.sentence) {
    const status = statusWord(e.sentence)
    text += ` (${whereLabel(model, e.sentence)}${status ? `; ${status}` : ''})`
  }
  const reasons = e.weakReasons.filter((r) => !(e.unsourced && r === 'no source'))
  if (e.strength === 'weak' && reasons.length) text += ` _(weak: ${reasons.join(', ')})_`
  return text + noteText(e.evidence.note)
}

/** The analyst's free text under a judgment, or nothing when they wrote none. */
function writtenLine(label: string, text: string): string[] {
  return text.trim() ? [`   - ${label}: ${escapeMarkdown(text)}`] : []
}

/**
 * One key judgment: the analyst's statement, then its likelihood and its confidence on lines of
 * their own (ICD 203 keeps the two apart), the evidence on both sides, and what it assumes.
 */
function judgmentLines(model: BriefModel, j: BriefJudgment): string[] {
  const { judgment } = j
  const lines = [`${j.number}. **${escapeMarkdown(judgment.text) || 'Judgment not written yet'}**`]
  if (judgment.needsRewording) lines.push("   - **Needs rewording:** still in the article's words")
  lines.push(
    `   - Likelihood: ${judgment.likelihood ? `${judgment.likelihood} (${LIKELIHOOD_RANGES[judgment.likelihood]})` : 'not stated'}`
  )
  if (judgment.confidence) {
    const reason = judgment.confidenceReason.trim()
    lines.push(
      `   - Confidence: ${judgment.confidence}. ${reason ? `Reason: ${escapeMarkdown(reason)}` : 'No reason given.'}`
    )
  } else {
    lines.push('   - Confidence: not stated')
    lines.push(...writtenLine('Reason', judgment.confidenceReason))
  }
  if (j.supports.length === 0 && j.contradicts.length === 0) lines.push('   - Evidence: **none cited**')
  for (const e of j.supports) lines.push(`   - Supported by: ${judgmentEvidenceText(model, e)}`)
  for (const e of j.contradicts) lines.push(`   - Contradicted by: ${judgmentEvidenceText(model, e)}`)
  lines.push(...writtenLine('Assumptions', judgment.assumptions))
  lines.push(...writtenLine('Alternative explanations', judgment.alternatives))
  return lines
}

function keyJudgments(model: BriefModel): string[] {
  const lines = ['## Key judgments', '']
  if (model.judgments.length === 0) return [...lines, '_No key judgment is written yet._', '']
  for (const j of model.judgments) lines.push(...judgmentLines(model, j))
  lines.push('')
  return lines
}

function sourcesTable(model: BriefModel): string[] {
  const lines = ['## Sources', '']
  if (model.sources.length === 0) return [...lines, '_No source is attributed yet._', '']
  lines.push('| Source | Kind | Reliability | Used in |', '| --- | --- | --- | --- |')
  for (const s of model.sources) {
    const used = [
      s.sentenceCount > 0 && plural(s.sentenceCount, 'sentence'),
      s.evidenceCount > 0 && `${plural(s.evidenceCount, 'evidence link')}`
    ]
      .filter(Boolean)
      .join(', ')
    const kind = s.source ? escapeMarkdown(s.source.kind) : 'unknown'
    lines.push(
      `| ${sourceName(s, escapeMarkdown)}[^${s.footnote}] | ${kind} | ${reliabilityText(s, escapeMarkdown)} | ${used || '—'} |`
    )
  }
  lines.push('')
  return lines
}

function claimLine(model: BriefModel, s: BriefSentence): string {
  const refs = sourceRefs(s.attributions)
  return `${quote(s.text)}${marker(s.rating)}${refs ? ` — ${refs}` : ''} (${whereLabel(model, s)})`
}

function claimsSection(model: BriefModel): string[] {
  const lines = ['## Claims by corroboration', '']
  for (const status of CLAIM_STATUSES) {
    const claims = model.claims[status]
    lines.push(`### ${CLAIM_HEADINGS[status]} (${claims.length})`, '')
    if (claims.length === 0) {
      lines.push('_None._', '')
      continue
    }
    if (status === 'contested') {
      lines.push(...contestedTable(model, claims))
      continue
    }
    for (const s of claims) {
      lines.push(`- ${claimLine(model, s)}`)
      if (s.corroboration.override) lines.push(`  - Corroboration: ${corroborationLine(s, escapeMarkdown)}`)
      for (const e of s.supports) lines.push(`  - ${supportLabel(e)}: ${evidenceText(e)}`)
    }
    lines.push('')
  }
  return lines
}

/** Several items in one table cell: GFM cells hold no lists, so each item opens with a bullet. */
const cellItems = (items: readonly string[]): string => items.map((item) => `• ${item}`).join(' ')

/**
 * One row per contested claim, so the heading's count is the number of rows: the claim, what
 * supports it (from any article, weak or circular items marked) and what contradicts it, side by side.
 */
function contestedTable(model: BriefModel, claims: readonly BriefSentence[]): string[] {
  const lines = ['| Claim | Supported by | Contradicted by |', '| --- | --- | --- |']
  for (const s of claims) {
    const support = s.supports.map((e) => {
      const label = supportLabel(e).replace(/^Supported by /, '')
      return `${evidenceText(e)} ${label === '(independent)' ? '' : `_${label}_`}`.trimEnd()
    })
    const against = s.contradicts.length
      ? cellItems(s.contradicts.map(evidenceText))
      : `_Analyst override: ${corroborationLine(s, escapeMarkdown)}_`
    lines.push(
      `| ${claimLine(model, s)} | ${support.length ? cellItems(support) : '_Nothing._'} | ${against} |`
    )
  }
  lines.push('')
  return lines
}

/** Every analyst note and context link, so nothing written about a sentence is left out. */
function notesSection(model: BriefModel): string[] {
  const lines = ['## Notes and context', '']
  if (model.notes.length === 0) return [...lines, '_No notes or context links._', '']
  for (const s of model.notes) {
    lines.push(`- ${claimLine(model, s)}`)
    const note = s.assessment?.note.trim()
    if (note) lines.push(`  - Note: ${escapeMarkdown(note)}`)
    for (const e of s.context) lines.push(`  - ${contextLabel(e)}: ${evidenceText(e)}`)
  }
  lines.push('')
  return lines
}

/** What the brief is asked to include beyond its default. */
export interface BriefOptions {
  /**
   * Every sentence in the annotated text, however long the brief. By default a long brief
   * (condense.ts) shows the graded sentences, each with the sentence before and after it when
   * they are in its paragraph.
   */
  fullText?: boolean
}

const leftOutLine = (n: number): string => `_… ${plural(n, 'ungraded sentence')} left out …_`

/** Consecutive sentences of an article as paragraphs: a line of the original text is a paragraph. */
function runLines(
  article: BriefModel['articles'][number]['article'],
  run: readonly BriefSentence[]
): string[] {
  const lines: string[] = []
  let paragraph: BriefSentence[] = []
  let listOpen = false
  const flush = (): void => {
    if (paragraph.length === 0) return
    const body = paragraph.map((s) => escapeMarkdown(s.text) + marker(s.rating)).join(' ')
    lines.push(paragraph.every((s) => s.sentence.kind === 'quote') ? `> ${body}` : body, '')
    paragraph = []
  }
  run.forEach((s, i) => {
    const previous = run[i - 1]
    const newLine = !previous || !sameParagraph(article.text, previous, s)
    if (s.sentence.kind !== 'list-item' && listOpen) {
      lines.push('')
      listOpen = false
    }
    if (s.sentence.kind === 'heading') {
      flush()
      lines.push(`### ${escapeMarkdown(s.text)}${marker(s.rating)}`, '')
    } else if (s.sentence.kind === 'list-item') {
      flush()
      lines.push(`- ${escapeMarkdown(s.text)}${marker(s.rating)}`)
      listOpen = true
    } else {
      if (newLine) flush()
      paragraph.push(s)
    }
  })
  flush()
  if (listOpen) lines.push('')
  return lines
}

/**
 * The articles' text with each sentence's rating. A long brief shows the graded sentences with
 * the sentence before and after each in the same paragraph, and says how many it leaves out and
 * where.
 */
function annotatedText(model: BriefModel, options: BriefOptions): string[] {
  const condense = !options.fullText && isLong(model)
  const shown = model.articles.map(({ article, sentences }): [number, number][] =>
    condense
      ? shownRuns(sentences.map(worthShowing), (i) =>
          sameParagraph(article.text, sentences[i - 1]!, sentences[i]!)
        )
      : [[0, sentences.length]]
  )
  const total = model.articles.reduce((n, a) => n + a.sentences.length, 0)
  const leftOut = total - shown.flat().reduce((n, [start, end]) => n + end - start, 0)
  const lines = ['## Annotated text', '']
  if (leftOut > 0)
    lines.push(
      `_Graded sentences with the sentence before and after each in its paragraph: ${plural(leftOut, 'ungraded sentence')} of ${total} left out._`,
      ''
    )
  model.articles.forEach(({ article, sentences }, a) => {
    if (model.articles.length > 1) lines.push(`**${escapeMarkdown(article.title)}**`, '')
    let at = 0
    for (const [start, end] of shown[a]!) {
      if (start > at) lines.push(leftOutLine(start - at), '')
      lines.push(...runLines(article, sentences.slice(start, end)))
      at = end
    }
    if (at < sentences.length) lines.push(leftOutLine(sentences.length - at), '')
  })
  return lines
}

/** The sentences not yet assessed: quoted one by one, or in a long brief named by number ranges. */
function gapsSection(model: BriefModel): string[] {
  const lines = ['## Gaps', '']
  const total = model.articles.reduce(
    (n, a) => n + a.sentences.filter((s) => s.sentence.kind !== 'heading').length,
    0
  )
  if (model.gaps.length === 0) return [...lines, `All ${plural(total, 'sentence')} are assessed.`, '']
  if (!isLong(model)) {
    lines.push(`${model.gaps.length} of ${plural(total, 'sentence')} not yet assessed:`, '')
    for (const s of model.gaps) lines.push(`- ${whereLabel(model, s)}: ${quote(s.text)}`)
    lines.push('')
    return lines
  }
  lines.push(`${model.gaps.length} of ${plural(total, 'sentence')} not yet assessed, by sentence number:`, '')
  const numbersByArticle = new Map<string, number[]>()
  for (const s of model.gaps) {
    const numbers = numbersByArticle.get(s.article.id) ?? []
    numbers.push(s.sentence.index + 1)
    numbersByArticle.set(s.article.id, numbers)
  }
  for (const { article } of model.articles) {
    const numbers = numbersByArticle.get(article.id)
    if (!numbers) continue
    const where = model.articles.length > 1 ? `${escapeMarkdown(article.title)}: ` : ''
    const word = numbers.length === 1 ? 'sentence' : 'sentences'
    lines.push(`- ${where}${word} ${numberRanges(numbers)} (${plural(numbers.length, 'sentence')})`)
  }
  lines.push('')
  return lines
}

export const LIKELIHOOD_TERMS = Object.entries(LIKELIHOOD_RANGES)
  .map(([term, range]) => `_${term}_ (${range})`)
  .join(', ')
/** `_High_ (well-corroborated information …), _Moderate_ (…) or _Low_ (…)`, the UI's labels. */
export const CONFIDENCE_TERMS = (() => {
  const terms = Object.values(CONFIDENCE_LABELS).map((label) =>
    label.replace(/^(\w+) confidence: (.*)$/, '_$1_ ($2)')
  )
  return `${terms.slice(0, -1).join(', ')} or ${terms.at(-1)}`
})()

function methodology(): string[] {
  return [
    '## Methodology',
    '',
    'Each sentence is rated on the Admiralty system (STANAG 2511, AJP-2.1): a letter for the reliability of its primary source, then a number for the credibility of the information, e.g. **[B2]**. A ? in place of the letter, e.g. **[?2]**, means the source is not graded yet; a - marks a missing half, e.g. **[-2]** for a sentence without a source.',
    '',
    '| Reliability | Meaning |',
    '| --- | --- |',
    ...Object.entries(RELIABILITY_LABELS).map(([grade, label]) => `| ${grade} | ${label} |`),
    '',
    '| Credibility | Meaning |',
    '| --- | --- |',
    ...Object.entries(CREDIBILITY_LABELS).map(([grade, label]) => `| ${grade} | ${label} |`),
    '',
    `Key judgments are the analyst’s own statements, each with two separate estimates (ICD 203). Likelihood says how probable the judged event is, in one of seven terms: ${LIKELIHOOD_TERMS}. Confidence says how far the sources and the reasoning behind the judgment can be trusted: ${CONFIDENCE_TERMS}. The brief gives the two on separate lines, never in one sentence. A judgment started from an article’s sentence keeps that sentence’s words until the analyst rewrites it, and is marked as needing rewording.`,
    '',
    'Corroboration is derived from the analyst’s evidence links, never entered by hand: a claim is _contested_ when anything contradicts it (a contradiction is shown even when other sources support the claim), _corroborated_ when a supporting item comes from a source independent of the claim’s own (no source in common), _circular reporting_ when every sourced supporting item shares a source with it, and _uncorroborated_ otherwise. A sentence with no source is never corroborated: nothing can be shown independent of it. A corroborated claim is _weakly corroborated_ when every independent item that supports it is weak: its source graded D–F or not graded, or its information graded 4–6 or not graded. An analyst override is shown with its reason.',
    ''
  ]
}

/** `Citation. <address>. Source: Name (B — Usually reliable). Accessed 2026-11-27.` */
function citationFootnote(c: BriefCitation): string {
  let text = escapeMarkdown(c.citation)
  if (c.url) text += `. ${markdownLink(c.url, c.url)}`
  if (c.source)
    text += `. Source: ${sourceName(c.source, escapeMarkdown)} (${reliabilityText(c.source, escapeMarkdown)})`
  if (c.accessedOn) text += `. Accessed ${formatDate(c.accessedOn)}`
  return `[^${c.footnote}]: ${text}.`
}

function footnotes(model: BriefModel): string[] {
  const lines: string[] = []
  for (const c of model.citations) lines.push(citationFootnote(c), '')
  for (const s of model.sources) {
    const source = s.source
    if (!source) {
      lines.push(
        `[^${s.footnote}]: Unknown source (${escapeMarkdown(s.id)}): not in the source registry.`,
        ''
      )
      continue
    }
    let text = `**${escapeMarkdown(source.name)}** — ${escapeMarkdown(source.kind)}`
    if (source.affiliation) text += `, ${escapeMarkdown(source.affiliation)}`
    text += source.reliability
      ? `. Reliability ${source.reliability} (${RELIABILITY_LABELS[source.reliability]})`
      : '. Reliability not graded'
    text += source.reliabilityNote?.trim() ? `: ${escapeMarkdown(source.reliabilityNote)}.` : '.'
    if (source.aliases.length) text += ` Also: ${source.aliases.map(escapeMarkdown).join(', ')}.`
    if (source.description?.trim()) text += ` ${escapeMarkdown(source.description)}`
    lines.push(`[^${s.footnote}]: ${text}`, '')
  }
  return lines
}

/**
 * Sources in the order `text` first cites their footnotes, the rest after them as they were. GFM
 * renderers number footnotes by first reference, so a source table in this order reads 1, 2, 3…
 */
function inCitationOrder(sources: readonly BriefSource[], text: string): BriefSource[] {
  const rank = new Map<string, number>()
  for (const [, label] of text.matchAll(/\[\^([^\]\s]+)\]/g))
    if (!rank.has(label!)) rank.set(label!, rank.size)
  const order = (s: BriefSource): number => rank.get(s.footnote) ?? rank.size
  return [...sources].sort((a, b) => order(a) - order(b))
}

/** Renders a brief model as GFM. */
export function renderBriefModelMarkdown(model: BriefModel, options: BriefOptions = {}): string {
  try {
    return renderModel(model, options)
  } finally {
    escaped.clear()
  }
}

function renderModel(model: BriefModel, options: BriefOptions): string {
  const opening = [...header(model), ...articlesSection(model), ...keyJudgments(model)]
  const cited = { ...model, sources: inCitationOrder(model.sources, opening.join('\n')) }
  const lines = [
    ...opening,
    ...sourcesTable(cited),
    ...claimsSection(model),
    ...notesSection(model),
    ...annotatedText(model, options),
    ...gapsSection(model),
    ...methodology(),
    ...footnotes(cited)
  ]
  if (model.handling) lines.push(`**${escapeMarkdown(model.handling)}**`, '')
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  )
}

/** The brief as GFM. Deterministic: the same input always gives the same text. */
export function renderBriefMarkdown(input: BriefInput, options: BriefOptions = {}): string {
  return renderBriefModelMarkdown(buildBrief(input), options)
}

/**
 * `brief-<title slug>-<YYYY-MM-DD>.md`: letters, digits and hyphens only, so the name passes the
 * file-name rule (files/file-name) whatever the title holds: device names, bidi controls, dots.
 */
export function briefFileName(title: string, generatedAt: ISODateTime): string {
  let slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^brief(-|$)/, '')
  const chars = Array.from(slug)
  if (chars.length > 80) {
    const cut = chars.slice(0, 80).join('')
    slug = cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut
  }
  const date = /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0]
  return `${['brief', slug, date].filter(Boolean).join('-')}.md`
}
