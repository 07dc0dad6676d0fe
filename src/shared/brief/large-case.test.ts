// The case the speed figures are measured on is the case the issue sets: if it shrank, the
// figures would flatter the brief. Its brief is also a correct one, every reference resolved.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../segment'
import { normaliseText } from '../text'
import { BENCH_CASE, largeCaseBrief } from './large-case.fixture'
import { renderBriefModelMarkdown } from './markdown'
import { buildBrief } from './model'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)
const pool = segmentSentences(SAMPLE).map((s) => SAMPLE.slice(s.start, s.end))
const input = largeCaseBrief(pool)
const model = buildBrief(input)

describe('the benchmark case', () => {
  it('has 5 articles, 1,000 graded sentences, 300 distinct links and 20 judgments', () => {
    expect(BENCH_CASE).toMatchObject({ articles: 5, sentencesPerArticle: 200, links: 300, judgments: 20 })
    expect(model.articles).toHaveLength(5)
    expect(model.articles.flatMap((a) => a.sentences).filter((s) => s.assessed)).toHaveLength(1000)
    const links = new Set(input.articles.flatMap((a) => a.links.map((l) => l.id)))
    expect(links.size).toBe(300)
    expect(model.judgments).toHaveLength(20)
    for (const j of model.judgments)
      expect(j.supports.length + j.contradicts.length).toBeGreaterThanOrEqual(3)
  })

  it('links across its articles, to an article outside it and to citations, and every end resolves', () => {
    const all = input.articles.flatMap((a) => a.links)
    const across = all.filter(
      (l) => l.target.kind === 'sentence' && l.target.sentenceId.split(':')[0] !== l.articleId
    )
    expect(across.length).toBeGreaterThan(50)
    expect(all.some((l) => l.target.kind === 'external')).toBe(true)
    expect(all.some((l) => l.target.kind === 'sentence' && l.target.sentenceId.startsWith('outside:'))).toBe(
      true
    )
    const evidence = model.judgments.flatMap((j) => [...j.supports, ...j.contradicts])
    expect(evidence.filter((e) => e.missing)).toEqual([])
    expect(evidence.filter((e) => e.other.text === undefined && !e.other.external)).toEqual([])
  })

  it('renders a brief whose every footnote reference resolves', () => {
    const md = renderBriefModelMarkdown(model)
    const defined = new Set([...md.matchAll(/^\[\^([^\]]+)\]: /gm)].map(([, id]) => id))
    const referenced = new Set([...md.matchAll(/(?<!^)\[\^([^\]]+)\](?!:)/gm)].map(([, id]) => id))
    expect(referenced.size).toBeGreaterThan(30)
    expect(defined).toEqual(referenced)
  })

  it('is the same case for the same seed', () => {
    expect(largeCaseBrief(pool)).toEqual(input)
    expect(largeCaseBrief(pool, BENCH_CASE, 2)).not.toEqual(input)
  })
})
