// The brief's print view as HTML, written straight from the brief model: the same sections,
// words, tables and footnotes as the Markdown (markdown.ts) shows once rendered, with no Markdown
// parsed and nothing to sanitise. Every text and attribute goes through one escaping function
// (html-escape.ts); the only elements are the ones written here, and the only links are the
// brief's own footnotes and the web addresses the Markdown writes as links.
import type { ISODate, ISODateTime } from '../model'
import { CREDIBILITY_LABELS, LIKELIHOOD_RANGES, RELIABILITY_LABELS } from '../scales'
import { BIDI_CONTROL } from '../text/bidi'
import { LISTED_CLAIMS, numberRanges, shownRuns } from './condense'
import { dateInWords, dateTimeInWords } from './dates'
import { escapeHtml } from './html-escape'
import {
  CLAIM_HEADINGS,
  CONFIDENCE_TERMS,
  INDEPENDENCE_NOTES,
  LIKELIHOOD_TERMS,
  type BriefOptions
} from './markdown'
import {
  CLAIM_STATUSES,
  type BriefAttribution,
  type BriefCitation,
  type BriefEvidence,
  type BriefEvidenceSide,
  type BriefJudgment,
  type BriefJudgmentEvidence,
  type BriefModel,
  type BriefSentence,
  type BriefSource
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

/** The body of the print view and the handling line its page margins repeat. */
export interface BriefHtml {
  body: string
  handling?: string
}

/**
 * Text as it reads in the brief: escaped, whitespace runs (newlines too) as one space, trimmed,
 * as the Markdown writes it on one line. The only way text enters the page.
 */
const text = (s: string): string => escapeHtml(s).replace(/\s+/g, ' ').trim()

/** Footnotes numbered in the order the page first refers to them, as GFM renderers number them. */
class Footnotes {
  private readonly refs = new Map<string, number>()
  /** Number of references made to each footnote, for its back-links. */
  readonly uses = new Map<string, number>()

  ref(label: string): string {
    const n = (this.uses.get(label) ?? 0) + 1
    this.uses.set(label, n)
    let number = this.refs.get(label)
    if (number === undefined) {
      number = this.refs.size + 1
      this.refs.set(label, number)
    }
    const id = n === 1 ? `footnote-ref-${label}` : `footnote-ref-${label}-${n}`
    return `<sup><a id="${escapeHtml(id)}" href="#footnote-${escapeHtml(label)}" data-footnote-ref aria-describedby="footnote-label">${number}</a></sup>`
  }

  /** The rank of a footnote among those referred to so far, or undefined. */
  rank(label: string): number | undefined {
    return this.refs.get(label)
  }
}

interface Context {
  model: BriefModel
  options: BriefOptions
  notes: Footnotes
}

/** `26 November 2026, 15:30 UTC`; the input unchanged when it is not a date. */
const formatDateTime = (iso: ISODateTime): string => text(dateTimeInWords(iso) ?? iso)

/** `31 January 2025`; the input unchanged when it is not a calendar date. */
const formatDate = (date: ISODate): string => text(dateInWords(date) ?? date)

const marker = (rating: string): string => (rating ? ` <strong>[${text(rating)}]</strong>` : '')
const quote = (s: string): string => (/^[“"‘'«„]/.test(s) ? text(s) : `“${text(s)}”`)
const em = (html: string): string => `<em>${html}</em>`

/**
 * A web address as a link, as the Markdown's markdownLink writes one: only http(s) addresses with
 * no space, angle bracket or backslash; anything else is printed as text beside its label.
 */
function link(label: string, url: string | undefined): string {
  if (!url || !/^https?:\/\/[^\s<>\\]+$/i.test(url))
    return url ? `${text(label)} (${text(url)})` : text(label)
  const target = url.replace(new RegExp(BIDI_CONTROL.source, 'g'), (c) => encodeURIComponent(c))
  let href: string
  try {
    // As GFM renderers write an address: percent-encoded, an existing escape kept as it is.
    href = encodeURI(target).replace(/%25/g, '%')
  } catch {
    return text(label)
  }
  return `<a href="${escapeHtml(href)}">${text(label) || text(target)}</a>`
}

function sourceRefs(c: Context, attributions: readonly BriefAttribution[]): string {
  const seen = new Set<string>()
  return attributions
    .filter(({ source }) => !seen.has(source.id) && seen.add(source.id))
    .map(({ source }) => `${sourceName(source, text)}${c.notes.ref(source.footnote)}`)
    .join(', ')
}

function whereLabel(c: Context, s: BriefSentence): string {
  const place = `sentence ${s.sentence.index + 1}`
  return c.model.articles.length > 1 ? `${text(s.article.title)}, ${place}` : place
}

function sideText(c: Context, other: BriefEvidenceSide): string {
  let html: string
  if (other.external) {
    html = `${text(other.external.citation)}${c.notes.ref(other.external.footnote)}`
  } else if (other.text !== undefined) {
    html = quote(other.text) + marker(other.rating)
    if (other.articleTitle) html += ` — ${em(text(other.articleTitle))}`
  } else {
    html = `sentence ${text(other.sentenceId ?? '')} (not included)` + marker(other.rating)
  }
  const refs = sourceRefs(c, other.attributions)
  return refs ? `${html} — ${refs}` : `${html} — no source attributed`
}

const noteText = (note: string): string => (note.trim() ? ` — note: ${text(note)}` : '')

const evidenceText = (c: Context, { other, link: l }: BriefEvidence): string =>
  sideText(c, other) + noteText(l.note)

function supportLabel(e: BriefEvidence): string {
  const weak = e.independence === 'independent' && e.strength === 'weak'
  return weak
    ? `Supported by (independent but weak: ${text(e.weakReasons.join(', '))})`
    : `Supported by (${INDEPENDENCE_NOTES[e.independence]})`
}

const p = (html: string): string => `<p>${html}</p>\n`
const h = (level: number, html: string): string => `<h${level}>${html}</h${level}>\n`
const list = (tag: 'ul' | 'ol', items: readonly string[]): string =>
  `<${tag}>\n${items.map((item) => `<li>${item}</li>\n`).join('')}</${tag}>\n`

function header(model: BriefModel): string {
  let html = ''
  if (model.handling) html += `<p class="handling"><strong>${text(model.handling)}</strong></p>\n`
  html += `<h1>${text(model.title) || 'Untitled brief'}</h1>\n`
  const about = [
    model.caseName?.trim() && `Case: ${text(model.caseName)}`,
    model.audience?.trim() && `For: ${text(model.audience)}`,
    model.date?.trim() && `Date: ${formatDate(model.date.trim())}`
  ].filter(Boolean)
  if (about.length) html += p(about.join(' · '))
  let dateLine = `Generated ${formatDateTime(model.generatedAt)}`
  if (model.analyst) dateLine += ` · Analyst: ${text(model.analyst)}`
  html += p(dateLine)
  if (model.bluf?.trim()) {
    html += h(2, 'Bottom line up front')
    for (const paragraph of model.bluf.split(/\n\s*\n/)) if (paragraph.trim()) html += p(text(paragraph))
  }
  return html
}

/** How the print view writes an article's reference (see articleReference). */
const REFERENCE_MARKUP: ReferenceMarkup = {
  escape: text,
  strong: (html) => `<strong>${html}</strong>`,
  link,
  code: (html) => `<code>${html}</code>`,
  formatDate
}

function articlesSection(model: BriefModel): string {
  return (
    h(2, 'Articles') +
    list(
      'ol',
      model.articles.map(({ article }) => articleReference(article, REFERENCE_MARKUP))
    )
  )
}

function judgmentEvidenceText(c: Context, e: BriefJudgmentEvidence): string {
  if (e.missing) {
    return `a sentence no longer in the library (${text(e.other.sentenceId ?? '')})${noteText(e.evidence.note)}`
  }
  let html = sideText(c, e.other)
  if (e.sentence) {
    const status = statusWord(e.sentence)
    html += ` (${whereLabel(c, e.sentence)}${status ? `; ${status}` : ''})`
  }
  const reasons = e.weakReasons.filter((r) => !(e.unsourced && r === 'no source'))
  if (e.strength === 'weak' && reasons.length) html += ` ${em(`(weak: ${text(reasons.join(', '))})`)}`
  return html + noteText(e.evidence.note)
}

const writtenLine = (label: string, s: string): string[] => (s.trim() ? [`${label}: ${text(s)}`] : [])

function judgmentItem(c: Context, j: BriefJudgment): string {
  const { judgment } = j
  const lines: string[] = []
  if (judgment.needsRewording) lines.push("<strong>Needs rewording:</strong> still in the article's words")
  lines.push(
    `Likelihood: ${judgment.likelihood ? `${text(judgment.likelihood)} (${LIKELIHOOD_RANGES[judgment.likelihood]})` : 'not stated'}`
  )
  if (judgment.confidence) {
    const reason = judgment.confidenceReason.trim()
    lines.push(
      `Confidence: ${text(judgment.confidence)}. ${reason ? `Reason: ${text(reason)}` : 'No reason given.'}`
    )
  } else {
    lines.push('Confidence: not stated', ...writtenLine('Reason', judgment.confidenceReason))
  }
  const statement = `<strong>${text(judgment.text) || 'Judgment not written yet'}</strong>`
  if (j.supports.length === 0 && j.contradicts.length === 0)
    lines.push('Evidence: <strong>none cited</strong>')
  for (const e of j.supports) lines.push(`Supported by: ${judgmentEvidenceText(c, e)}`)
  for (const e of j.contradicts) lines.push(`Contradicted by: ${judgmentEvidenceText(c, e)}`)
  lines.push(...writtenLine('Assumptions', judgment.assumptions))
  lines.push(...writtenLine('Alternative explanations', judgment.alternatives))
  return statement + list('ul', lines)
}

function keyJudgments(c: Context): string {
  const html = h(2, 'Key judgments')
  if (c.model.judgments.length === 0) return html + p(em('No key judgment is written yet.'))
  return (
    html +
    list(
      'ol',
      c.model.judgments.map((j) => judgmentItem(c, j))
    )
  )
}

const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  `<table>\n<thead>\n<tr>\n${head.map((cell) => `<th>${cell}</th>\n`).join('')}</tr>\n</thead>\n<tbody>` +
  rows.map((row) => `<tr>\n${row.map((cell) => `<td>${cell}</td>\n`).join('')}</tr>\n`).join('') +
  '</tbody></table>\n'

function sourcesTable(c: Context, sources: readonly BriefSource[]): string {
  const html = h(2, 'Sources')
  if (sources.length === 0) return html + p(em('No source is attributed yet.'))
  const rows = sources.map((s) => {
    const used = [
      s.sentenceCount > 0 && plural(s.sentenceCount, 'sentence'),
      s.evidenceCount > 0 && plural(s.evidenceCount, 'evidence link')
    ]
      .filter(Boolean)
      .join(', ')
    const kind = s.source ? text(s.source.kind) : 'unknown'
    return [`${sourceName(s, text)}${c.notes.ref(s.footnote)}`, kind, reliabilityText(s, text), used || '—']
  })
  return html + table(['Source', 'Kind', 'Reliability', 'Used in'], rows)
}

function claimLine(c: Context, s: BriefSentence): string {
  const refs = sourceRefs(c, s.attributions)
  return `${quote(s.text)}${marker(s.rating)}${refs ? ` — ${refs}` : ''} (${whereLabel(c, s)})`
}

/** A list item with the lines under it, as a tight Markdown list renders it. */
const withSubitems = (head: string, sub: readonly string[]): string =>
  sub.length ? head + list('ul', sub) : head

/** A claim with nothing under it: no override, no supporting item. */
const plainClaim = (s: BriefSentence): boolean => !s.corroboration.override && s.supports.length === 0

function claimItem(c: Context, s: BriefSentence): string {
  const head = claimLine(c, s)
  const sub: string[] = []
  if (s.corroboration.override) sub.push(`Corroboration: ${corroborationLine(s, text)}`)
  for (const e of s.supports) sub.push(`${supportLabel(e)}: ${evidenceText(c, e)}`)
  return withSubitems(head, sub)
}

function claimsSection(c: Context): string {
  let html = h(2, 'Claims by corroboration')
  for (const status of CLAIM_STATUSES) {
    const claims = c.model.claims[status]
    html += h(3, `${CLAIM_HEADINGS[status]} (${claims.length})`)
    if (claims.length === 0) {
      html += p(em('None.'))
      continue
    }
    if (status === 'contested') {
      html += contestedTable(c, claims)
      continue
    }
    const named = status === 'uncorroborated' && summariseClaims(c) ? claims.filter(plainClaim) : []
    const listed = named.length ? claims.filter((s) => !plainClaim(s)) : claims
    if (listed.length)
      html += list(
        'ul',
        listed.map((s) => claimItem(c, s))
      )
    if (named.length) {
      html += p(
        `${plural(named.length, 'claim')} with no evidence for or against, each quoted with its rating in the annotated text, by sentence number:`
      )
      html += list('ul', rangesByArticle(c.model, named))
    }
  }
  return html
}

/** Whether the uncorroborated claims are too many to quote: see LISTED_CLAIMS. */
const summariseClaims = (c: Context): boolean =>
  !c.options.fullText && isLong(c.model) && c.model.claims.uncorroborated.length > LISTED_CLAIMS

const cellItems = (items: readonly string[]): string => items.map((item) => `• ${item}`).join(' ')

function contestedTable(c: Context, claims: readonly BriefSentence[]): string {
  const rows = claims.map((s) => {
    // The claim's cell first: its footnotes are numbered before those of its evidence.
    const claim = claimLine(c, s)
    const support = s.supports.map((e) => {
      const label = supportLabel(e).replace(/^Supported by /, '')
      return label === '(independent)' ? evidenceText(c, e) : `${evidenceText(c, e)} ${em(label)}`
    })
    const against = s.contradicts.length
      ? cellItems(s.contradicts.map((e) => evidenceText(c, e)))
      : em(`Analyst override: ${corroborationLine(s, text)}`)
    return [claim, support.length ? cellItems(support) : em('Nothing.'), against]
  })
  return table(['Claim', 'Supported by', 'Contradicted by'], rows)
}

function notesSection(c: Context): string {
  const html = h(2, 'Notes and context')
  if (c.model.notes.length === 0) return html + p(em('No notes or context links.'))
  const items = c.model.notes.map((s) => {
    const head = claimLine(c, s)
    const sub: string[] = []
    const note = s.assessment?.note.trim()
    if (note) sub.push(`Note: ${text(note)}`)
    for (const e of s.context) sub.push(`${contextLabel(e)}: ${evidenceText(c, e)}`)
    return withSubitems(head, sub)
  })
  return html + list('ul', items)
}

const leftOutLine = (n: number): string => p(em(`… ${plural(n, 'ungraded sentence')} left out …`))

/** Consecutive sentences as paragraphs, quotes, headings and lists, as the Markdown sets them. */
function runHtml(article: BriefModel['articles'][number]['article'], run: readonly BriefSentence[]): string {
  let html = ''
  let paragraph: BriefSentence[] = []
  let items: string[] = []
  const flush = (): void => {
    if (paragraph.length === 0) return
    const body = paragraph.map((s) => text(s.text) + marker(s.rating)).join(' ')
    html += paragraph.every((s) => s.sentence.kind === 'quote')
      ? `<blockquote>\n${p(body)}</blockquote>\n`
      : p(body)
    paragraph = []
  }
  const closeList = (): void => {
    if (items.length) html += list('ul', items)
    items = []
  }
  run.forEach((s, i) => {
    const previous = run[i - 1]
    const newLine = !previous || !sameParagraph(article.text, previous, s)
    if (s.sentence.kind !== 'list-item') closeList()
    if (s.sentence.kind === 'heading') {
      flush()
      html += h(3, text(s.text) + marker(s.rating))
    } else if (s.sentence.kind === 'list-item') {
      flush()
      items.push(text(s.text) + marker(s.rating))
    } else {
      if (newLine) flush()
      paragraph.push(s)
    }
  })
  flush()
  closeList()
  return html
}

function annotatedText(model: BriefModel, options: BriefOptions): string {
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
  let html = h(2, 'Annotated text')
  if (leftOut > 0)
    html += p(
      em(
        `Graded sentences with the sentence before and after each in its paragraph: ${plural(leftOut, 'ungraded sentence')} of ${total} left out.`
      )
    )
  model.articles.forEach(({ article, sentences }, a) => {
    if (model.articles.length > 1) html += p(`<strong>${text(article.title)}</strong>`)
    let at = 0
    for (const [start, end] of shown[a]!) {
      if (start > at) html += leftOutLine(start - at)
      html += runHtml(article, sentences.slice(start, end))
      at = end
    }
    if (at < sentences.length) html += leftOutLine(sentences.length - at)
  })
  return html
}

function gapsSection(c: Context): string {
  const { model } = c
  let html = h(2, 'Gaps')
  const total = model.articles.reduce(
    (n, a) => n + a.sentences.filter((s) => s.sentence.kind !== 'heading').length,
    0
  )
  if (model.gaps.length === 0) return html + p(`All ${plural(total, 'sentence')} are assessed.`)
  if (!isLong(model)) {
    html += p(`${model.gaps.length} of ${plural(total, 'sentence')} not yet assessed:`)
    return (
      html +
      list(
        'ul',
        model.gaps.map((s) => `${whereLabel(c, s)}: ${quote(s.text)}`)
      )
    )
  }
  html += p(`${model.gaps.length} of ${plural(total, 'sentence')} not yet assessed, by sentence number:`)
  return html + list('ul', rangesByArticle(model, model.gaps))
}

/** Sentences named by ranges of their numbers, article by article: `sentences 1–9, 11 (10 sentences)`. */
function rangesByArticle(model: BriefModel, sentences: readonly BriefSentence[]): string[] {
  const numbersByArticle = new Map<string, number[]>()
  for (const s of sentences) {
    const numbers = numbersByArticle.get(s.article.id) ?? []
    numbers.push(s.sentence.index + 1)
    numbersByArticle.set(s.article.id, numbers)
  }
  const items: string[] = []
  for (const { article } of model.articles) {
    const numbers = numbersByArticle.get(article.id)
    if (!numbers) continue
    const where = model.articles.length > 1 ? `${text(article.title)}: ` : ''
    const word = numbers.length === 1 ? 'sentence' : 'sentences'
    items.push(`${where}${word} ${numberRanges(numbers)} (${plural(numbers.length, 'sentence')})`)
  }
  return items
}

/** The Markdown's `_term_ (range)` lists, in italics. */
const italicTerms = (markdown: string): string =>
  text(markdown).replace(/_([^_]+)_/g, (_, term: string) => em(term))

function methodology(): string {
  const grades = (labels: Record<string, string>) =>
    Object.entries(labels).map(([grade, label]) => [grade, label])
  return (
    h(2, 'Methodology') +
    p(
      'Each sentence is rated on the Admiralty system (STANAG 2511, AJP-2.1): a letter for the reliability of its primary source, then a number for the credibility of the information, e.g. <strong>[B2]</strong>. A ? in place of the letter, e.g. <strong>[?2]</strong>, means the source is not graded yet; a - marks a missing half, e.g. <strong>[-2]</strong> for a sentence without a source.'
    ) +
    table(['Reliability', 'Meaning'], grades(RELIABILITY_LABELS)) +
    table(['Credibility', 'Meaning'], grades(CREDIBILITY_LABELS)) +
    p(
      `Key judgments are the analyst’s own statements, each with two separate estimates (ICD 203). Likelihood says how probable the judged event is, in one of seven terms: ${italicTerms(LIKELIHOOD_TERMS)}. Confidence says how far the sources and the reasoning behind the judgment can be trusted: ${italicTerms(CONFIDENCE_TERMS)}. The brief gives the two on separate lines, never in one sentence. A judgment started from an article’s sentence keeps that sentence’s words until the analyst rewrites it, and is marked as needing rewording.`
    ) +
    p(
      'Corroboration is derived from the analyst’s evidence links, never entered by hand: a claim is <em>contested</em> when anything contradicts it (a contradiction is shown even when other sources support the claim), <em>corroborated</em> when a supporting item comes from a source independent of the claim’s own (no source in common), <em>circular reporting</em> when every sourced supporting item shares a source with it, and <em>uncorroborated</em> otherwise. A sentence with no source is never corroborated: nothing can be shown independent of it. A corroborated claim is <em>weakly corroborated</em> when every independent item that supports it is weak: its source graded D–F or not graded, or its information graded 4–6 or not graded. An analyst override is shown with its reason.'
    )
  )
}

function citationFootnote(c: BriefCitation): string {
  let html = text(c.citation)
  if (c.url) html += `. ${link(c.url, c.url)}`
  if (c.source) html += `. Source: ${sourceName(c.source, text)} (${reliabilityText(c.source, text)})`
  if (c.accessedOn) html += `. Accessed ${formatDate(c.accessedOn)}`
  return `${html}.`
}

function sourceFootnote(s: BriefSource): string {
  const source = s.source
  if (!source) return `Unknown source (${text(s.id)}): not in the source registry.`
  let html = `<strong>${text(source.name)}</strong> — ${text(source.kind)}`
  if (source.affiliation) html += `, ${text(source.affiliation)}`
  html += source.reliability
    ? `. Reliability ${text(source.reliability)} (${RELIABILITY_LABELS[source.reliability]})`
    : '. Reliability not graded'
  html += source.reliabilityNote?.trim() ? `: ${text(source.reliabilityNote)}.` : '.'
  if (source.aliases.length) html += ` Also: ${source.aliases.map(text).join(', ')}.`
  if (source.description?.trim()) html += ` ${text(source.description)}`
  return html
}

/** The back-links of a footnote to each of its references: `↩`, `↩²`, … (shown on screen only). */
function backLinks(label: string, uses: number): string {
  const links: string[] = []
  for (let n = 1; n <= uses; n++) {
    const id = n === 1 ? `footnote-ref-${label}` : `footnote-ref-${label}-${n}`
    links.push(
      `<a href="#${escapeHtml(id)}" data-footnote-backref aria-label="Back to reference ${escapeHtml(label)}">↩${n === 1 ? '' : `<sup>${n}</sup>`}</a>`
    )
  }
  return links.join(' ')
}

/** The footnotes in the order of their first reference; one never referred to is not printed. */
function footnotes(c: Context): string {
  const bodies = new Map<string, string>()
  for (const citation of c.model.citations) bodies.set(citation.footnote, citationFootnote(citation))
  for (const s of c.model.sources) bodies.set(s.footnote, sourceFootnote(s))
  const referred = [...bodies.keys()]
    .filter((label) => c.notes.rank(label) !== undefined)
    .sort((a, b) => c.notes.rank(a)! - c.notes.rank(b)!)
  if (referred.length === 0) return ''
  const items = referred.map(
    (label) =>
      `<li id="footnote-${escapeHtml(label)}">\n<p>${bodies.get(label)!} ${backLinks(label, c.notes.uses.get(label)!)}</p>\n</li>\n`
  )
  return `<section class="footnotes" data-footnotes>\n<h2 id="footnote-label" class="sr-only">Footnotes</h2>\n<ol>\n${items.join('')}</ol>\n</section>\n`
}

/**
 * The print view's body for a brief model, in the order of the Markdown's sections; the closing
 * handling line comes after the footnotes, where a reader of the page expects it.
 */
export function renderBriefHtml(model: BriefModel, options: BriefOptions = {}): BriefHtml {
  const c: Context = { model, options, notes: new Footnotes() }
  const opening = header(model) + articlesSection(model) + keyJudgments(c)
  // As the Markdown does: sources in the order the opening first cites them, then the rest.
  const order = (s: BriefSource): number => c.notes.rank(s.footnote) ?? Number.MAX_SAFE_INTEGER
  const sources = [...model.sources].sort((a, b) => order(a) - order(b))
  let body =
    opening +
    sourcesTable(c, sources) +
    claimsSection(c) +
    notesSection(c) +
    annotatedText(model, options) +
    gapsSection(c) +
    methodology()
  body += footnotes(c)
  if (model.handling) body += `<p class="handling"><strong>${text(model.handling)}</strong></p>\n`
  return { body, handling: model.handling }
}
