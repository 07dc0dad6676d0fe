// The brief's speed figures, measured in Chromium like the segmenter's: the case the issue sets
// (5 articles, 1,000 graded sentences, 300 links, 20 judgments) over distinct sentences of the
// news corpus, exported as Markdown and as the print page. The print page's code needs Vite (CSS
// imported as text, font files found by glob), so the page script is bundled with Vite, the
// fonts' files named but not read: only their addresses go into the page. Then the brief of a
// 76,000-sentence article with 1,000 graded sentences, built in the page from the corpus' sentences.
import { basename, join } from 'node:path'
import { chromium } from 'playwright'
import { build, type Plugin, type Rolldown } from 'vite'
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium'
import { largeCaseBrief } from '../src/shared/brief/large-case.fixture'
import type { BriefInput } from '../src/shared/brief/model'
import { segmentSentences } from '../src/shared/segment'
import type { BriefTimes } from './brief-measure'
import { newsCorpus } from './corpus'

const ROOT = join(import.meta.dirname, '..')
const ENTRY = '\0sourcemark-brief-bench'

/** The page script: the app's own export functions, handed to the timing code. */
const ENTRY_CODE = `
import { renderBriefMarkdown } from '@shared/brief/markdown'
import { briefPage } from '@renderer/features/brief/brief-page'
import { longArticleBrief } from '@shared/brief/long-article.fixture'
import { measureBrief, measureLongArticle } from ${JSON.stringify(join(import.meta.dirname, 'brief-measure.ts'))}
const renderers = { markdown: renderBriefMarkdown, printPage: briefPage }
globalThis.sourcemarkBriefBench = {
  measure: (input, runs) => measureBrief(input, runs, renderers),
  measureLong: (pool, runs) => measureLongArticle(longArticleBrief(pool), runs, renderers)
}
`

const benchEntry: Plugin = {
  name: 'brief-bench-entry',
  enforce: 'pre',
  resolveId: (id) => (id === ENTRY ? ENTRY : id.endsWith('.woff2?url') ? `\0font:${basename(id)}` : null),
  load: (id) =>
    id === ENTRY
      ? ENTRY_CODE
      : id.startsWith('\0font:')
        ? `export default ${JSON.stringify(`fonts/${id.slice('\0font:'.length, -'?url'.length)}`)}`
        : null
}

async function bundle(): Promise<string> {
  const result = (await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    resolve: {
      alias: {
        '@renderer': join(ROOT, 'src/renderer/src'),
        '@shared': join(ROOT, 'src/shared')
      }
    },
    plugins: [benchEntry],
    build: {
      write: false,
      minify: false,
      rolldownOptions: { input: ENTRY, output: { format: 'iife' } }
    }
    // Not watching: the result is the build's output, never a watcher.
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[]
  const [output] = Array.isArray(result) ? result : [result]
  const chunk = output!.output.find((o): o is Rolldown.OutputChunk => o.type === 'chunk')
  if (!chunk) throw new Error('The brief bench bundle holds no script.')
  return chunk.code
}

/** Distinct real sentences of the news corpus, so no text is escaped from a warm cache. */
function corpusSentences(): string[] {
  const corpus = newsCorpus(2_000_000, 7)
  const sentences = segmentSentences(corpus).map((s) => corpus.slice(s.start, s.end))
  return [...new Set(sentences.filter((t) => t.length > 30))]
}

/** The issue's case over distinct real sentences. */
export function benchCase(): BriefInput {
  return largeCaseBrief(corpusSentences())
}

export interface BriefFigures extends BriefTimes {
  version: string
  /** The brief of a 76,000-sentence article with 1,000 graded sentences. */
  longArticle: Pick<BriefTimes, 'markdown' | 'printHtml' | 'markdownChars'>
}

/** Median milliseconds in Chromium, or why they could not be measured. */
export async function briefFigures(runs: number): Promise<BriefFigures | string> {
  const executablePath = chromiumExecutable()
  if (!executablePath) return 'no Chromium found (set SOURCEMARK_CHROMIUM)'
  const script = await bundle()
  const pool = corpusSentences()
  const input = largeCaseBrief(pool)
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: script })
    // A string expression: the input travels as a literal and nothing is transpiled.
    const times = (await page.evaluate(
      `sourcemarkBriefBench.measure(${JSON.stringify(input)}, ${runs})`
    )) as BriefTimes
    const longArticle = (await page.evaluate(
      `sourcemarkBriefBench.measureLong(${JSON.stringify(pool)}, ${runs})`
    )) as BriefFigures['longArticle']
    return { version: browser.version(), ...times, longArticle }
  } finally {
    await browser.close()
  }
}
