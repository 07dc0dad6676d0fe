// Which case a judgment started from the reader goes to, and starting it there as one action.
// The case last used for an article is kept in settings; it is a preference, not a record, so
// it is not in the audit trail and undo leaves it alone (a case no longer there is passed over).
import { newCase, newJudgment, nextPosition } from '@shared/judgments'
import type { ArticleId, Case, CaseId, Judgment, SentenceId } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { casesOfArticle } from './cases'
import { runAction } from './history'

const keyFor = (articleId: ArticleId) => `lastCase:${articleId}`

/** Keeps `caseId` as the case to use next for the article's judgments. */
export async function rememberCase(
  db: SourcemarkDatabase,
  articleId: ArticleId,
  caseId: CaseId
): Promise<void> {
  await db.settings.put({ key: keyFor(articleId), value: caseId })
}

/**
 * The case a judgment about the article goes to: the one last used for it if it still holds the
 * article, else the first by name of those holding it; null when no case holds it.
 */
export async function caseForArticle(db: SourcemarkDatabase, articleId: ArticleId): Promise<Case | null> {
  const last = (await db.settings.get(keyFor(articleId)))?.value
  if (typeof last === 'string') {
    const remembered = await db.cases.get(last)
    if (remembered?.articleIds.includes(articleId)) return remembered
  }
  return (await casesOfArticle(db, articleId))[0] ?? null
}

export interface StartedJudgment {
  case: Case
  judgment: Judgment
  /** The case was made for this judgment: the article was in none. */
  createdCase: boolean
}

/**
 * Starts a judgment from a sentence, in the article's case (see caseForArticle); an article in no
 * case first gets one named after it. One recorded action, so one undo takes back the judgment
 * and the case made for it.
 */
export async function startJudgmentFromSentence(
  db: SourcemarkDatabase,
  article: { id: ArticleId; title: string },
  sentence: { id: SentenceId; text: string }
): Promise<StartedJudgment> {
  const started = await runAction(
    db,
    [db.cases, db.judgments, db.settings],
    async (record) => {
      const at = new Date().toISOString()
      let target = await caseForArticle(db, article.id)
      const createdCase = target === null
      if (!target) {
        target = newCase(crypto.randomUUID(), article.title, [article.id], at)
        await db.cases.add(target)
        await record({ entity: 'case', entityId: target.id, before: null, after: target })
      }
      // At the end of the case's list, as the case view's "Add key judgment" puts it.
      const existing = await db.judgments.where('caseId').equals(target.id).toArray()
      const judgment = newJudgment(crypto.randomUUID(), target.id, nextPosition(existing), at, {
        startedFrom: { sentenceId: sentence.id, text: sentence.text }
      })
      await db.judgments.add(judgment)
      await record({ entity: 'judgment', entityId: judgment.id, before: null, after: judgment })
      await db.settings.put({ key: keyFor(article.id), value: target.id })
      return { case: target, judgment, createdCase }
    },
    'Start judgment from sentence'
  )
  return started
}
