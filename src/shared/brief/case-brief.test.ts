// The brief of a case as a manager reads it: the graded sample and a second report, three key
// judgments in the analyst's words. The whole text is compared with a reviewed expected file, and
// read back by an independent GFM parser (micromark/mdast), not the one the print view uses.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../text'
import { stripBidiControls } from '../text/bidi'
import { caseJudgments, kurskCaseBrief } from './kursk-case.fixture'
import { kurskBrief } from './kursk.fixture'
import { renderBriefMarkdown, renderBriefModelMarkdown } from './markdown'
import { buildBrief, type BriefInput } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const EXPECTED = readFileSync(new URL('./fixtures/kursk-case.md', import.meta.url), 'utf8')
const input = kurskCaseBrief(SAMPLE)
const md = renderBriefMarkdown(input)

interface Node {
  type: string
  value?: string
  identifier?: string
  depth?: number
  ordered?: boolean
  children?: Node[]
}

const parse = (markdown: string): Node =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node

function nodes(node: Node, type: string): Node[] {
  const own = node.type === type ? [node] : []
  return [...own, ...(node.children ?? []).flatMap((child) => nodes(child, type))]
}

function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? ''
  return (node.children ?? []).map(textOf).join('')
}

/** The `## ` section of the tree with this title, as the blocks under its heading. */
function sectionNodes(tree: Node, title: string): Node[] {
  const blocks = tree.children ?? []
  const start = blocks.findIndex((n) => n.type === 'heading' && n.depth === 2 && textOf(n) === title)
  expect(start, `section ${title}`).toBeGreaterThan(-1)
  const end = blocks.findIndex((n, i) => i > start && n.type === 'heading' && n.depth === 2)
  return blocks.slice(start + 1, end === -1 ? undefined : end)
}

