// Runs the throughput comparison in Chromium, the app's runtime: ICU there is linear but pays a
// fixed cost per call, the opposite trade-off to Node. Bundles ./browser-entry.ts with esbuild.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { chromium } from 'playwright'
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium'

export interface BrowserFigures {
  version: string
  ours: number
  intl: number
  segments: number
}

async function bundle(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-bench-'))
  try {
    const outfile = join(dir, 'bench.js')
    await build({
      entryPoints: [join(import.meta.dirname, 'browser-entry.ts')],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2022',
      outfile,
      logLevel: 'silent'
    })
    return readFileSync(outfile, 'utf8')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Median seconds per run in Chromium, or a reason when no Chromium can be started. */
export async function chromiumFigures(text: string, runs: number): Promise<BrowserFigures | string> {
  const executablePath = chromiumExecutable()
  if (!executablePath) return 'no Chromium found (set SOURCEMARK_CHROMIUM)'
  const script = await bundle()
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  try {
    const page = await browser.newPage()
    await page.addScriptTag({ content: script })
    // A string expression, not a function: the text travels as a literal and nothing is transpiled.
    const result = (await page.evaluate(`sourcemarkBench.measure(${JSON.stringify(text)}, ${runs})`)) as Omit<
      BrowserFigures,
      'version'
    >
    return { version: browser.version(), ...result }
  } finally {
    await browser.close()
  }
}
