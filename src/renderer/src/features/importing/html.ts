// A saved web page reduced to its article: the body text found by Readability (Firefox's reader
// view), laid out as lines and paragraphs, and the details from JSON-LD, <meta> tags and
// Readability's byline. It runs in the file reader's worker, off the page's thread: the page is
// parsed by linkedom, a DOM with no scripting and no network, so it runs nothing, loads nothing
// and is never rendered. A page nested deeper than a browser builds is refused before parsing.
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { htmlNestingDepth, MAX_HTML_DEPTH } from '@shared/importing/html-depth'
import { jsonLdArticle, jsonLdAuthor, jsonLdText } from '@shared/importing/json-ld'
import { listItemLine } from '@shared/segment/list-indent'
import { withoutLeadingTitle } from './formats/leading-title'

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

/** Elements that hold blocks: each starts a line of its own, and so does what follows it. */
const CONTAINERS = [
  'DIV',
  'SECTION',
  'ARTICLE',
  'MAIN',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'NAV',
  'FIGURE',
  'UL',
  'OL',
  'DL',
  'TABLE',
  'THEAD',
  'TBODY',
  'TFOOT',
  'TR',
  'HR',
  'ADDRESS'
]
const LINE_BREAKING = new Set([...BLOCKS, ...CONTAINERS])
const LINE_BREAKING_SELECTOR = [...LINE_BREAKING].join(',')
const ELEMENT_NODE = 1
const TEXT_NODE = 3

const breaksLine = (element: Element) =>
  LINE_BREAKING.has(element.tagName) || element.querySelector(LINE_BREAKING_SELECTOR) !== null

/**
 * One line per block: paragraphs stay paragraphs, headings and list items their own lines, and
 * the loose words between blocks ("Lviv region" before an item's own list) a line of their own.
 * A list item's lines are indented, with no bullet put in front, so the segmenter takes them for
 * list items and not for headings.
 */
function blocksToText(root: Element): string {
  const lines: string[] = []
  const walk = (element: Element, inItem: boolean) => {
    const item = inItem || element.tagName === 'LI'
    const line = (text: string) => {
      const collapsed = text.replace(/\s+/g, ' ').trim()
      if (collapsed) lines.push(item ? listItemLine(collapsed) : collapsed)
    }
    if (!element.querySelector(LINE_BREAKING_SELECTOR)) return line(element.textContent ?? '')
    let loose = ''
    for (const child of Array.from(element.childNodes)) {
      if (child.nodeType === TEXT_NODE) loose += child.textContent ?? ''
      else if (child.nodeType !== ELEMENT_NODE) continue
      else if (breaksLine(child as Element)) {
        line(loose)
        loose = ''
        walk(child as Element, item)
      } else loose += child.textContent ?? ''
    }
    line(loose)
  }
  walk(root, false)
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

/**
 * The page's <title> as a browser shows it. linkedom keeps its line breaks, and a page with an
 * element before its <head> (markup the HTML parser mends) gets a second, empty head whose title
 * linkedom's `document.title` reads: the first <title> is taken, its whitespace collapsed.
 */
function pageTitle(doc: Document): string {
  const title = doc.title || doc.querySelector('title')?.textContent || ''
  return title.replace(/\s+/g, ' ').trim()
}

/** Readability's byline ("By Jane Smith | Reuters") as names, if it is short enough to be one. */
function bylineOf(byline: string | null | undefined): string | undefined {
  const text = byline
    ?.replace(/\s+/g, ' ')
    .trim()
    .replace(/^by\s+/i, '')
  return text && text.length <= 100 ? text : undefined
}

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim()

/** A page title's parts: "Strikes hit the grid | Example" is also "Strikes hit the grid". */
const titleParts = (title: string) => [title, ...title.split(/\s+[|–—·:-]\s+/)].map((t) => t.toLowerCase())

/**
 * The headline the page shows (its first <h1>) when it is one of the page's titles, worded as
 * its <title>, og:title, JSON-LD or Readability have it. Readability drops a heading that repeats
 * its own title only, which is JSON-LD's headline when there is one; the page's own is dropped here.
 */
function shownHeadline(doc: Document, titles: (string | undefined)[]): string | undefined {
  const shown = collapse(doc.querySelector('h1')?.textContent).toLowerCase()
  if (!shown) return undefined
  return titles.some((title) => title && titleParts(collapse(title)).includes(shown)) ? shown : undefined
}

/**
 * The text without the byline taken as the author. Readability takes a byline out of the text
 * the first time it looks for the article, but when it looks again (a short article, under its
 * 500 characters) it starts from the page as it was, and the byline stays in.
 */
function withoutByline(text: string, byline: string | null | undefined): string {
  const line = collapse(byline).toLowerCase()
  if (!line) return text
  const lines = text.split('\n\n')
  // A byline stands near the top: under the headline, a kicker or a date.
  const at = lines.slice(0, 4).findIndex((l) => collapse(l).toLowerCase() === line)
  if (at < 0 || lines.length === 1) return text
  return [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n\n')
}

export function extractArticle(html: string, fileName: string): ExtractedArticle {
  const depth = htmlNestingDepth(html)
  if (depth > MAX_HTML_DEPTH) {
    throw new Error(
      `“${fileName}” is nested too deeply to read (${depth.toLocaleString('en')} levels of elements; ` +
        `a page is read up to ${MAX_HTML_DEPTH}, and news pages have a few dozen).`
    )
  }
  const doc = parseHTML(html).document as unknown as Document
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
  const headline = jsonLdText(ld?.headline) || meta(doc, 'og:title') || pageTitle(doc)
  const read = article?.content ? blocksToText(article.content as Element) : ''
  if (!read.trim()) {
    throw new Error(`“${fileName}”: no article text found in this page.`)
  }
  const title = headline || article?.title?.trim() || ''
  const shown = shownHeadline(doc, [
    title,
    jsonLdText(ld?.headline),
    meta(doc, 'og:title'),
    pageTitle(doc),
    article?.title ?? undefined
  ])
  const text = withoutByline(withoutLeadingTitle(read, title, shown), article?.byline)
  return { title, text, ...details }
}
