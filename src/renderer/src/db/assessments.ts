// Grading a sentence: the assessment row is created on the first change and updated after.
import { quoteSelector } from '@shared/text'
import type { Assessment, Sentence } from '@shared/model'
import type { SourcemarkDatabase } from './database'
import { runAction } from './history'

export type AssessmentPatch = Partial<
  Pick<
    Assessment,
    'attributions' | 'credibility' | 'claimType' | 'corroborationOverride' | 'keyJudgment' | 'note' | 'tags'
  >
>

export function blankAssessment(sentence: Sentence, articleText: string): Assessment {
  return {
    sentenceId: sentence.id,
    articleId: sentence.articleId,
    attributions: [],
    credibility: null,
    claimType: sentence.kind === 'heading' ? 'context' : 'claim',
    keyJudgment: false,
    note: '',
    tags: [],
    target: quoteSelector(articleText, sentence.start, sentence.end),
    updatedAt: new Date().toISOString()
  }
}

/** Applies `patch` to the sentence's assessment (creating it), with a history entry. */
export async function updateAssessment(
  db: SourcemarkDatabase,
  sentence: Sentence,
  articleText: string,
  patch: AssessmentPatch
): Promise<Assessment> {
  return runAction(
    db,
    [db.assessments],
    async (record) => {
      const before = await db.assessments.get(sentence.id)
      const after: Assessment = {
        ...(before ?? blankAssessment(sentence, articleText)),
        ...patch,
        updatedAt: new Date().toISOString()
      }
      await db.assessments.put(after)
      await record({ entity: 'assessment', entityId: sentence.id, before: before ?? null, after })
      return after
    },
    `Grade sentence ${sentence.index + 1}`
  )
}