describe('the brief of a case', () => {
  it('matches the reviewed expected Markdown exactly', () => {
    expect(md).toBe(EXPECTED)
  })

  it('is the same brief from a model built once as from the input', () => {
    expect(renderBriefModelMarkdown(buildBrief(input))).toBe(md)
  })

  it('parses as GFM with its tables, every footnote resolved and no raw HTML', () => {
    const tree = parse(md)
    expect(nodes(tree, 'html')).toEqual([])
    const tables = nodes(tree, 'table')
    expect(tables.map((t) => textOf(t.children![0]!))).toEqual([
      'SourceKindReliabilityUsed in',
      'ClaimSupported byContradicted by',
      'ReliabilityMeaning',
      'CredibilityMeaning'
    ])
    // Every row keeps its cells: no text split a row or ran into the next cell.
    for (const table of tables) {
      const width = table.children![0]!.children!.length
      for (const row of table.children!) expect(row.children).toHaveLength(width)
    }
    const defined = nodes(tree, 'footnoteDefinition').map((d) => d.identifier)
    const referenced = new Set(nodes(tree, 'footnoteReference').map((r) => r.identifier))
    expect(new Set(defined)).toEqual(referenced)
    expect(defined).toHaveLength(new Set(defined).size)
    expect(referenced).toContain('c2')
  })

  it('lists the judgments in the case’s order, each with its own lines', () => {
    const [list] = sectionNodes(parse(md), 'Key judgments')
    expect(list).toMatchObject({ type: 'list', ordered: true })
    const items = list!.children!
    expect(items.map((item) => textOf(item.children![0]!))).toEqual([
      'North Korean units have been withdrawn from combat in the Kursk region since mid-January 2025.',
      'North Korea has lost several thousand soldiers killed or wounded in the Kursk fighting.',
      'While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.'
    ])
    const lines = items.map((item) => nodes(item.children![1]!, 'listItem').map(textOf))
    expect(lines[0]!.slice(0, 2)).toEqual([
      'Likelihood: likely (55–80%)',
      'Confidence: Moderate. Reason: Ukrainian military statements and South Korea’s intelligence service agree independently; neither shows where the units went.'
    ])
    expect(lines[0]).toContain(
      'Assumptions: Units not seen in combat have left the region rather than moved to reserve positions nearby.'
    )
    expect(lines[0]).toContain(
      'Alternative explanations: The units were pulled back to rest and refit inside Russia and may return to the front.'
    )
    // Likelihood and confidence never share a line, let alone a sentence.
    for (const line of lines.flat()) expect(/Likelihood/.test(line) && /Confidence/.test(line)).toBe(false)
    // Only the judgment still in the article's words says so; what it lacks reads "not stated".
    expect(lines.map((l) => l.includes("Needs rewording: still in the article's words"))).toEqual([
      false,
      false,
      true
    ])
    expect(lines[2]).toContain('Likelihood: not stated')
    expect(lines[2]).toContain('Confidence: not stated')
  })

  it('carries every piece of a judgment’s evidence: both sides, other articles, the citation', () => {
    const [list] = sectionNodes(parse(md), 'Key judgments')
    const first = nodes(list!.children![0]!, 'listItem').map(textOf)
    const evidence = first.filter((l) => /^(Supported|Contradicted) by/.test(l))
    expect(evidence).toHaveLength(4)
    expect(evidence[0]).toMatch(
      /^Supported by: “Colonel Oleksandr Kindratenko.*” \[B2\] — Col\. Oleksandr Kindratenko \(North Korean troops withdraw from Kursk after heavy losses, sentence 2; corroborated\)$/
    )
    expect(evidence[1]).toContain(
      '(Seoul: North Korean troops pulled back from Kursk front, spy agency says, sentence 1; corroborated) — note: Same three-week window'
    )
    expect(evidence[2]).toBe(
      'Supported by: ISW Russian Offensive Campaign Assessment, 26 January 2025 — Institute for the Study of War'
    )
    expect(evidence[3]).toContain('Contradicted by: “A pro-Kremlin military blogger wrote on Telegram')
    expect(evidence[3]).toContain('(weak: reliability E, credibility 4) — note: One channel, no imagery.')
    // An article outside the case is named after the quote.
    expect(md).toContain(
      '   - Contradicted by: “Ukrainian forces continue to hold positions in the Kursk region, the General Staff said on Monday.” **[C3]** — _Ukraine still holds ground in Kursk, General Staff says_ — General Staff of the Armed Forces of Ukraine[^s'
    )
    // The citation's footnote holds its address, source and accessed date.
    expect(md).toContain(
      '[^c2]: ISW Russian Offensive Campaign Assessment, 26 January 2025. [https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025](<https://www.understandingwar.org/backgrounder/russian-offensive-campaign-assessment-january-26-2025>). Source: Institute for the Study of War (B — Usually reliable). Accessed 2 February 2025.'
    )
  })

  it('heads the brief with the case, its audience and date, and keeps one handling line at each end', () => {
    expect(md).toContain('\nCase: DPRK forces in Kursk · For: Europe desk editors · Date: 5 February 2025\n')
    expect(md.match(/UNCLASSIFIED \/\/ FOR TRAINING/g)).toHaveLength(2)
    expect(md.startsWith('**UNCLASSIFIED // FOR TRAINING**\n\n# ')).toBe(true)
    expect(md.endsWith('\n**UNCLASSIFIED // FOR TRAINING**\n')).toBe(true)
  })

  it('numbers footnotes in reading order, the judgments’ included: the source table ascends', () => {
    const tree = parse(md)
    const order: string[] = []
    for (const ref of nodes(tree, 'footnoteReference'))
      if (!order.includes(ref.identifier!)) order.push(ref.identifier!)
    const number = (id: string): number => order.indexOf(id) + 1
    const [table] = sectionNodes(tree, 'Sources').filter((n) => n.type === 'table')
    const numbers = table!
      .children!.slice(1)
      .map((row) => number(nodes(row, 'footnoteReference')[0]!.identifier!))
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b))
    // The sources the judgments cite come first: the colonel, then the spy agency.
    expect(numbers.slice(0, 2)).toEqual([1, 2])
    expect(textOf(table!.children![2]!)).toContain('National Intelligence Service (South Korea)')
  })

  it('prints a missing likelihood, confidence and evidence as such, and a confidence without reason', () => {
    const bare: BriefInput = {
      ...input,
      judgments: [
        { ...input.judgments![0]!, evidence: [], likelihood: null, confidence: 'High', confidenceReason: ' ' }
      ]
    }
    const text = renderBriefMarkdown(bare)
    expect(text).toContain('   - Likelihood: not stated\n   - Confidence: High. No reason given.\n')
    expect(text).toContain('   - Evidence: **none cited**\n')
  })

  it('is deterministic whatever the order of the judgments given', () => {
    expect(renderBriefMarkdown({ ...input, judgments: [...input.judgments!].reverse() })).toBe(md)
  })

  it('keeps the judgments of each case together in an article’s brief', () => {
    const other = (id: string, position: number) => ({
      ...caseJudgments[1]!,
      id,
      caseId: 'case-other',
      position
    })
    const article: BriefInput = {
      ...kurskBrief(SAMPLE),
      judgments: [caseJudgments[0]!, other('o2', 1), caseJudgments[1]!, other('o1', 0), caseJudgments[2]!]
    }
    expect(buildBrief(article).judgments.map((j) => j.judgment.id)).toEqual(['j1', 'j2', 'j3', 'o1', 'o2'])
  })
})

