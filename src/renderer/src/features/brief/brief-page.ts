// The brief's print page, built one way for the PDF export and for the preview, so that the
// preview shows exactly what prints.
import type { BriefOptions } from '@shared/brief/markdown'
import { renderBriefHtml } from '@shared/brief/html'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import { briefHtml, type PageProgress } from './brief-html'

/**
 * The page of a brief model: an export builds the model once and takes the check, the Markdown
 * and this page from it. The page carries the handling line and page numbers in its margins.
 */
export function briefPageOf(model: BriefModel, options: BriefOptions = {}): string {
  return briefHtml(renderBriefHtml(model, options), model.title)
}

/**
 * The same page for the export dialog, which shows the progress of its making: written from the
 * model in one step, a string built with no parsing, so there is one step to report.
 */
export async function briefPageInSteps(
  model: BriefModel,
  options: BriefOptions = {},
  onProgress?: PageProgress
): Promise<string> {
  const page = briefPageOf(model, options)
  onProgress?.(1, 1)
  return page
}

/** The page straight from the input, for a caller that needs nothing else of the model. */
export function briefPage(input: BriefInput, options: BriefOptions = {}): string {
  return briefPageOf(buildBrief(input), options)
}
