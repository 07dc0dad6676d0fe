// The brief's print page straight from its model, in one call: its body (renderBriefHtml) in the
// page's head (briefHtml), as the export dialog puts together the body its brief's worker writes
// (briefPrintPage in brief-outputs.ts).
import type { BriefOptions } from '@shared/brief/markdown'
import { renderBriefHtml } from '@shared/brief/html'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import { briefHtml } from './brief-html'

/**
 * The page of a brief model: an export builds the model once and takes the check, the Markdown
 * and this page from it. The page carries the handling line and page numbers in its margins.
 */
export function briefPageOf(model: BriefModel, options: BriefOptions = {}): string {
  return briefHtml(renderBriefHtml(model, options), model.title)
}

/** The page straight from the input, for a caller that needs nothing else of the model. */
export function briefPage(input: BriefInput, options: BriefOptions = {}): string {
  return briefPageOf(buildBrief(input), options)
}
