// A saved web page reduced to its article: the body text found by Readability (Firefox's reader
// view), laid out as lines and paragraphs, and the details from <meta> tags and JSON-LD. The page
// is parsed with DOMParser, which runs no script and loads nothing, and is never rendered.
import { Readability } from '@mozilla/readability'

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
      if (text) lines.push(element.tagName === 'LI' ? `• ${text}` : text)
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

interface JsonLdArticle {
  headline?: string
  datePublished?: string
  author?: { name?: string } | { name?: string }[] | string
  publisher?: { name?: string }
  url?: string
}

/** The first NewsArticle / Article object in the page's JSON-LD, if any parses. */
function jsonLdArticle(doc: Document): JsonLdArticle | undefined {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data: unknown = JSON.parse(script.textContent ?? '')
      const items = (Array.isArray(data) ? data : [data]).flatMap((d) =>
        d && typeof d === 'object' && '@graph' in d ? (d as { '@graph': unknown[] })['@graph'] : [d]
      )
      const article = items.find((item) => {
        const type = (item as { '@type'?: unknown })?.['@type']
        return [type].flat().some((t) => typeof t === 'string' && /Article$/.test(t))
      })
      if (article) return article as JsonLdArticle
    } catch {
      // A broken JSON-LD block is skipped, as browsers do.
    }
  }
  return undefined
}

function authorName(author: JsonLdArticle['author']): string | undefined {
  if (!author) return undefined
  if (typeof author === 'string') return author
  const names = [author]
    .flat()
    .map((a) => a?.name?.trim())
    .filter(Boolean)
  return names.length ? names.join(', ') : undefined
}

const dateOnly = (value: string | undefined) => value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0]
const webAddress = (value: string | undefined) => (value && /^https?:\/\//i.test(value) ? value : undefined)

export function extractArticle(html: string, fileName: string): ExtractedArticle {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const ld = jsonLdArticle(doc)
  const details = {
    outlet: ld?.publisher?.name?.trim() || meta(doc, 'og:site_name', 'application-name'),
    author: authorName(ld?.author) || meta(doc, 'author', 'article:author', 'byl'),
    publishedAt:
      dateOnly(ld?.datePublished) ?? dateOnly(meta(doc, 'article:published_time', 'date', 'pubdate')),
    url:
      webAddress(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined) ??
      webAddress(meta(doc, 'og:url')),
    language: doc.documentElement.lang?.split('-')[0]?.toLowerCase() || undefined
  }
  const headline = ld?.headline?.trim() || meta(doc, 'og:title') || doc.title.trim()
  const article = new Readability(doc.cloneNode(true) as Document, { serializer: (node) => node }).parse()
  const text = article?.content ? blocksToText(article.content) : ''
  if (!text.trim()) {
    throw new Error(`“${fileName}”: no article text found in this page.`)
  }
  return { title: headline || article?.title?.trim() || '', text, ...details }
}
