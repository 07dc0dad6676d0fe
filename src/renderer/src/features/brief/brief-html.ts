// The print view of a brief: the same GFM as the Markdown export, rendered and sanitised.
import DOMPurify from 'dompurify'
import { Marked } from 'marked'
import markedFootnote from 'marked-footnote'
import { stripBidiControls } from '@shared/text/bidi'

const marked = new Marked({ gfm: true }).use(markedFootnote())

// The brief's only links are the ones it writes as links (an article's or a citation's address)
// and its footnotes. GFM would also link any bare address in the text, and marked's rule for that
// swallows backslash escapes; the brief never holds raw HTML, so any that appears is shown as text.
marked.use({
  tokenizer: { url: () => undefined },
  renderer: { html: ({ text }) => escapeHtml(text) }
})

/** No media or forms in a brief, and links only to web addresses and to its own footnotes. */
const SANITIZE = {
  FORBID_TAGS: ['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'form', 'input'],
  ALLOWED_URI_REGEXP: /^(?:https?:|#)/i
}

const PRINT_CSS = `
  @page { margin: 18mm 16mm 20mm; }
  body { font: 10.5pt/1.5 "Noto Serif", Georgia, serif; color: #111; max-width: 100%; }
  h1 { font-size: 18pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin-top: 16pt; border-bottom: 1px solid #999; }
  h3 { font-size: 11pt; } table { border-collapse: collapse; width: 100%; font-size: 9pt; }
  th, td { border: 1px solid #bbb; padding: 3pt 5pt; text-align: left; vertical-align: top; }
  blockquote { margin: 4pt 0 4pt 0; padding-left: 8pt; border-left: 3px solid #888; }
  code { font-size: 9pt; } section.footnotes { font-size: 9pt; }
`

/** Text outside the Markdown (the page title) as HTML, without bidirectional controls. */
const escapeHtml = (s: string) =>
  stripBidiControls(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!
  )

/**
 * CSS strings are quoted with `"`: escape what would end the string or the style element. The
 * handling line printed in the page margins loses its bidirectional controls like the brief's text.
 */
const cssString = (s: string) =>
  `"${stripBidiControls(s)
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r<>]/g, ' ')}"`

export interface PageFurniture {
  /** The handling line, repeated at the top and bottom of every page. */
  handling?: string
}

/**
 * The brief as a printable page. With `furniture`, the page itself carries the handling line and
 * page numbers in its margins (CSS page margin boxes), for the browser's print dialog; the desktop
 * prints them with Chromium's header and footer templates instead and passes none.
 */
export function briefHtml(markdown: string, title: string, furniture?: PageFurniture): string {
  const body = DOMPurify.sanitize(marked.parse(markdown, { async: false }) as string, SANITIZE)
  const handling = furniture?.handling?.trim()
  const margins = furniture
    ? `@page { @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; color: #444; }
       ${handling ? `@top-center { content: ${cssString(handling)}; font: bold 8pt sans-serif; } @bottom-center { content: ${cssString(handling)}; font: bold 8pt sans-serif; }` : ''} }`
    : ''
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${PRINT_CSS}${margins}</style></head><body>${body}</body></html>`
}
