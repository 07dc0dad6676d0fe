// A brief of a 76,000-sentence article with 1,000 graded sentences: every graded sentence is in
// it with its neighbours, the rest are counted and named by number, and it is still plain GFM.
import { readFileSync } from 'node:fs'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmFromMarkdown } from 'mdast-util-gfm'
import { gfm } from 'micromark-extension-gfm'
import { describe, expect, it } from 'vitest'
import { rating } from '../scales'
import { segmentSentences } from '../segment'
import { normaliseText } from '../text'
import { HEADING_EVERY, LONG_ARTICLE, longArticleBrief } from './long-article.fixture'
import { renderBriefMarkdown } from './markdown'

interface Node {
  type: string
  value?: string
  depth?: number
  children?: Node[]
}

const parse = (markdown: string): Node =>
  fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as Node
const textOf = (node: Node): string =>
  node.type === 'text' || node.type === 'inlineCode'
    ? (node.value ?? '')
    : (node.children ?? []).map(textOf).join('')
const nodes = (node: Node, type: string): Node[] => [
  ...(node.type === type ? [node] : []),
  ...(node.children ?? []).flatMap((child) => nodes(child, type))
]

/** The top-level nodes under a `## ` heading, up to the next. */
function section(root: Node, title: string): Node[] {
  const children = root.children ?? []
  const start = children.findIndex((n) => n.type === 'heading' && n.depth === 2 && textOf(n) === title)
  expect(start, `section ${title}`).toBeGreaterThan(-1)
  const end = children.findIndex((n, i) => i > start && n.type === 'heading' && n.depth === 2)
  return children.slice(start + 1, end === -1 ? undefined : end)
}

const LEFT_OUT = /^… (\d+) ungraded sentences? left out …$/

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const pool = segmentSentences(SAMPLE).map((s) => SAMPLE.slice(s.start, s.end))

/** What a reader must find, worked out from the input alone: the sentences shown, the gaps. */
function expected(input: ReturnType<typeof longArticleBrief>) {
  const [{ article, sentences, assessments }] = input.articles as [(typeof input.articles)[number]]
  const sourcesById = new Map(input.sources.map((s) => [s.id, s]))
  const graded = new Map(assessments.map((a) => [a.sentenceId, a]))
  // A line break between two sentences starts a paragraph: a neighbour is shown only from its own.
  const together = (a: (typeof sentences)[number] | undefined, b: (typeof sentences)[number] | undefined) =>
    Boolean(a && b) && !article.text.slice(a!.end, b!.start).includes('\n')
  const shown = sentences.filter(
    (s, i) =>
      graded.has(s.id) ||
      (together(sentences[i - 1], s) && graded.has(sentences[i - 1]!.id)) ||
      (together(s, sentences[i + 1]) && graded.has(sentences[i + 1]!.id))
  )
  const gaps = sentences.filter((s) => s.kind !== 'heading' && !graded.has(s.id)).map((s) => s.index + 1)
  const ranges: string[] = []
  for (let i = 0; i < gaps.length;) {
    let j = i
    while (gaps[j + 1] === gaps[j]! + 1) j++
    ranges.push(i === j ? `${gaps[i]}` : `${gaps[i]}–${gaps[j]}`)
    i = j + 1
  }
  const textOfSentence = (s: (typeof sentences)[number]) => {
    const grade = rating(graded.get(s.id), sourcesById)
    return article.text.slice(s.start, s.end) + (grade ? ` [${grade}]` : '')
  }
  return { sentences, graded, shown, gaps, ranges: ranges.join(', '), textOfSentence }
}

describe('the brief of a 76,000-sentence article with 1,000 graded sentences', () => {
  const input = longArticleBrief(pool)
  const want = expected(input)
  const md = renderBriefMarkdown(input)
  const root = parse(md)

  it('is built on the case the issue sets', () => {
    expect(want.sentences).toHaveLength(LONG_ARTICLE.sentences)
    expect(want.graded.size).toBe(LONG_ARTICLE.graded)
  })

  it('shows every graded sentence with its rating, in reading order, with its neighbours in its paragraph', () => {
    const text = section(root, 'Annotated text')
      .filter((n) => !LEFT_OUT.test(textOf(n)) && !textOf(n).startsWith('Graded sentences'))
      .map(textOf)
      .join(' ')
    expect(text).toBe(want.shown.map(want.textOfSentence).join(' '))
    expect(text.match(/ \[[A-F?-][1-6-]\]/g)).toHaveLength(LONG_ARTICLE.graded)
  })

  it('says how many ungraded sentences it leaves out, in all and between the runs it shows', () => {
    const leftOut = LONG_ARTICLE.sentences - want.shown.length
    expect(leftOut).toBeGreaterThan(70_000)
    const nodesShown = section(root, 'Annotated text')
    expect(textOf(nodesShown[0]!)).toBe(
      `Graded sentences with the sentence before and after each in its paragraph: ${leftOut} ungraded sentences of ${LONG_ARTICLE.sentences} left out.`
    )
    const counts = nodesShown.map((n) => LEFT_OUT.exec(textOf(n))?.[1]).filter(Boolean)
    expect(counts.reduce((n, c) => n + Number(c), 0)).toBe(leftOut)
  })

  it('names the gaps by ranges of sentence numbers, with their count, instead of quoting each', () => {
    const gaps = section(root, 'Gaps').map(textOf)
    const body = LONG_ARTICLE.sentences - LONG_ARTICLE.sentences / HEADING_EVERY
    expect(gaps).toEqual([
      `${want.gaps.length} of ${body} sentences not yet assessed, by sentence number:`,
      `sentences ${want.ranges} (${want.gaps.length} sentences)`
    ])
  })

  it('is a fraction of the article, and plain GFM: its sections, no HTML', () => {
    expect(md.length).toBeLessThan(input.articles[0]!.article.text.length / 10)
    expect(nodes(root, 'html')).toEqual([])
    expect((root.children ?? []).filter((n) => n.type === 'heading' && n.depth === 2).map(textOf)).toEqual([
      'Articles',
      'Key judgments',
      'Sources',
      'Claims by corroboration',
      'Notes and context',
      'Annotated text',
      'Gaps',
      'Methodology'
    ])
  })
})

describe('the full annotated text of a long article', () => {
  const input = longArticleBrief(pool, { sentences: 2_000, graded: 40, links: 10 })
  const want = expected(input)

  it('holds every sentence in order and leaves nothing out when asked', () => {
    const text = section(parse(renderBriefMarkdown(input, { fullText: true })), 'Annotated text').map(textOf)
    expect(text.some((t) => LEFT_OUT.test(t) || t.startsWith('Graded sentences'))).toBe(false)
    expect(text.join(' ')).toBe(want.sentences.map(want.textOfSentence).join(' '))
  })

  it('is condensed by default, past 500 sentences', () => {
    const text = section(parse(renderBriefMarkdown(input)), 'Annotated text').map(textOf)
    expect(text.filter((t) => LEFT_OUT.test(t)).length).toBeGreaterThan(10)
  })
})
