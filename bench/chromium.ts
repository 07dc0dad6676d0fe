// Runs the throughput comparison in Chromium, the app's runtime: ICU there is linear but pays a
// fixed cost per call, the opposite trade-off to Node. Bundles ./browser-entry.ts with esbuild.
import { inChromium } from './page-script'

export interface BrowserFigures {
  version: string
  ours: number
  intl: number
  segments: number
}

/** Median seconds per run in Chromium, or a reason when no Chromium can be started. */
export async function chromiumFigures(text: string, runs: number): Promise<BrowserFigures | string> {
  const run = await inChromium<Omit<BrowserFigures, 'version'>>(
    'browser-entry.ts',
    `sourcemarkBench.measure(${JSON.stringify(text)}, ${runs})`
  )
  return typeof run === 'string' ? run : { version: run.version, ...run.value }
}
