// The brief's print page, built one way for the PDF export and for the preview, so that the
// preview shows exactly what prints.
import { renderBriefMarkdown } from '@shared/brief/markdown'
import type { BriefInput } from '@shared/brief/model'
import { briefHtml } from './brief-html'

/** The page carries the handling line and page numbers in its margins, in both shells. */
export function briefPage(input: BriefInput): string {
  return briefHtml(renderBriefMarkdown(input), input.title, { handling: input.handling })
}
