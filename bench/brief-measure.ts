// Times the two brief exports inside Chromium (bundled by ./brief-chromium.ts): the Markdown, and
// the print page made from it. Each from the input, so each figure includes building the model.
// Measured on the case of 1,000 graded sentences, and on a 76,000-sentence article.
import type { BriefInput } from '../src/shared/brief/model'
import { median, timeInterleaved } from './timing'

export interface BriefRenderers {
  markdown: (input: BriefInput) => string
  printPage: (input: BriefInput) => string
}

export interface BriefTimes {
  /** Median milliseconds per run. */
  markdown: number
  printHtml: number
  /** Characters of each output, to show what was measured. */
  markdownChars: number
  printHtmlChars: number
}

export function measureBrief(input: BriefInput, runs: number, render: BriefRenderers): BriefTimes {
  const [markdown, printHtml] = timeInterleaved(
    [() => render.markdown(input), () => render.printPage(input)],
    runs
  )
  return {
    markdown: median(markdown) * 1000,
    printHtml: median(printHtml) * 1000,
    markdownChars: render.markdown(input).length,
    printHtmlChars: render.printPage(input).length
  }
}

/** The long article's brief is built from its input inside the page: the input is 11 MB of text. */
export function measureLongArticle(
  input: BriefInput,
  runs: number,
  render: BriefRenderers
): Pick<BriefTimes, 'markdown' | 'printHtml' | 'markdownChars'> {
  const [markdown, printHtml] = timeInterleaved(
    [() => render.markdown(input), () => render.printPage(input)],
    runs
  )
  return {
    markdown: median(markdown) * 1000,
    printHtml: median(printHtml) * 1000,
    markdownChars: render.markdown(input).length
  }
}
