import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  FIRST_LOAD_CEILING_KB,
  firstLoadFiles,
  gzipSize,
  measureFirstLoad,
  onDemandFiles,
  withinCeiling,
  type Manifest
} from './first-load'

// The shape Vite writes: the page's entry, a vendor chunk it imports, a dialog it loads with import().
const MANIFEST: Manifest = {
  'index.html': {
    file: 'assets/index-a1.js',
    isEntry: true,
    imports: ['_vendor-b2.js'],
    dynamicImports: ['src/features/brief/ExportBriefDialog.tsx'],
    css: ['assets/index-c3.css']
  },
  '_vendor-b2.js': { file: 'assets/vendor-b2.js', imports: ['_runtime-d4.js'] },
  '_runtime-d4.js': { file: 'assets/runtime-d4.js' },
  'src/features/brief/ExportBriefDialog.tsx': {
    file: 'assets/ExportBriefDialog-e5.js',
    imports: ['_vendor-b2.js', '_marked-f6.js'],
    css: ['assets/ExportBriefDialog-e5.css']
  },
  '_marked-f6.js': { file: 'assets/marked-f6.js' }
}

describe('the first load', () => {
  let dir: string | undefined
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
    dir = undefined
  })

  /** A build folder holding MANIFEST's files, each with `contents[file]` or a short text. */
  function build(contents: Record<string, string | Uint8Array> = {}): string {
    dir = mkdtempSync(join(tmpdir(), 'first-load-'))
    mkdirSync(join(dir, '.vite'))
    mkdirSync(join(dir, 'assets'))
    writeFileSync(join(dir, '.vite', 'manifest.json'), JSON.stringify(MANIFEST))
    const files = ['index.html', ...Object.values(MANIFEST).flatMap((c) => [c.file, ...(c.css ?? [])])]
    for (const file of files) writeFileSync(join(dir, file), contents[file] ?? `/* ${file} */`)
    return dir
  }

  it('is the page, its entry, what the entry imports statically, and their styles', () => {
    expect(firstLoadFiles(MANIFEST)).toEqual([
      'index.html',
      'assets/index-a1.js',
      'assets/index-c3.css',
      'assets/vendor-b2.js',
      'assets/runtime-d4.js'
    ])
  })

  it('leaves out what is loaded with import(), and what only that imports', () => {
    const files = firstLoadFiles(MANIFEST)
    expect(files).not.toContain('assets/ExportBriefDialog-e5.js')
    expect(files).not.toContain('assets/ExportBriefDialog-e5.css')
    expect(files).not.toContain('assets/marked-f6.js')
  })

  it('names what a chunk loaded with import() fetches beyond the first load', () => {
    expect(onDemandFiles(MANIFEST, 'src/features/brief/ExportBriefDialog.tsx')).toEqual([
      'assets/ExportBriefDialog-e5.js',
      'assets/ExportBriefDialog-e5.css',
      'assets/marked-f6.js'
    ])
    expect(() => onDemandFiles(MANIFEST, 'src/features/none.tsx')).toThrow(
      /no entry for src\/features\/none\.tsx/
    )
  })

  it('counts the gzip size of the scripts, and the styles apart', () => {
    const out = build({ 'assets/index-a1.js': 'const a = 1\n'.repeat(500), 'assets/index-c3.css': 'a{}' })
    const load = measureFirstLoad(out)
    const script = (file: string) =>
      file === 'assets/index-a1.js' ? 'const a = 1\n'.repeat(500) : `/* ${file} */`
    const scripts = ['assets/index-a1.js', 'assets/vendor-b2.js', 'assets/runtime-d4.js']
    expect(load.scriptGzipBytes).toBe(scripts.reduce((sum, f) => sum + gzipSize(Buffer.from(script(f))), 0))
    expect(load.styleGzipBytes).toBe(gzipSize(Buffer.from('a{}')))
  })

  it('fails the check when a dialog’s library lands in the first load', () => {
    // Random bytes do not compress: 150 KB of them stay about 150 KB gzipped; the ceiling is 200 here.
    const library = () => crypto.getRandomValues(new Uint8Array(50_000))
    const small = build({ 'assets/vendor-b2.js': Buffer.concat([library(), library(), library()]) })
    expect(withinCeiling(measureFirstLoad(small), 200)).toBe(true)
    rmSync(small, { recursive: true })
    const grown = build({
      'assets/vendor-b2.js': Buffer.concat([library(), library(), library()]),
      'assets/runtime-d4.js': Buffer.concat([library(), library()])
    })
    expect(withinCeiling(measureFirstLoad(grown), 200)).toBe(false)
  })

  it('names the manifest it cannot read', () => {
    dir = mkdtempSync(join(tmpdir(), 'first-load-'))
    expect(() => measureFirstLoad(dir!)).toThrow(/No build manifest at .*manifest\.json/)
  })

  it('refuses a manifest without the page’s entry', () => {
    expect(() => firstLoadFiles({ 'other.html': { file: 'x.js', isEntry: true } })).toThrow(
      /no entry for index\.html/
    )
  })

  it('has the ceiling the README states', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8').replace(/\s+/g, ' ')
    expect(readme).toContain(`fails above a ceiling of ${FIRST_LOAD_CEILING_KB} KB`)
  })
})
