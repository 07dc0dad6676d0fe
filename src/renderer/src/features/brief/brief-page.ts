// The brief's print page, built one way for the PDF export and for the preview, so that the
// preview shows exactly what prints.
import { renderBriefModelMarkdown, type BriefOptions } from '@shared/brief/markdown'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import { briefHtml, briefHtmlInSteps, type PageProgress } from './brief-html'

/**
 * The page of a brief model: an export builds the model once and takes the check, the Markdown
 * and this page from it. The page carries the handling line and page numbers in its margins.
 */
export function briefPageOf(model: BriefModel, options: BriefOptions = {}): string {
  return briefHtml(renderBriefModelMarkdown(model, options), model.title, { handling: model.handling })
}

/** The same page, sanitised in steps with the UI thread free between them, reporting progress. */
export function briefPageInSteps(
  model: BriefModel,
  options: BriefOptions = {},
  onProgress?: PageProgress
): Promise<string> {
  return briefHtmlInSteps(
    renderBriefModelMarkdown(model, options),
    model.title,
    { handling: model.handling },
    { onProgress }
  )
}

/** The page straight from the input, for a caller that needs nothing else of the model. */
export function briefPage(input: BriefInput, options: BriefOptions = {}): string {
  return briefPageOf(buildBrief(input), options)
}
