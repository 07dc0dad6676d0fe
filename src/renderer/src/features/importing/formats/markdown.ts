// A Markdown article read by the CommonMark rules (with GitHub's tables, strikethrough and
// footnotes, and YAML front matter): its words without the syntax, headings on lines of their
// own, link texts kept and their addresses beside the text, code, tables and raw HTML kept out
// of the sentences. The first `# ` heading is the title; front matter gives the details.
import { fromMarkdown } from 'mdast-util-from-markdown'
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { frontmatter } from 'micromark-extension-frontmatter'
import { gfm } from 'micromark-extension-gfm'
import type { Definition, Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { readFrontMatter } from '@shared/importing/front-matter'
import { bylineNames } from '@shared/importing/headline'
import { listItemLine } from '@shared/segment/list-indent'
import type { ArticleLink, ReadArticle } from '../read-file'

/** A paragraph that only names where the article is from: "Source: <address>". */
const SOURCE_LINE = /^(?:source|originally published(?: at| in)?|url|link)\s*:?\s*$/i

const isWebAddress = (url: string) => /^https?:\/\//i.test(url)

export function readMarkdownArticle(fileName: string, markdown: string): Omit<ReadArticle, 'mediaType'> {
  const tree = fromMarkdown(markdown, {
    extensions: [gfm(), frontmatter(['yaml'])],
    mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])]
  })
  const yaml = tree.children.find((node) => node.type === 'yaml')
  const front = yaml ? readFrontMatter(yaml.value) : { ok: true as const, details: {} }
  if (!front.ok) throw new Error(`“${fileName}”: ${front.error}.`)
  const details = front.details

  const definitions = new Map<string, Definition>()
  collect(tree, (node) => {
    if (node.type === 'definition') definitions.set(node.identifier, node)
  })
  const links: ArticleLink[] = []
  /** The words of inline content, as a reader sees them; link addresses collected on the side. */
  const words = (nodes: PhrasingContent[]): string =>
    nodes
      .map((node): string => {
        switch (node.type) {
          case 'text':
          case 'inlineCode':
            return node.value
          case 'break':
            return ' '
          case 'link':
          case 'linkReference': {
            const text = words(node.children)
            const url = node.type === 'link' ? node.url : definitions.get(node.identifier)?.url
            if (url) links.push({ text: text.replace(/\s+/g, ' ').trim(), url })
            return text
          }
          case 'emphasis':
          case 'strong':
          case 'delete':
            return words(node.children)
          default:
            // Images, footnote marks and inline HTML are no words of the article.
            return ''
        }
      })
      .join('')
  const line = (nodes: PhrasingContent[]) => words(nodes).replace(/\s+/g, ' ').trim()

  let title = details.title
  let titleHeadingTaken = false
  let address = details.url
  let author = details.author
  const blocks: string[] = []
  const left = { code: 0, table: 0 }
  // Inside a list item, lines are indented: list items, not headings, to the segmenter.
  let itemDepth = 0

  const block = (node: RootContent) => {
    switch (node.type) {
      case 'heading': {
        const text = line(node.children)
        if (node.depth === 1 && !titleHeadingTaken && (title === undefined || title === text)) {
          titleHeadingTaken = true
          title = text
          return
        }
        if (text) blocks.push(text)
        return
      }
      case 'paragraph': {
        const linksBefore = links.length
        const text = line(node.children)
        // The first paragraph under the title may be its byline ("*By Jane Smith*").
        const names = blocks.length === 0 ? bylineNames(text) : undefined
        if (names) {
          author ??= names
          return
        }
        // A paragraph that is only the article's address: "Source: [Reuters](https://…)", or a
        // bare address. Any other link is the article's words, its address listed beside it.
        const own = links.slice(linksBefore)
        const rest = own.length === 1 ? text.replace(own[0]!.text, '').trim() : undefined
        const only = own[0]
        if (
          only &&
          rest !== undefined &&
          isWebAddress(only.url) &&
          (SOURCE_LINE.test(rest) || (rest === '' && isWebAddress(only.text))) &&
          (address === undefined || address === only.url)
        ) {
          address = only.url
          links.splice(linksBefore)
          return
        }
        if (text) blocks.push(itemDepth ? listItemLine(text) : text)
        return
      }
      case 'listItem':
        itemDepth++
        node.children.forEach(block)
        itemDepth--
        return
      case 'blockquote':
      case 'list':
        node.children.forEach(block)
        return
      case 'code':
        left.code++
        return
      case 'table':
        left.table++
        return
      default:
      // Front matter, raw HTML, footnotes, thematic breaks and link definitions are no text of
      // the article.
    }
  }
  tree.children.forEach(block)

  const text = blocks.join('\n\n')
  if (!text) throw new Error(`“${fileName}”: no article text found in this Markdown file.`)
  const notes: string[] = []
  if (left.code) notes.push(`${count(left.code, 'code block')} kept out of the text.`)
  if (left.table) notes.push(`${count(left.table, 'table')} kept out of the text.`)
  return {
    title: title ?? '',
    text,
    author,
    publishedAt: details.publishedAt,
    url: address,
    outlet: details.outlet,
    links: links.filter((link) => link.url !== address),
    notes
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`

function collect(node: Nodes | Root, visit: (node: Nodes) => void) {
  visit(node)
  if ('children' in node) for (const child of node.children) collect(child, visit)
}
