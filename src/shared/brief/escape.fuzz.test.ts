// Hostile text in every place the brief puts user text, read back by a GFM parser that is not the
// one the print view uses (micromark/mdast, the parser behind remark and many Markdown viewers):
// the structure must be the brief's own and the text exactly what the analyst or article wrote.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { stripBidiControls } from '../text/bidi'
import { normaliseText } from '../text'
import { escapeMarkdown, markdownLink } from './escape'
import { kurskBrief } from './kursk.fixture'
import { renderBriefMarkdown } from './markdown'
import type { BriefInput } from './model'

interface Node {
  type: string
  value?: string
  url?: string
  identifier?: string
  depth?: number
  children?: Node[]
}

const parse = (markdown: string): Node =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node

/** What a reader sees of a node: its text and code, nothing of the markup. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

function nodes(node: Node, type: string): Node[] {
  const own = node.type === type ? [node] : []
  return [...own, ...(node.children ?? []).flatMap((child) => nodes(child, type))]
}

/** Nodes user text must never make. Links are checked separately: the brief makes its own. */
const FORBIDDEN = ['html', 'image', 'imageReference', 'linkReference', 'definition', 'code', 'thematicBreak']

function expectNoForbiddenNodes(tree: Node): void {
  for (const type of FORBIDDEN) expect(nodes(tree, type), type).toEqual([])
}

/**
 * What the brief promises to keep of a text: all of it but bidi controls, spaces collapsed, and
 * U+0000, which CommonMark has every parser read as U+FFFD.
 */
const expected = (raw: string): string =>
  stripBidiControls(raw).replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim()

const HOSTILE_PIECES = [
  'https://x.example/<img src=https://evil.example/beacon.png//>',
  'https://t.me/rybar',
  'https://x.example/a_b_c',
  'HTTP://X.EXAMPLE',
  'ftp://files.example/x',
  'www.example.com',
  'press@mod.gov.example',
  'mailto:a@b.example',
  'xmpp:a@b.example',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<!-- comment -->',
  '<https://x.example>',
  '[link](http://example.com)',
  '![img](x.png)',
  '[ref]',
  '[ref]: http://x.example',
  '[^s1]',
  '[^s1]: forged',
  '*',
  '**',
  '_',
  '__',
  '~~',
  '`',
  '``',
  '```',
  '~~~',
  '|',
  '\\',
  '\\|',
  '#',
  '### ',
  '>',
  '- ',
  '+ ',
  '* ',
  '1. ',
  '2) ',
  '---',
  '===',
  '***',
  '&amp;',
  '&#169;',
  '&#x41;',
  '&',
  '(',
  ')',
  '"',
  '“',
  '”',
  '.',
  ':',
  '@',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c',
  ' ',
  '\n',
  '\n\n',
  '\t',
  '    ',
  'Kindratenko',
  '-12 km',
  'Курск',
  'كورسك',
  '🙂',
  '\u0000',
  '\u0007',
  'x'.repeat(180),
  `https://${'a'.repeat(180)}.example/${'_'.repeat(20)}`
]

/** Strings made of hostile pieces and arbitrary text, never blank after neutralising. */
const hostile = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary' }) }
    ),
    {
      minLength: 1,
      maxLength: 8
    }
  )
  .map((parts) => parts.join(''))
  .filter((s) => expected(s) !== '')

const RUNS = { numRuns: 300 }

