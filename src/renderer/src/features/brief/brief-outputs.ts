// The brief model built once per export, and every output made from that one model: the check,
// the Markdown and the print page. The one place that says how each is made from it.
import { checkBrief, type BriefIssue } from '@shared/brief/check'
import { renderBriefModelMarkdown } from '@shared/brief/markdown'
import { buildBrief, type BriefInput, type BriefModel } from '@shared/brief/model'

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

export function briefMarkdown({ model }: BuiltBrief): string {
  return renderBriefModelMarkdown(model)
}

/**
 * The page the PDF export prints and the preview shows. Its renderer (marked, DOMPurify, the print
 * style sheet) is fetched the first time a page is made: the check and Markdown do without it.
 */
export async function briefPrintPage({ model }: BuiltBrief): Promise<string> {
  const { briefPageOf } = await import('./brief-page')
  return briefPageOf(model)
}
