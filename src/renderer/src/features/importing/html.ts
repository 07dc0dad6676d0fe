// A saved web page reduced to its article: the body text found by Readability (Firefox's reader
// view), laid out as lines and paragraphs, and the details from JSON-LD, <meta> tags and
// Readability's byline. The page is parsed with DOMParser, which runs no script and loads
// nothing, and is never rendered.
import { Readability } from '@mozilla/readability'
import { jsonLdArticle, jsonLdAuthor, jsonLdText } from '@shared/importing/json-ld'

export interface ExtractedArticle {
  title: string
  text: string
  outlet?: string
  author?: string
  publishedAt?: string
  url?: string
  language?: string
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'FIGCAPTION',
  'TD',
  'DT',
  'DD'
])

/** The visible words of a block, whitespace collapsed as a browser would show them. */
const words = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()

/** One line per block: paragraphs stay paragraphs, headings and list items their own lines. */
function blocksToText(root: Node): string {
  const lines: string[] = []
  const walk = (node: Node) => {
    if (node.nodeType !== Node.ELEMENT_NODE) return
    const element = node as Element
    if (BLOCKS.has(element.tagName) && !element.querySelector([...BLOCKS].join(','))) {
      const text = words(element)
      if (text) lines.push(text)
      return
    }
    const before = lines.length
    element.childNodes.forEach(walk)
    // A container with loose text and no blocks of its own (a bare <div>) is a paragraph too.
    if (lines.length === before && element.children.length === 0) {
      const text = words(element)
      if (text) lines.push(text)
    }
  }
  walk(root)
  return lines.join('\n\n')
}

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = doc
      .querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
      ?.getAttribute('content')
      ?.trim()
    if (value) return value
  }
  return undefined
}

const dateOnly = (value: string | undefined) => value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]
const webAddress = (value: string | undefined) => (value && /^https?:\/\//i.test(value) ? value : undefined)

/** JSON-LD blocks' text, without the CDATA wrapper (and its `//` comment marks) some CMSs add. */
function jsonLdBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((script) =>
    (script.textContent ?? '').replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '')
  )
}

/** Readability's byline ("By Jane Smith | Reuters") as names, if it is short enough to be one. */
function bylineOf(byline: string | null | undefined): string | undefined {
  const text = byline
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
  return text && text.length <= 100 ? text : undefined
}

export function extractArticle(html: string, fileName: string): ExtractedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const ld = jsonLdArticle(jsonLdBlocks(doc))
  // A disclosure's summary and hidden part ("Show transcript", "Read more") are no article text.
  doc.querySelectorAll('details, summary').forEach((element) => element.remove())
  const article = new Readability(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse()
  const details = {
    outlet: jsonLdText(ld?.publisher) || meta(doc, 'og:site_name', 'application-name'),
    author:
      jsonLdAuthor(ld?.author) || meta(doc, 'author', 'article:author', 'byl') || bylineOf(article?.byline),
    publishedAt:
      dateOnly(jsonLdText(ld?.datePublished)) ??
      dateOnly(meta(doc, 'article:published_time', 'date', 'pubdate')),
    url:
      webAddress(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined) ??
      webAddress(meta(doc, 'og:url')) ??
      webAddress(jsonLdText(ld?.url)),
    language: doc.documentElement.lang?.split('-')[0]?.toLowerCase() || undefined
  }
  const headline = jsonLdText(ld?.headline) || meta(doc, 'og:title') || doc.title.trim()
  const text = article?.content ? blocksToText(article.content) : ''
  if (!text.trim()) {
    throw new Error(`“${fileName}”: no article text found in this page.`)
  }
  return { title: headline || article?.title?.trim() || '', text, ...details }
}
