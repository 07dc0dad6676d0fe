// The brief's print page, built one way for the PDF export and for the preview, so that the
// preview shows exactly what prints.
import { renderBriefModelMarkdown } from '@shared/brief/markdown'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import { briefHtml } from './brief-html'

/**
 * The page of a brief model: an export builds the model once and takes the check, the Markdown
 * and this page from it. The page carries the handling line and page numbers in its margins.
 */
export function briefPageOf(model: BriefModel): string {
  return briefHtml(renderBriefModelMarkdown(model), model.title, { handling: model.handling })
}

/** The page straight from the input, for a caller that needs nothing else of the model. */
export function briefPage(input: BriefInput): string {
  return briefPageOf(buildBrief(input))
}
