// The print view of a brief: the same GFM as the Markdown export, rendered and sanitised, laid
// out for paper (brief-print.css) in the bundled fonts (print-fonts.ts).
import DOMPurify from 'dompurify'
import { stripBidiControls } from '@shared/text/bidi'
import { escapeHtml, markdownToHtml } from './brief-marked'
import { markdownToHtmlOffThread } from './brief-render-client'
import PRINT_CSS from './brief-print.css?raw'
import { linkedFontsStyle, SANS } from './print-fonts'

/** No media or forms in a brief, and links only to web addresses and to its own footnotes. */
export const SANITIZE = {
  FORBID_TAGS: ['img', 'picture', 'source', 'video', 'audio', 'iframe', 'object', 'embed', 'form', 'input'],
  ALLOWED_URI_REGEXP: /^(?:https?:|#)/i
}

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

/** `<p><strong>…</strong></p>` and nothing else: how the Markdown sets the handling line. */
function isHandlingParagraph(element: Element | null | undefined, text?: string): element is HTMLElement {
  if (element?.tagName !== 'P' || element.childNodes.length !== 1) return false
  const strong = element.firstElementChild
  return strong?.tagName === 'STRONG' && (text === undefined || element.textContent === text)
}

/**
 * Marks the handling lines the Markdown opens and closes with, and moves the closing one after the
 * footnotes, where a reader of the preview expects it. Returns the handling text, if any.
 */
function placeHandlingLines(body: HTMLElement): string | undefined {
  const opening = body.firstElementChild
  if (!isHandlingParagraph(opening) || opening.nextElementSibling?.tagName !== 'H1') return undefined
  const handling = opening.textContent ?? ''
  opening.classList.add('handling')
  const footnotes = body.querySelector(':scope > section.footnotes')
  const closing = footnotes ? footnotes.previousElementSibling : body.lastElementChild
  if (closing !== opening && isHandlingParagraph(closing, handling)) {
    closing.classList.add('handling')
    body.append(closing)
  }
  return handling
}

/** The page margins: the handling line at the top and bottom of every page, and its number. */
function pageMargins(handling: string | undefined): string {
  const font = `font: 8pt ${SANS}; color: #444;`
  const line = handling
    ? `@top-center { content: ${cssString(handling)}; ${font} font-weight: 700; }
       @bottom-center { content: ${cssString(handling)}; ${font} font-weight: 700; }`
    : ''
  return `@page { ${line} @bottom-right { content: "Page " counter(page) " of " counter(pages); ${font} } }`
}

/** Characters of text per sanitising step: a step stays well under a frame's time on a slow machine. */
const CHUNK_CHARS = 20_000

/** Progress of the print page: `done` of `total` steps, for a progress line. */
export type PageProgress = (done: number, total: number) => void

/**
 * The sanitising of `html`, a step at a time: the top-level blocks in pieces of about `chunkChars`
 * characters of text, a long list item by item inside its own (sanitised) element. The HTML is
 * parsed once, into an inert template, and each piece is sanitised where it lies (DOMPurify's
 * IN_PLACE) rather than written out and parsed again; each block is sanitised as the whole would
 * be, so the body is the same however it is cut. Yields after each step.
 */
function* sanitisedBody(
  html: string,
  body: HTMLElement,
  chunkChars: number
): Generator<{ done: number; total: number }> {
  const parsed = document.createElement('template')
  parsed.innerHTML = html
  const steps: (() => void)[] = []
  /** Sanitises `nodes` in a holder of their own and moves what is left into `into()`. */
  const clean = (nodes: readonly Node[], into: () => ParentNode) => {
    const holder = body.ownerDocument.createElement('div')
    holder.append(...nodes)
    DOMPurify.sanitize(holder, { ...SANITIZE, IN_PLACE: true })
    into().append(...holder.childNodes)
  }
  const inPieces = (nodes: readonly Node[], into: () => ParentNode) => {
    let piece: Node[] = []
    let chars = 0
    const flush = () => {
      if (!piece.length) return
      const nodes = piece
      steps.push(() => clean(nodes, into))
      piece = []
      chars = 0
    }
    for (const node of nodes) {
      const size = node.textContent?.length ?? 0
      if (size > chunkChars && node instanceof Element && /^(UL|OL)$/.test(node.tagName)) {
        flush()
        // The list's own element (an `<ol start>`), sanitised, then its items into it.
        const items = [...node.childNodes]
        node.replaceChildren()
        let list: ParentNode | null = null
        steps.push(() => {
          clean([node], into)
          list = node.parentNode ? node : null
        })
        inPieces(items, () => list ?? into())
        continue
      }
      if (chars + size > chunkChars) flush()
      piece.push(node)
      chars += size
    }
    flush()
  }
  inPieces([...parsed.content.childNodes], () => body)
  for (let i = 0; i < steps.length; i++) {
    steps[i]!()
    yield { done: i + 1, total: steps.length }
  }
}

/** The page around a sanitised body: its handling lines placed, its margins, its fonts. */
function pageOf(body: HTMLElement, title: string, furniture: PageFurniture | undefined): string {
  const inDocument = placeHandlingLines(body)
  const handling = (furniture?.handling ?? inDocument)?.trim()
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>` +
    `${linkedFontsStyle()}<style>${PRINT_CSS}${pageMargins(handling)}</style></head>` +
    `<body>${body.innerHTML}</body></html>`
  )
}

const emptyBody = () => document.implementation.createHTMLDocument('').body

/**
 * The brief as a printable page, the same wherever it is printed: its page margins carry the
 * handling line (from `furniture`, else the one the Markdown opens with) and "Page n of m"; in the
 * page itself the handling line shows on screen only. Fonts are linked by URL; `embedFonts`
 * makes the page self-contained for printing.
 */
export function briefHtml(
  markdown: string,
  title: string,
  furniture?: PageFurniture,
  chunkChars = CHUNK_CHARS
): string {
  const body = emptyBody()
  for (const _ of sanitisedBody(markdownToHtml(markdown), body, chunkChars));
  return pageOf(body, title, furniture)
}

/** Lets the page paint and take input: a task of its own, without setTimeout's clamping. */
const nextTask = (): Promise<void> =>
  new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })

/**
 * The same page as briefHtml, its HTML made in a worker and sanitised in steps with the UI thread
 * free between them, so a long brief keeps the dialog responsive and can show how far it is.
 */
export async function briefHtmlInSteps(
  markdown: string,
  title: string,
  furniture?: PageFurniture,
  { onProgress, chunkChars = CHUNK_CHARS }: { onProgress?: PageProgress; chunkChars?: number } = {}
): Promise<string> {
  const html = await markdownToHtmlOffThread(markdown)
  const body = emptyBody()
  for (const { done, total } of sanitisedBody(html, body, chunkChars)) {
    onProgress?.(done, total)
    await nextTask()
  }
  return pageOf(body, title, furniture)
}
