// The brief model built once per export, and every output made from that one model: the check,
// the Markdown and the print page. The one place that says how each is made from it.
import { checkBrief, type BriefIssue } from '@shared/brief/check'
import { renderBriefModelMarkdown, type BriefOptions } from '@shared/brief/markdown'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'
import type { PageProgress } from './brief-html'

export interface BuiltBrief {
  input: BriefInput
  model: BriefModel
}

export function buildOnce(input: BriefInput): BuiltBrief {
  return { input, model: buildBrief(input) }
}

export function briefIssues({ model }: BuiltBrief): BriefIssue[] {
  return checkBrief(model)
}

export function briefMarkdown({ model }: BuiltBrief, options: BriefOptions = {}): string {
  return renderBriefModelMarkdown(model, options)
}

/**
 * The page the PDF export prints and the preview shows, reporting progress. Its renderer (the
 * print style sheet and fonts) is fetched the first time a page is made: the check and Markdown
 * do without it.
 */
export async function briefPrintPage(
  { model }: BuiltBrief,
  options: BriefOptions = {},
  onProgress?: PageProgress
): Promise<string> {
  const { briefPageInSteps } = await import('./brief-page')
  return briefPageInSteps(model, options, onProgress)
}
