// What index.html makes the browser fetch before the app can start: the entry chunk, every chunk it
// imports statically (transitively) and their CSS, read from the Vite manifest of a build, gzipped.
// Chunks loaded with import() are left out: they come when the analyst opens what needs them.
// Run after `npm run build:web` (as `npm test` does), it fails when the first load's scripts pass
// the ceiling.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'

/** The target for the scripts of the first load, in gzip kilobytes (1 KB = 1,000 bytes, as Vite reports). */
export const FIRST_LOAD_TARGET_KB = 200

/**
 * What the check holds the first load's scripts to: 194.2 KB rounded up to the next whole KB, plus
 * 1: a change that grows the first load by more than about a kilobyte is noticed, and the ceiling
 * raised on purpose, never above the target (raised from 194 for start-up's signal, which holds the
 * panels' code and the library's housekeeping until the first article is shown). The first load
 * is what paints the first screen: React DOM (about 66 KB),
 * Dexie (31 KB), the library list and the reader with their Mantine parts (about 23 KB), the
 * resizable panes (16 KB), the reader's virtualiser (10 KB) and the workbench's storage code. The
 * grading inspector, the legend's popover, the reader's filters, the tooltips, every modal and the
 * history chain's hashing (a JS SHA-256, about 7.5 KB gzip in scripts of its own, whose SHA-2 it shares
 * with the backup's signing) come after the first paint; import, export, backup, cases and the
 * side panels when opened or after it; the upgrades of an older library only when one is opened,
 * and only the shell's own platform adapter is built in.
 */
export const FIRST_LOAD_CEILING_KB = 196

/** One chunk of a Vite manifest (`build.manifest: true`), with only the fields read here. */
export interface ManifestChunk {
  file: string
  isEntry?: boolean
  /** Manifest keys of the chunks this one imports statically. */
  imports?: string[]
  /** Manifest keys of the chunks this one loads with import(): not part of the first load. */
  dynamicImports?: string[]
  css?: string[]
}

export type Manifest = Record<string, ManifestChunk>

/**
 * The renderer's code splitting (`build.rolldownOptions.output.codeSplitting`, for both builds):
 * every module index.html needs at once goes into one chunk. Left to itself the bundler cuts the
 * first load into a chunk per piece shared with a lazily loaded part (30 files), which compress
 * apart and fetch apart; in one file they are 12 KB smaller gzipped. What is loaded on demand is
 * split as before, and imports what it shares from that chunk.
 */
export const rendererCodeSplitting = {
  groups: [{ name: 'index', tags: ['$initial' as const] }]
}

export interface FirstLoad {
  /** The files fetched before the app starts, relative to the build folder, the page first. */
  files: string[]
  /** Gzip bytes of the scripts among them: what the budget holds. */
  scriptGzipBytes: number
  /** Gzip bytes of the style sheets among them. */
  styleGzipBytes: number
  /** Gzip bytes of the page itself. */
  pageGzipBytes: number
}

/** The files the page `html` loads at once: itself, its entry chunk, static imports and their CSS. */
export function firstLoadFiles(manifest: Manifest, html = 'index.html'): string[] {
  if (!manifest[html]?.isEntry) throw new Error(`The build's manifest has no entry for ${html}`)
  const files = new Set<string>([html])
  const seen = new Set<string>()
  const visit = (key: string): void => {
    if (seen.has(key)) return
    seen.add(key)
    const chunk = manifest[key]
    if (!chunk) throw new Error(`The build's manifest names ${key} but has no entry for it`)
    files.add(chunk.file)
    for (const css of chunk.css ?? []) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(html)
  return [...files]
}

/**
 * The files importing the manifest's chunk `key` with import() fetches beyond the first load: its
 * own, those it imports statically that the first load does not hold, and their CSS.
 */
export function onDemandFiles(manifest: Manifest, key: string, html = 'index.html'): string[] {
  const first = new Set(firstLoadFiles(manifest, html))
  const files = new Set<string>()
  const visit = (at: string): void => {
    const chunk = manifest[at]
    if (!chunk) throw new Error(`The build's manifest has no entry for ${at}`)
    if (first.has(chunk.file) || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const css of chunk.css ?? []) if (!first.has(css)) files.add(css)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(key)
  return [...files]
}

export function gzipSize(bytes: Uint8Array): number {
  return gzipSync(bytes).byteLength
}

/** The first load of the build in `outDir`, from its `.vite/manifest.json` and files. */
export function measureFirstLoad(outDir: string): FirstLoad {
  const manifestPath = join(outDir, '.vite', 'manifest.json')
  let manifest: Manifest
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest
  } catch (e) {
    throw new Error(`No build manifest at ${manifestPath} (npm run build:web writes it): ${String(e)}`, {
      cause: e
    })
  }
  const files = firstLoadFiles(manifest)
  const load: FirstLoad = { files, scriptGzipBytes: 0, styleGzipBytes: 0, pageGzipBytes: 0 }
  for (const file of files) {
    const size = gzipSize(readFileSync(join(outDir, file)))
    if (/\.m?js$/.test(file)) load.scriptGzipBytes += size
    else if (file.endsWith('.css')) load.styleGzipBytes += size
    else load.pageGzipBytes += size
  }
  return load
}

export const kilobytes = (bytes: number): number => bytes / 1000

/** One line for a person: the sizes and the files. */
export function describeFirstLoad(load: FirstLoad): string {
  const kb = (bytes: number) => `${kilobytes(bytes).toFixed(1)} KB`
  return (
    `First load: scripts ${kb(load.scriptGzipBytes)} gzip (ceiling ${FIRST_LOAD_CEILING_KB} KB, target ${FIRST_LOAD_TARGET_KB} KB), ` +
    `styles ${kb(load.styleGzipBytes)}, page ${kb(load.pageGzipBytes)}; ${load.files.join(', ')}`
  )
}

export function withinCeiling(load: FirstLoad, ceilingKb = FIRST_LOAD_CEILING_KB): boolean {
  return kilobytes(load.scriptGzipBytes) <= ceilingKb
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const load = measureFirstLoad(resolve(import.meta.dirname, '..', 'out', 'web'))
  console.log(describeFirstLoad(load))
  if (!withinCeiling(load)) {
    console.error(
      `The first load's scripts are over their ceiling of ${FIRST_LOAD_CEILING_KB} KB gzip: ` +
        'load what only a dialog or an action needs with import() where it is used.'
    )
    process.exitCode = 1
  }
}
