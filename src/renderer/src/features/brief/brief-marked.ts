// The brief's GFM as HTML, before sanitising: one configuration of marked, used on the UI thread
// and in the render worker (brief-render.worker.ts), so both give the same HTML.
import { Marked } from 'marked'
import markedFootnote from 'marked-footnote'
import { stripBidiControls } from '@shared/text/bidi'

/** Text as HTML, without bidirectional controls. */
export const escapeHtml = (s: string) =>
  stripBidiControls(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

const marked = new Marked({ gfm: true }).use(markedFootnote())

// The brief's only links are the ones it writes as links (an article's or a citation's address)
// and its footnotes. GFM would also link any bare address in the text, and marked's rule for that
// swallows backslash escapes; the brief never holds raw HTML, so any that appears is shown as text.
marked.use({
  tokenizer: { url: () => undefined },
  renderer: { html: ({ text }) => escapeHtml(text) }
})

/** The brief's Markdown as HTML, not yet sanitised. */
export function markdownToHtml(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string
}