describe('escapeMarkdown read by an independent GFM parser', () => {
  it('is one paragraph with the text exactly', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const tree = parse(escapeMarkdown(raw))
        expect(tree.children?.map((n) => n.type)).toEqual(['paragraph'])
        expectNoForbiddenNodes(tree)
        expect(nodes(tree, 'link')).toEqual([])
        expect(textOf(tree)).toBe(expected(raw))
      }),
      RUNS
    )
  })

  it('is one list item, after a bullet and after a number', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        for (const marker of ['- ', '1. ', '   - ']) {
          const tree = parse(`${marker}${escapeMarkdown(raw)}\n`)
          expect(tree.children?.map((n) => n.type)).toEqual(['list'])
          const items = nodes(tree, 'listItem')
          expect(items).toHaveLength(1)
          expect(items[0].children?.map((n) => n.type)).toEqual(['paragraph'])
          expectNoForbiddenNodes(tree)
          expect(nodes(tree, 'link')).toEqual([])
          expect(textOf(tree)).toBe(expected(raw))
        }
      }),
      RUNS
    )
  })

  it('is one heading of the level the brief gave it', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const tree = parse(`### ${escapeMarkdown(raw)}\n`)
        expect(tree.children?.map((n) => [n.type, n.depth])).toEqual([['heading', 3]])
        expectNoForbiddenNodes(tree)
        expect(nodes(tree, 'link')).toEqual([])
        expect(textOf(tree)).toBe(expected(raw))
      }),
      RUNS
    )
  })

  it('stays in its table cell: the row keeps its cells', () => {
    fc.assert(
      fc.property(hostile, hostile, (a, b) => {
        const md = `| Source | Note |\n| --- | --- |\n| ${escapeMarkdown(a)}[^s1] | ${escapeMarkdown(b)} |\n\n[^s1]: x\n`
        const tree = parse(md)
        expect(tree.children?.map((n) => n.type)).toEqual(['table', 'footnoteDefinition'])
        const rows = nodes(tree, 'tableRow')
        expect(rows).toHaveLength(2)
        expect(rows[1].children?.map(textOf)).toEqual([expected(a), expected(b)])
        expect(nodes(rows[1], 'footnoteReference').map((n) => n.identifier)).toEqual(['s1'])
        expectNoForbiddenNodes(tree)
        expect(nodes(tree, 'link')).toEqual([])
      }),
      RUNS
    )
  })

  it('keeps a footnote marker after it, and stays inside a footnote definition', () => {
    fc.assert(
      fc.property(hostile, hostile, (name, note) => {
        const md = `Said by ${escapeMarkdown(name)}[^s1].\n\n[^s1]: **${escapeMarkdown(name)}** — ${escapeMarkdown(note)}\n`
        const tree = parse(md)
        expect(tree.children?.map((n) => n.type)).toEqual(['paragraph', 'footnoteDefinition'])
        const [paragraph, definition] = tree.children!
        expect(nodes(paragraph, 'footnoteReference').map((n) => n.identifier)).toEqual(['s1'])
        expect(textOf(paragraph)).toBe(`Said by ${expected(name)}.`)
        expect(definition.identifier).toBe('s1')
        expect(definition.children?.map((n) => n.type)).toEqual(['paragraph'])
        expect(nodes(definition, 'strong').map(textOf)).toEqual([expected(name)])
        expect(textOf(definition)).toBe(`${expected(name)} — ${expected(note)}`)
        expectNoForbiddenNodes(tree)
        expect(nodes(tree, 'link')).toEqual([])
      }),
      RUNS
    )
  })

  it('makes exactly the one link markdownLink means, to the address given', () => {
    const address = fc
      .tuple(fc.constantFrom('https://', 'http://'), fc.stringMatching(/^[a-z0-9._~/?=&%()-]{1,40}$/))
      .map(([scheme, rest]) => `${scheme}x.example/${rest}`)
    fc.assert(
      fc.property(hostile, address, (label, url) => {
        const tree = parse(`Read ${markdownLink(label, url)}.\n`)
        expectNoForbiddenNodes(tree)
        const links = nodes(tree, 'link')
        expect(links).toHaveLength(1)
        expect(links[0].url).toBe(url)
        expect(textOf(links[0])).toBe(expected(label))
      }),
      RUNS
    )
  })
})

describe('the whole brief with hostile text everywhere', () => {
  const SAMPLE = normaliseText(
    readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
  )

  /** The graded sample with every free-text field an analyst or an article fills replaced. */
  function hostileBrief(t: string[]): BriefInput {
    const input = kurskBrief(SAMPLE)
    const [first] = input.articles
    let n = 0
    const next = (): string => t[n++ % t.length]
    return {
      ...input,
      title: next(),
      analyst: next(),
      handling: next(),
      // A blank line in the bottom line starts a new paragraph, as the analyst meant.
      bluf: next().replace(/\n\s*\n/g, ' '),
      // Names and affiliations stay distinct: corroboration counts a shared one as one origin.
      sources: input.sources.map((s) => ({
        ...s,
        name: `${next()} ${s.id}`,
        aliases: [`${next()} ${s.id}`],
        affiliation: `${next()} ${s.id} office`,
        description: next(),
        reliabilityNote: next()
      })),
      articles: [
        {
          ...first,
          article: { ...first.article, title: next(), outlet: next(), author: next() },
          assessments: first.assessments.map((a) => ({
            ...a,
            note: next(),
            corroborationOverride: a.corroborationOverride && { ...a.corroborationOverride, reason: next() }
          })),
          links: first.links.map((l) => ({ ...l, note: next() }))
        }
      ]
    }
  }

  // The same brief with every one of those fields filled with harmless words: a field that is
  // empty in the sample (a note) adds its own lines to the brief once it holds anything.
  const plain = parse(renderBriefMarkdown(hostileBrief(['Plain words of the analyst.'])))
  const shape = (tree: Node): unknown =>
    (tree.children ?? []).map((n) =>
      n.type === 'table' ? ['table', n.children?.length, n.children?.map((r) => r.children?.length)] : n.type
    )

  it('has the same blocks, tables and footnotes as the brief of plain text, and no markup from the text', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 12 }), (texts) => {
        const tree = parse(renderBriefMarkdown(hostileBrief(texts)))
        expect(shape(tree)).toEqual(shape(plain))
        expect(nodes(tree, 'heading').map((h) => h.depth)).toEqual(
          nodes(plain, 'heading').map((h) => h.depth)
        )
        const defined = new Set(nodes(tree, 'footnoteDefinition').map((d) => d.identifier))
        const referenced = nodes(tree, 'footnoteReference').map((r) => r.identifier)
        expect(referenced.filter((id) => !defined.has(id))).toEqual([])
        expect(referenced).toHaveLength(nodes(plain, 'footnoteReference').length)
        expectNoForbiddenNodes(tree)
        // The only links are the article's address, as in the plain brief.
        expect(nodes(tree, 'link').map((l) => l.url)).toEqual(nodes(plain, 'link').map((l) => l.url))
      }),
      { numRuns: 25 }
    )
  })
})
