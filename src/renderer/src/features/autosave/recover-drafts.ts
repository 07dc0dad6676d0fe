// At start, saves the drafts a closed page typed but could not store (see draft-journal.ts).
import type { Sentence } from '@shared/model'
import { serially } from '../../db'
import type { SourcemarkDatabase } from '../../db/database'
import { updateAssessment } from '../../db/assessments'
import { getArticle } from '../../db/articles'
import { briefHeaderSchema, getBriefHeader, saveBriefHeader } from '../../db/brief-headers'
import { expandSentences } from '../../db/sentences'
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
  const article = await getArticle(db, draft.articleId)
  const table = await db.sentences.get(draft.articleId)
  // The article or the sentence was deleted since: the draft has nowhere to go.
  const sentence: Sentence | undefined =
    table && expandSentences(table).find((s) => s.id === draft.sentenceId)
  if (!article || !sentence) return false
  const current = await db.assessments.get(sentence.id)
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
  const article = await db.articles.get(articleId)
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    return false
  }
  const header = briefHeaderSchema.safeParse(parsed)
  if (!article || !header.success) return false
  const stored = await getBriefHeader(db, articleId, article.title)
  if (JSON.stringify(briefHeaderSchema.parse(stored)) === JSON.stringify(header.data)) return false
  await saveBriefHeader(db, articleId, header.data)
  return true
}
