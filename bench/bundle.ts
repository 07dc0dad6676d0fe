// The size of the first load (issue 8: ≤ 200 KB gzip of scripts), measured on a fresh build of the
// browser shell made into a folder of its own, so a run never reads a stale `out/web`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'vite'
import { gzipSize, kilobytes, measureFirstLoad, onDemandFiles, type Manifest } from '../scripts/first-load'

const ROOT = join(import.meta.dirname, '..')

export interface BundleFigures {
  /** Gzip kilobytes of the scripts index.html loads before the app starts. */
  scripts: number
  /** Gzip kilobytes of its style sheets. */
  styles: number
  /** Gzip kilobytes of the history chain's hashing, fetched after the first paint. */
  historyHashing: number
}

export async function bundleFigures(): Promise<BundleFigures> {
  const outDir = mkdtempSync(join(tmpdir(), 'sourcemark-bundle-'))
  try {
    await build({
      configFile: join(ROOT, 'vite.web.config.ts'),
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true }
    })
    const load = measureFirstLoad(outDir)
    const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest
    const hashing = onDemandFiles(manifest, 'src/db/entry-hashing.ts')
      .map((file) => gzipSize(readFileSync(join(outDir, file))))
      .reduce((sum, bytes) => sum + bytes, 0)
    return {
      scripts: kilobytes(load.scriptGzipBytes),
      styles: kilobytes(load.styleGzipBytes),
      historyHashing: kilobytes(hashing)
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

/** Prints the figures with run.ts's `figure`, one `name: value unit` line each. */
export async function reportBundle(
  figure: (name: string, value: number, unit: string) => void
): Promise<void> {
  const { scripts, styles, historyHashing } = await bundleFigures()
  figure('bundle.first_load_gzip_kb', scripts, 'KB')
  figure('bundle.first_load_css_gzip_kb', styles, 'KB')
  figure('bundle.history_hashing_gzip_kb', historyHashing, 'KB')
}
