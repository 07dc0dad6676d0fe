// How deeply a page's elements nest, found by one cheap pass over the markup before any parser
// sees it: a page nested thousands of levels deep takes Readability hours (its work grows with the
// square of the depth) or overflows a DOM's stack, so such a page is refused before it is parsed.

/**
 * The deepest nesting read. Chromium's own HTML parser stops nesting at 512 levels; no real page
 * comes near (the deepest of Readability's 130 saved test pages is 38), and Readability's work
 * grows with the square of the depth, so a page nested deeper is refused, not read for hours.
 */
export const MAX_HTML_DEPTH = 512

/** Elements that never hold others: they open no level. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
  'basefont',
  'bgsound',
  'frame',
  'image'
])

/** Elements whose content is text up to their own end tag: a "<div>" inside a script opens nothing. */
const RAW_TEXT = new Set([
  'script',
  'style',
  'textarea',
  'title',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'plaintext'
])

/**
 * Elements whose end tag may be left out: the next one closes the one left open (`<li>a<li>b`),
 * with whatever was left open inside it, as the HTML parser does, so a list, table or page of
 * paragraphs written without end tags does not read as nested. `scope`: where the search for the
 * open one stops (an item of a list inside an item is not closed by the inner list's items).
 */
const CLOSES: Record<string, { closes: readonly string[]; scope: readonly string[] }> = {}
const TABLE = { closes: ['td', 'th', 'tr', 'thead', 'tbody', 'tfoot'], scope: ['table'] }
const close = (names: string[], rule: { closes: readonly string[]; scope: readonly string[] }) =>
  names.forEach((name) => (CLOSES[name] = rule))
close(['li'], { closes: ['li'], scope: ['ul', 'ol', 'menu'] })
close(['dt', 'dd'], { closes: ['dt', 'dd'], scope: ['dl'] })
close(['p'], {
  closes: ['p'],
  scope: ['div', 'section', 'article', 'li', 'td', 'th', 'blockquote', 'button', 'table']
})
close(['option'], { closes: ['option'], scope: ['select', 'datalist'] })
close(['td', 'th'], { closes: ['td', 'th'], scope: ['tr', 'table'] })
close(['tr'], { closes: ['td', 'th', 'tr'], scope: ['thead', 'tbody', 'tfoot', 'table'] })
close(['thead', 'tbody', 'tfoot'], TABLE)

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)/g

const rawTextEnds = new Map<string, RegExp>()
/** The end tag of a raw-text element, in any case ("</SCRIPT"). */
function rawTextEnd(name: string): RegExp {
  let end = rawTextEnds.get(name)
  if (!end) rawTextEnds.set(name, (end = new RegExp(`</${name}`, 'gi')))
  return end
}

/**
 * The deepest nesting of elements in `html`, counted from its tags: end tags close what they
 * name (and what was left open inside it), void elements and `<x/>` open nothing, comments and
 * the text of scripts and styles are skipped. Stops counting once `stopAt` is passed. One pass,
 * whatever the depth: 550 KB of 50,000 nested elements is counted in milliseconds.
 */
export function htmlNestingDepth(html: string, stopAt = Infinity): number {
  const open: string[] = []
  let deepest = 0
  let at = 0
  while (at < html.length) {
    const lt = html.indexOf('<', at)
    if (lt < 0) break
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      at = end < 0 ? html.length : end + 3
      continue
    }
    if (html.startsWith('<!', lt) || html.startsWith('<?', lt)) {
      const end = html.indexOf('>', lt + 2)
      at = end < 0 ? html.length : end + 1
      continue
    }
    TAG.lastIndex = lt
    const match = TAG.exec(html)
    if (!match || match.index !== lt) {
      at = lt + 1
      continue
    }
    const closing = match[1] === '/'
    const name = match[2].toLowerCase()
    const gt = endOfTag(html, TAG.lastIndex)
    at = gt < 0 ? html.length : gt + 1
    if (closing) {
      const index = lastOpen(open, name, open.length - 1)
      if (index >= 0) open.length = index
      continue
    }
    if (VOID.has(name) || html.charCodeAt(gt - 1) === 0x2f /* "/>" */) continue
    if (RAW_TEXT.has(name)) {
      const end = rawTextEnd(name)
      end.lastIndex = at
      at = end.exec(html)?.index ?? html.length
      continue
    }
    const rule = CLOSES[name]
    if (rule) {
      let from = open.length
      const floor = Math.max(0, open.length - SEARCH_LEVELS)
      for (let i = open.length - 1; i >= floor && !rule.scope.includes(open[i]); i--) {
        if (rule.closes.includes(open[i])) from = i
      }
      open.length = from
    }
    open.push(name)
    if (open.length > deepest) {
      deepest = open.length
      if (deepest > stopAt) return deepest
    }
  }
  return deepest
}

/**
 * How far up an end tag, or a tag whose end may be left out, looks for the element it closes: a
 * real page closes what it opened a few levels up, and a search through every level of a page
 * nested 50,000 deep at each tag would make this pass slow. A page whose tags close an element
 * further up is counted deeper than it is, which matters only to pages far too deep anyway.
 */
const SEARCH_LEVELS = 1024

function lastOpen(open: readonly string[], name: string, from: number): number {
  for (let i = from; i >= 0 && i > from - SEARCH_LEVELS; i--) if (open[i] === name) return i
  return -1
}

/** The `>` that ends a tag begun before `from`, past quoted attribute values; -1 if none. */
function endOfTag(html: string, from: number): number {
  let quote = 0
  for (let i = from; i < html.length; i++) {
    const code = html.charCodeAt(i)
    if (quote) {
      if (code === quote) quote = 0
    } else if (code === 0x22 || code === 0x27) quote = code
    else if (code === 0x3e) return i
  }
  return -1
}
