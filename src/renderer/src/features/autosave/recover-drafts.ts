// At start, saves the drafts a closed page typed but could not store (see draft-journal.ts).
import type { Sentence } from '@shared/model'
import { serially } from '../../db'
import type { SourcemarkDatabase } from '../../db/database'
import { getAssessment, updateAssessment } from '../../db/assessments'
import { getArticle, getArticleRecord } from '../../db/articles'
import { getBriefHeader, readBriefHeader, saveBriefHeader } from '../../db/brief-headers'
import { expandSentences, getSentenceTable } from '../../db/sentences'
import { getCase, saveCaseHeader } from '../../db/cases'
import { getJudgment, updateJudgment } from '../../db/judgments'
import { forgetDraft, orphanedDrafts, type PendingDraft } from './draft-journal'

/** Returns how many drafts were saved. */
export async function recoverDrafts(db: SourcemarkDatabase): Promise<number> {
  let saved = 0
  for (const draft of await orphanedDrafts()) {
    if (await serially(() => recover(db, draft))) saved++
    forgetDraft(draft)
  }
  return saved
}

async function recover(db: SourcemarkDatabase, draft: PendingDraft): Promise<boolean> {
  if (draft.field === 'brief-header') return recoverBriefHeader(db, draft.articleId, draft.value)
  if (draft.field === 'case-header') return recoverCaseHeader(db, draft)
  if (draft.field === 'judgment') return recoverJudgment(db, draft)
  const article = await getArticle(db, draft.articleId)
  const table = await getSentenceTable(db, draft.articleId)
  // The article or the sentence was deleted since: the draft has nowhere to go.
  const sentence: Sentence | undefined =
    table && expandSentences(table).find((s) => s.id === draft.sentenceId)
  if (!article || !sentence) return false
  const current = await getAssessment(db, sentence.id)
  if (draft.field === 'note') {
    if ((current?.note ?? '') === draft.value) return false
    await updateAssessment(db, sentence, article.text, { note: draft.value })
    return true
  }
  const override = current?.corroborationOverride
  if (!override || override.reason === draft.value) return false
  await updateAssessment(db, sentence, article.text, {
    corroborationOverride: { ...override, reason: draft.value }
  })
  return true
}

async function recoverBriefHeader(db: SourcemarkDatabase, articleId: string, json: string): Promise<boolean> {
  const article = await getArticleRecord(db, articleId)
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return false
  }
  const header = readBriefHeader(parsed)
  if (!article || !header) return false
  const stored = await getBriefHeader(db, articleId, article.title)
  if (JSON.stringify(readBriefHeader(stored)) === JSON.stringify(header)) return false
  await saveBriefHeader(db, articleId, header)
  return true
}

/** A date field holds a calendar date or nothing; anything else was not typed into it. */
const CASE_DATE = /^(\d{4}-\d{2}-\d{2})?$/

async function recoverCaseHeader(
  db: SourcemarkDatabase,
  draft: Extract<PendingDraft, { field: 'case-header' }>
): Promise<boolean> {
  const stored = await getCase(db, draft.caseId)
  // The case was deleted since, or the draft is not one this version wrote.
  if (!stored || !(draft.part in stored.header) || typeof draft.value !== 'string') return false
  if (draft.part === 'date' && !CASE_DATE.test(draft.value)) return false
  if (stored.header[draft.part] === draft.value) return false
  await saveCaseHeader(db, stored.id, { ...stored.header, [draft.part]: draft.value })
  return true
}

async function recoverJudgment(
  db: SourcemarkDatabase,
  draft: Extract<PendingDraft, { field: 'judgment' }>
): Promise<boolean> {
  const stored = await getJudgment(db, draft.judgmentId)
  if (!stored || typeof stored[draft.part] !== 'string' || stored[draft.part] === draft.value) return false
  await updateJudgment(db, stored.id, { [draft.part]: draft.value })
  return true
}
