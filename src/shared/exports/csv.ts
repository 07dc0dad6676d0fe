// The assessments as a spreadsheet: one row per sentence of every article, graded or not, so an
// analyst can sort, filter and count outside Sourcemark. RFC 4180, UTF-8 with a byte-order mark.
import {
  buildBrief,
  type BriefEvidence,
  type BriefInput,
  type BriefJudgment,
  type BriefModel,
  type BriefSentence
} from '../brief/model'
import type { ISODateTime, SentenceId } from '../model'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS, UNGRADED_RELIABILITY_HINT } from '../scales'
import { stripBidiControls } from '../text/bidi'
import { exportFileName } from './file-name'

/** The header row, in column order. */
export const ASSESSMENT_CSV_COLUMNS = [
  'article_title',
  'article_id',
  'sentence_index',
  'sentence_id',
  'kind',
  'text',
  'rating',
  'source',
  'source_kind',
  'reliability',
  'reliability_label',
  'credibility',
  'credibility_label',
  'claim_type',
  'role',
  'other_sources',
  'corroboration',
  'corroboration_derived',
  'override_reason',
  'supports',
  'contradicts',
  'evidence',
  'judgments',
  'note',
  'tags',
  'updated_at'
] as const
export type AssessmentCsvColumn = (typeof ASSESSMENT_CSV_COLUMNS)[number]
export type AssessmentCsvRow = Record<AssessmentCsvColumn, string>

/**
 * Free text is what someone typed or an imported page carried: article titles and sentences,
 * source names, notes, reasons, tags. Everything else is written by Sourcemark from its own
 * vocabulary (ratings, grades, labels, statuses, counts, yes/no), ids and ISO dates.
 */
export const ASSESSMENT_CSV_FREE_TEXT: Record<AssessmentCsvColumn, boolean> = {
  article_title: true,
  article_id: false,
  sentence_index: false,
  sentence_id: false,
  kind: false,
  text: true,
  rating: false,
  source: true,
  source_kind: false,
  reliability: false,
  reliability_label: false,
  credibility: false,
  credibility_label: false,
  claim_type: false,
  role: false,
  other_sources: true,
  corroboration: false,
  corroboration_derived: false,
  override_reason: true,
  supports: false,
  contradicts: false,
  // Quotes sentences, citations and source names: text someone typed or a page carried.
  evidence: true,
  // Judgment numbers and the two relation words: the judgments' own text is in the brief.
  judgments: false,
  note: true,
  tags: true,
  updated_at: false
}

/** Without it, Excel reads UTF-8 as Windows-1252 and “ ’ — turn into mojibake. */
const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * A signed number, optionally followed by plain words: `-12 km`, `+3`, `-5`, `-12 km north-west`.
 * Spreadsheets read it as a number or as text; it holds no operator, parenthesis, quote, reference
 * separator or function call, so there is no formula in it to run.
 */
const SIGNED_QUANTITY = /^[+-]\d+(?:[.,]\d+)*%?(?:\s+[\p{L}\p{N}.,;’°]+(?:-[\p{L}\p{N}.,;’°]+)*)*\s*$/u

/**
 * True when a spreadsheet would run `value` as a formula (OWASP "CSV injection"): it starts with
 * `=`, `@`, a tab or a carriage return, or with `+` or `-` and is more than a signed quantity
 * (`-2+3`, `-SUM(A1)`, `+cmd|…`). `-12 km` and a rating such as `-5` are left to read as written.
 */
export function isFormula(value: string): boolean {
  if (/^[=@\t\r]/.test(value)) return true
  return /^[+-]/.test(value) && !SIGNED_QUANTITY.test(value)
}

/** A formula is prefixed with `'`, which spreadsheets show as text, never run. */
export function neutraliseFormula(value: string): string {
  return isFormula(value) ? `'${value}` : value
}

/**
 * A free-text cell: bidirectional controls removed (a note must read in the order it was
 * written), then neutralised if it would run as a formula. Article text may carry `=HYPERLINK(…)`.
 */
export function freeTextCell(value: string): string {
  return neutraliseFormula(stripBidiControls(value))
}

/**
 * A controlled cell is written as it is: nothing Sourcemark writes there is a formula (`-5` is a
 * number). The check still runs, for ids a crafted backup could bring, and never changes a value
 * the app made.
 */
export function controlledCell(value: string): string {
  return neutraliseFormula(value)
}

/** One field, quoted when it holds a comma, a quote, CR or LF (RFC 4180 §2.6–2.7). */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

/** Rows as RFC 4180 text: CRLF after every record, the last included. Cells are written as given. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',') + CRLF).join('')
}

/**
 * One linked item on one line: `supports: “…” [C3] (Podolyak)`, `context: ISW assessment
 * <https://…> (ISW), accessed 2025-02-02`. The counts have columns of their own; this says what.
 */
