// Version 5: key judgments become the analyst's own statements, kept by cases. A sentence marked
// `keyJudgment: true` becomes a judgment whose text is the sentence, flagged for rewording, with
// the sentence as its supporting evidence, in a case named after its article holding the article
// (its brief header taken from the one kept for the article). The mark leaves every assessment.
// What the upgrade writes is recorded in the library's own chain, as version 3 recorded rows.
import type { Transaction } from 'dexie'
import { caseHeaderProblem, EMPTY_CASE_HEADER } from '@shared/judgments'
import { convertKeyJudgments, LEGACY_UPGRADE_ACTION, type LegacyAssessment } from '@shared/judgments/legacy'
import type { Case, CaseHeader, Judgment, SentenceTable } from '@shared/model'
import { readBriefHeader } from '../brief-headers'
import type { ArticleRecord, Setting } from '../database'
import { sealTrail } from '../history-seal'
import { MigrationError } from './migration-error'

const HEADER_KEY = /^briefHeader:(.+)$/

export async function upgradeToVersion5(tx: Transaction): Promise<void> {
  const assessments = (await tx.table<LegacyAssessment, string>('assessments').toArray()).map(checkMark)
  const articles = await tx.table<ArticleRecord, string>('articles').toArray()
  const tables = await tx.table<SentenceTable, string>('sentences').toArray()
  const settings = await tx.table<Setting, string>('settings').toArray()
  const cases = await tx.table<Case, string>('cases').toArray()
  const judgments = await tx.table<Judgment, string>('judgments').toArray()

  const headers = new Map<string, Partial<CaseHeader>>()
  for (const row of settings) {
    const articleId = HEADER_KEY.exec(row.key)?.[1]
    // A header this version cannot read, or one a backup could not hold, is left out: the case
    // starts with an empty one (the article's own header stays in the settings either way).
    const parsed = articleId === undefined ? undefined : readBriefHeader(row.value)
    if (articleId === undefined || !parsed) continue
    const header = { ...EMPTY_CASE_HEADER, ...parsed }
    if (!caseHeaderProblem(header)) headers.set(articleId, header)
  }
  const conversion = convertKeyJudgments({
    assessments,
    articles: new Map(articles.map((a) => [a.id, a])),
    readingOrder: new Map(tables.map((t) => [t.articleId, t.seqs])),
    headers,
    cases: new Map(cases.map((c) => [c.id, c])),
    judgments
  })

  await tx.table('assessments').bulkPut(conversion.assessments.map((a) => a.after))
  await tx.table('cases').bulkPut(conversion.cases.map((c) => c.after))
  await tx.table('judgments').bulkPut(conversion.judgments)
  await sealTrail(LEGACY_UPGRADE_ACTION, 5)(tx)
}

/** The row as it is, when its mark is absent or true or false; anything else is not understood. */
function checkMark(row: LegacyAssessment): LegacyAssessment {
  const mark: unknown = row.keyJudgment
  if (mark !== undefined && typeof mark !== 'boolean') {
    throw new MigrationError(
      'assessments',
      row.sentenceId,
      `keyJudgment is ${JSON.stringify(mark)}, neither true nor false`
    )
  }
  return row
}
