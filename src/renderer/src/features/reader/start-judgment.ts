// "Start a judgment from this sentence", from the K key or the inspector's button: the same
// write, and the same words in the status line afterwards.
import type { Sentence } from '@shared/model'
import { db, serially } from '../../db'
import { startJudgmentFromSentence, type StartedJudgment } from '../../db/case-choice'
import type { Workspace } from './use-workspace'

export function startJudgment(workspace: Workspace, sentence: Sentence): Promise<StartedJudgment> {
  const { article } = workspace
  return serially(() =>
    startJudgmentFromSentence(db, article, {
      id: sentence.id,
      text: article.text.slice(sentence.start, sentence.end)
    })
  )
}

/** What the status line says once it is written: where the judgment went, and what it still needs. */
export function startedText(started: StartedJudgment): string {
  const where = started.createdCase
    ? `a new case “${started.case.name}”, made for this article`
    : `case “${started.case.name}”`
  return `Judgment started in ${where} — put it in your own words.`
}
