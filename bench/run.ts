// The benchmark proper, started by `npm run bench` (scripts/bench.ts): accuracy and speed of sentence
// segmentation, one figure per line as `name: value unit`. Accuracy on the Golden Rules and on our
// news sets; throughput against raw Intl.Segmenter line by line, in Node and in Chromium; linearity.
// Then the speed of other work, the brief of a large case among it (in Chromium).
import { Buffer } from 'node:buffer'
import { appFigures } from './app-scenarios'
import { importFileFigures } from './app-imports'
import { briefFigures } from './brief-chromium'
import { reportBundle } from './bundle'
import { loadCases, newsSetFiles, percent, scoreCases, type Score } from './cases'
import { checkFigures } from './checks'
import { chromiumFigures } from './chromium'
import { newsCorpus } from './corpus'
import { reportSearch } from './search'
import { intlLineByLine } from './intl-baseline'
import { median, timeInterleaved, timeOnce } from './timing'
import { segmentSentences } from '../src/shared/segment'

const RUNS = 5
const CORPUS_CHARS = 5_000_000

function figure(name: string, value: number | string, unit = ''): void {
  const shown =
    typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : value
  console.log(`${name}: ${shown}${unit ? ` ${unit}` : ''}`)
}

function reportFailures(label: string, score: Score): void {
  for (const f of score.failures) {
    console.error(
      `  ${label} #${f.id} ${f.name}\n    got      ${JSON.stringify(f.got)}\n    expected ${JSON.stringify(f.expected)}`
    )
  }
}

function accuracy(): void {
  const golden = scoreCases(loadCases('golden-rules-en.json'), segmentSentences)
  figure('segment.golden_rules', percent(golden), '%')
  figure('segment.golden_rules.failed', golden.failures.length, 'cases')
  reportFailures('golden', golden)
  const all: Score = { passed: 0, total: 0, failures: [] }
  for (const file of newsSetFiles()) {
    const score = scoreCases(loadCases(file), segmentSentences)
    figure(`segment.news_sets.${file.replace(/^news-|\.json$/g, '')}`, percent(score), '%')
    reportFailures(file, score)
    all.passed += score.passed
    all.total += score.total
  }
  figure('segment.news_sets', percent(all), '%')
  figure('segment.news_sets.cases', all.total, 'cases')
}

function megabytes(text: string): number {
  return Buffer.byteLength(text, 'utf8') / 1e6
}

function nodeThroughput(corpus: string): number {
  const size = megabytes(corpus)
  const [ours, intl] = timeInterleaved([() => segmentSentences(corpus), () => intlLineByLine(corpus)], RUNS)
  figure('segment.corpus', size, 'MB')
  figure('segment.throughput', size / median(ours), 'MB/s')
  figure('segment.intl_throughput', size / median(intl), 'MB/s')
  figure('segment.ratio_vs_intl', median(intl) / median(ours))
  return median(ours)
}

function linearity(corpus: string, fiveMegabyteSeconds: number): void {
  const big = Array.from({ length: 10 }, () => corpus).join('\n')
  const seconds = timeOnce(() => segmentSentences(big))
  figure('segment.time_5mb', fiveMegabyteSeconds, 's')
  figure('segment.time_50mb', seconds, 's')
  figure('segment.linearity_50mb_vs_5mb', seconds / fiveMegabyteSeconds)
  const oneLine = corpus.replace(/\n/g, ' ')
  const lineSeconds = median([
    timeOnce(() => segmentSentences(oneLine)),
    timeOnce(() => segmentSentences(oneLine))
  ])
  figure('segment.one_line_5mb', lineSeconds, 's')
}

async function browser(corpus: string): Promise<void> {
  const result = await chromiumFigures(corpus, RUNS)
  if (typeof result === 'string') {
    figure('segment.chromium', `skipped (${result})`)
    return
  }
  const size = megabytes(corpus)
  figure('segment.chromium.version', result.version)
  figure('segment.chromium.throughput', size / result.ours, 'MB/s')
  figure('segment.chromium.intl_throughput', size / result.intl, 'MB/s')
  figure('segment.chromium.ratio_vs_intl', result.intl / result.ours)
}

/** Targets: Markdown ≤ 200 ms and the print page ≤ 1,000 ms for the issue's case of 1,000 sentences. */
async function brief(): Promise<void> {
  const result = await briefFigures(RUNS)
  if (typeof result === 'string') {
    figure('brief.chromium', `skipped (${result})`)
    return
  }
  figure('brief.markdown_1000_ms', result.markdown, 'ms')
  figure('brief.print_html_1000_ms', result.printHtml, 'ms')
  figure('brief.large_article_markdown_ms', result.longArticle.markdown, 'ms')
  figure('brief.large_article_print_html_ms', result.longArticle.printHtml, 'ms')
  figure('brief.large_article_markdown_chars', result.longArticle.markdownChars)
}

async function main(): Promise<void> {
  figure('segment.node.version', process.version)
  accuracy()
  const corpus = newsCorpus(CORPUS_CHARS)
  const seconds = nodeThroughput(corpus)
  linearity(corpus, seconds)
  await browser(corpus)
  for (const [name, ms] of checkFigures(RUNS)) figure(name, ms, 'ms')
  await reportSearch(figure)
  await brief()
  await appFigures()
  await importFileFigures()
  await reportBundle(figure)
}

await main()
