// Before judgments were the analyst's own statements, a sentence was marked `keyJudgment: true`
// on its assessment. Libraries and backups from then still hold such marks: each becomes a
// judgment whose text is the sentence, flagged for rewording, in a case named after its article.
// The library upgrade and a restore of an old backup both convert through here, with ids and
// dates taken from what they convert, so converting the same marks twice gives the same records.
import type { Article, ArticleId, Assessment, Case, CaseHeader, Judgment } from '../model'
import { newCase, newJudgment } from './index'

/** The history action of the library upgrade that converts the marks (Dexie version 5). */
export const LEGACY_UPGRADE_ACTION = 'upgrade-5'

/** An assessment as libraries and backups before cases stored it: it may carry the mark. */
export type LegacyAssessment = Assessment & { keyJudgment?: boolean }

/** The case made for an article's marked sentences: one per article, whatever converts it. */
export function legacyCaseId(articleId: ArticleId): string {
  return `key-judgments:${articleId}`
}

export function legacyJudgmentId(sentenceId: string): string {
  return `key-judgment:${sentenceId}`
}

export interface LegacyLibrary {
  /** Every assessment that may carry the mark (rows without it are left alone). */
  assessments: readonly LegacyAssessment[]
  articles: ReadonlyMap<ArticleId, Pick<Article, 'title'>>
  /** Each article's sentence sequence numbers in reading order, to order its judgments. */
  readingOrder: ReadonlyMap<ArticleId, ArrayLike<number>>
  /** Brief headers kept per article before cases had their own. */
  headers?: ReadonlyMap<ArticleId, Partial<CaseHeader>>
  /** Cases already in the library: a case made for an article before is extended, not remade. */
  cases: ReadonlyMap<string, Case>
  /** Judgments already in the library: a mark converted before is not converted again. */
  judgments: readonly Pick<Judgment, 'id' | 'caseId' | 'position'>[]
}

export interface LegacyConversion {
  /** The assessments that carried the field, without it. */
  assessments: { before: LegacyAssessment; after: Assessment }[]
  /** Cases made or extended, with what they were (null when made). */
  cases: { before: Case | null; after: Case }[]
  judgments: Judgment[]
}

/** What converting the marks of `library` writes; nothing when no assessment carries the field. */
export function convertKeyJudgments(library: LegacyLibrary): LegacyConversion {
  const out: LegacyConversion = { assessments: [], cases: [], judgments: [] }
  const converted = new Set(library.judgments.map((j) => j.id))
  const marked = new Map<ArticleId, LegacyAssessment[]>()
  for (const row of library.assessments) {
    if (!('keyJudgment' in row)) continue
    const { keyJudgment, ...after } = row
    out.assessments.push({ before: row, after })
    if (keyJudgment !== true || converted.has(legacyJudgmentId(row.sentenceId))) continue
    const list = marked.get(row.articleId)
    if (list) list.push(row)
    else marked.set(row.articleId, [row])
  }

  for (const [articleId, rows] of [...marked].sort(([a], [b]) => compare(a, b))) {
    const place = readingPlaces(library.readingOrder.get(articleId))
    rows.sort((a, b) => place(a.sentenceId) - place(b.sentenceId) || compare(a.sentenceId, b.sentenceId))
    const caseId = legacyCaseId(articleId)
    const article = library.articles.get(articleId)
    const existing = library.cases.get(caseId)
    const earliest = rows.map((r) => r.updatedAt).sort(compare)[0]
    const after: Case = existing
      ? {
          ...existing,
          articleIds:
            article && !existing.articleIds.includes(articleId)
              ? [...existing.articleIds, articleId]
              : existing.articleIds
        }
      : newCase(
          caseId,
          article?.title ?? 'Key judgments of an article no longer in the library',
          article ? [articleId] : [],
          earliest,
          library.headers?.get(articleId)
        )
    // Added after the judgments the case already holds.
    const start = library.judgments
      .filter((j) => j.caseId === caseId)
      .reduce((next, j) => Math.max(next, j.position + 1), 0)
    rows.forEach((row, i) => {
      out.judgments.push(
        newJudgment(legacyJudgmentId(row.sentenceId), caseId, start + i, row.updatedAt, {
          startedFrom: { sentenceId: row.sentenceId, text: row.target.exact }
        })
      )
    })
    if (!existing || after.articleIds !== existing.articleIds)
      out.cases.push({ before: existing ?? null, after })
  }
  return out
}

/** A sentence id's place in its article's reading order; sentences no longer there come last. */
function readingPlaces(seqs: ArrayLike<number> | undefined): (sentenceId: string) => number {
  const places = new Map<number, number>()
  for (let i = 0; i < (seqs?.length ?? 0); i++) places.set(seqs![i], i)
  return (id) => places.get(Number(id.slice(id.lastIndexOf(':') + 1))) ?? Number.MAX_SAFE_INTEGER
}

/** By code units: the same order in every locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
