// The print view of a brief: its body written straight from the brief model (shared/brief/html.ts,
// no Markdown parsed, nothing to sanitise), laid out for paper (brief-print.css) in the bundled
// fonts (print-fonts.ts).
import { escapeHtml } from '@shared/brief/html-escape'
import type { BriefHtml } from '@shared/brief/html'
import { stripBidiControls } from '@shared/text/bidi'
import PRINT_CSS from './brief-print.css?raw'
import { linkedFontsStyle, SANS } from './print-fonts'

/**
 * CSS strings are quoted with `"`: escape what would end the string or the style element. The
 * handling line printed in the page margins loses its bidirectional controls like the brief's text.
 */
const cssString = (s: string) =>
  `"${stripBidiControls(s)
    .replace(/[\\"]/g, '\\$&')
    .replace(/[\n\r<>]/g, ' ')}"`

/** The page margins: the handling line at the top and bottom of every page, and its number. */
function pageMargins(handling: string | undefined): string {
  const font = `font: 8pt ${SANS}; color: #444;`
  const line = handling
    ? `@top-center { content: ${cssString(handling)}; ${font} font-weight: 700; }
       @bottom-center { content: ${cssString(handling)}; ${font} font-weight: 700; }`
    : ''
  return `@page { ${line} @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} } }`
}

/** Progress of the print page: `done` of `total` steps, for a progress line. */
export type PageProgress = (done: number, total: number) => void

/**
 * The brief as a printable page, the same wherever it is printed: its page margins carry the
 * handling line and "Page n of m"; in the page itself the handling line shows on screen only.
 * Fonts are linked by URL; `embedFonts` makes the page self-contained for printing.
 */
export function briefHtml({ body, handling }: BriefHtml, title: string): string {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `${linkedFontsStyle()}<style>${PRINT_CSS}${pageMargins(handling?.trim())}</style></head>` +
    `<body>${body}</body></html>`
  )
}
