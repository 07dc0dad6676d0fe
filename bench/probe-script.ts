// The bench's probes (./app-page.ts, ./app-worker.ts, ./app-import-page.ts) bundled as the pages
// and workers run them; the bench's shell and the e2e check of the probe use the same bundle.
import { join } from 'node:path'
import { build } from 'esbuild'

/** A probe bundled as a classic script: the page's runs before the app's module. */
export async function probeScript(file = 'app-page.ts'): Promise<string> {
  const result = await build({
    entryPoints: [join(import.meta.dirname, file)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent'
  })
  return result.outputFiles[0]!.text
}
