// What a condensed brief shows of an article's text, one rule for the Markdown and the print view.
import { isLongBrief } from './condense'
import type { BriefModel, BriefSentence } from './model'

/** Whether the brief is long enough to condense: one rule for the annotated text and the gaps. */
export function isLong(model: BriefModel): boolean {
  const sentences = model.articles.reduce((n, a) => n + a.sentences.length, 0)
  return isLongBrief(sentences, model.gaps.length)
}

/** Graded, or with something the analyst wrote about it: what a condensed text must show. */
export const worthShowing = (s: BriefSentence): boolean =>
  s.assessed ||
  s.supports.length > 0 ||
  s.contradicts.length > 0 ||
  s.context.length > 0 ||
  Boolean(s.assessment?.note.trim())

/** Whether a sentence goes on the paragraph of the one before it: no line break between them. */
export const sameParagraph = (text: string, previous: BriefSentence, s: BriefSentence): boolean =>
  !text.slice(previous.sentence.end, s.sentence.start).includes('\n')