function evidenceLine(e: BriefEvidence): string {
  const { other } = e
  const names = [...new Set(other.attributions.map((a) => a.source.source?.name ?? a.source.id))]
  let what: string
  if (other.external) {
    const { citation, url, accessedOn } = other.external
    what = [citation, url && `<${url}>`].filter(Boolean).join(' ')
    if (names.length) what += ` (${names.join(', ')})`
    if (accessedOn) what += `, accessed ${accessedOn}`
  } else {
    what = `“${other.text ?? other.sentenceId ?? ''}”${other.rating ? ` [${other.rating}]` : ''}`
    if (other.articleTitle) what += ` in ${other.articleTitle}`
    if (names.length) what += ` (${names.join(', ')})`
  }
  const relation = e.relation === 'context' && e.direction === 'to' ? 'gives context to' : e.relation
  return `${relation}: ${what}${e.link.note.trim() ? ` — note: ${e.link.note.trim()}` : ''}`
}

/** For each sentence, the key judgments citing it: `1 supports; 3 contradicts`, in their order. */
function judgmentsCiting(judgments: readonly BriefJudgment[]): Map<SentenceId, string[]> {
  const citing = new Map<SentenceId, string[]>()
  for (const j of judgments) {
    for (const e of [...j.supports, ...j.contradicts]) {
      if (e.evidence.target.kind !== 'sentence') continue
      const id = e.evidence.target.sentenceId
      citing.set(id, [...(citing.get(id) ?? []), `${j.number} ${e.relation}`])
    }
  }
  return citing
}

function assessmentRow(s: BriefSentence, citing: ReadonlyMap<SentenceId, string[]>): AssessmentCsvRow {
  const a = s.assessment
  const [primary, ...others] = s.attributions
  const primaryName = primary ? (primary.source.source?.name ?? primary.source.id) : ''
  const otherNames = [...new Set(others.map((o) => o.source.source?.name ?? o.source.id))].filter(
    (name) => name !== primaryName
  )
  const reliability = primary?.source.source?.reliability
  const credibility = a?.credibility ?? null
  return {
    article_title: s.article.title,
    article_id: s.article.id,
    sentence_index: String(s.sentence.index + 1),
    sentence_id: s.sentence.id,
    kind: s.sentence.kind,
    text: s.text,
    rating: s.rating,
    source: primaryName,
    source_kind: primary?.source.source?.kind ?? '',
    reliability: reliability ?? '',
    reliability_label: reliability
      ? RELIABILITY_LABELS[reliability]
      : primary?.source.source
        ? UNGRADED_RELIABILITY_HINT
        : '',
    credibility: credibility == null ? '' : String(credibility),
    credibility_label: credibility == null ? '' : CREDIBILITY_LABELS[credibility],
    claim_type: a?.claimType ?? '',
    role: primary?.role ?? '',
    other_sources: otherNames.join('; '),
    corroboration: s.corroboration.status,
    corroboration_derived: s.corroboration.derived,
    override_reason: s.corroboration.override?.reason ?? '',
    supports: String(s.supports.length),
    contradicts: String(s.contradicts.length),
    evidence: [...s.supports, ...s.contradicts, ...s.context].map(evidenceLine).join('\n'),
    judgments: (citing.get(s.sentence.id) ?? []).join('; '),
    note: a?.note ?? '',
    tags: (a?.tags ?? []).join('; '),
    updated_at: a?.updatedAt ?? ''
  }
}

/**
 * Every sentence of every article as a row, in reading order; the brief's corroboration rules.
 * `model` is the input's brief when the caller has built it already.
 */
export function assessmentRows(input: BriefInput, model: BriefModel = buildBrief(input)): AssessmentCsvRow[] {
  const citing = judgmentsCiting(model.judgments)
  return model.articles.flatMap((a) => a.sentences.map((s) => assessmentRow(s, citing)))
}

/** The CSV file's text, byte-order mark first. Deterministic for a given input. */
export function assessmentsCsv(input: BriefInput, model?: BriefModel): string {
  const rows = assessmentRows(input, model).map((row) =>
    ASSESSMENT_CSV_COLUMNS.map((column) =>
      ASSESSMENT_CSV_FREE_TEXT[column] ? freeTextCell(row[column]) : controlledCell(row[column])
    )
  )
  return BOM + toCsv([ASSESSMENT_CSV_COLUMNS, ...rows])
}

/** `assessments-<title slug>-<YYYY-MM-DD>.csv`. */
export function assessmentsCsvFileName(title: string, at: ISODateTime): string {
  return exportFileName('assessments', 'csv', title, at)
}