/** Text an analyst may type or an article may carry, meant to break the brief's structure. */
const HOSTILE = [
  '# not a heading',
  '- not a list',
  '1. nor this',
  '| a | b |',
  '**not bold**',
  '[^s1]',
  '[^c1]: forged',
  '<img src=x onerror=alert(1)>',
  'https://x.example/<b>_a_</b>',
  '`',
  '\\',
  '\n\n',
  '    indented',
  '\u202e',
  '> not a quote',
  '---',
  'likely'
]
const hostile = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string()), { minLength: 1, maxLength: 5 })
  .map((parts) => parts.join(' '))
  .filter((t) => stripBidiControls(t).trim() !== '')

describe('the key judgments with hostile text in every field the analyst writes', () => {
  function written(t: string[]): BriefInput {
    let n = 0
    const next = (): string => t[n++ % t.length]!
    return {
      ...input,
      caseName: next(),
      audience: next(),
      judgments: input.judgments!.map((j) => ({
        ...j,
        text: next(),
        confidenceReason: next(),
        assumptions: next(),
        alternatives: next(),
        evidence: j.evidence.map((e) => ({ ...e, note: next() }))
      }))
    }
  }
  const shapeOf = (markdown: string) => {
    const tree = parse(markdown)
    const [list] = sectionNodes(tree, 'Key judgments')
    return {
      blocks: (tree.children ?? []).map((n) => n.type),
      judgments: list!.children!.map((item) => [
        item.children!.map((c) => c.type),
        nodes(item.children![1]!, 'listItem').length
      ]),
      references: nodes(tree, 'footnoteReference').map((r) => r.identifier)
    }
  }
  const plain = shapeOf(renderBriefMarkdown(written(['Plain words of the analyst.'])))

  it('keeps every judgment one item with its own lines, and makes no markup from the text', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 8 }), (texts) => {
        const markdown = renderBriefMarkdown(written(texts))
        expect(shapeOf(markdown)).toEqual(plain)
        const tree = parse(markdown)
        for (const type of ['html', 'image', 'definition', 'code', 'thematicBreak'])
          expect(nodes(tree, type), type).toEqual([])
        const [list] = sectionNodes(tree, 'Key judgments')
        const statements = list!.children!.map((item) => textOf(item.children![0]!))
        // U+0000 reads as U+FFFD in every CommonMark parser; the brief writes it so.
        const expected = (raw: string) =>
          stripBidiControls(raw).replace(/\0/g, '\uFFFD').replace(/\s+/g, ' ').trim()
        const inOrder = [...written(texts).judgments!].sort((a, b) => a.position - b.position)
        expect(statements).toEqual(inOrder.map((j) => expected(j.text)))
      }),
      { numRuns: 20 }
    )
  })
})
