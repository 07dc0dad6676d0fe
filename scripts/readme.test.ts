// The README's commands and Node versions, held to package.json and .nvmrc, so they stay true.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_FILE_BYTES } from '../src/shared/files/size-limit'
import { MAX_SENTENCE_CHARS } from '../src/shared/segment/long-runs'
import { READ_CONCURRENCY } from '../src/shared/importing/read-concurrency'
import { MAX_HTML_DEPTH } from '../src/shared/importing/html-depth'
import { LIST_ITEM_INDENT } from '../src/shared/segment/list-indent'
import { LISTED_CLAIMS } from '../src/shared/brief/condense'

const root = resolve(import.meta.dirname, '..')
const readme = readFileSync(resolve(root, 'README.md'), 'utf8')
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>
  engines: { node: string }
}
/** npm's own commands the README may name; every other `npm X` must be a script. */
const NPM_BUILTINS = new Set(['install', 'ci'])

function npmCommands(markdown: string): { run: string[]; direct: string[] } {
  const run = [...markdown.matchAll(/\bnpm run ([\w:.-]+)/g)].map((m) => m[1]!)
  const direct = [...markdown.matchAll(/\bnpm (?!run\b)([a-z][\w:-]*)/g)].map((m) => m[1]!)
  return { run: [...new Set(run)], direct: [...new Set(direct)] }
}

describe('the README', () => {
  const { run, direct } = npmCommands(readme)

  it('names only npm scripts that exist', () => {
    expect(run.length).toBeGreaterThan(5)
    expect(run.filter((name) => !(name in pkg.scripts))).toEqual([])
  })

  it('names only npm commands that are scripts or npm’s own', () => {
    expect(direct).toEqual(expect.arrayContaining(['install', 'start', 'test']))
    expect(direct.filter((name) => !NPM_BUILTINS.has(name) && !(name in pkg.scripts))).toEqual([])
  })

  it('states the Node versions package.json accepts and .nvmrc names', () => {
    const nvmrc = readFileSync(resolve(root, '.nvmrc'), 'utf8').trim()
    expect(readme).toContain(`Node ${nvmrc} (named in \`.nvmrc\`)`)
    const lowest = pkg.engines.node.split('||').map((range) => range.trim().replace(/^[\^>=]+/, ''))
    const stated = lowest.map((version) => version.replace(/\.0$/, '').replace(/\.0$/, '') + '+')
    expect(stated).toEqual(['20.19+', '22.13+', '24+'])
    expect(readme).toContain(`\`engines\` accepts Node ${stated[0]}, ${stated[1]} and ${stated[2]}.`)
  })

  it('finds commands the way a reader sees them', () => {
    expect(npmCommands('run `npm run start:web`, or `npm test`; npm run segment -- FILE')).toEqual({
      run: ['start:web', 'segment'],
      direct: ['test']
    })
  })

  it('names only files that exist where it says which tests and code hold a claim', () => {
    const paths = [...readme.matchAll(/`((?:src|e2e|scripts|test-support)\/[\w./-]+\.tsx?)`/g)].map(
      (m) => m[1]!
    )
    expect(paths).toEqual(
      expect.arrayContaining([
        'src/renderer/src/features/importing/formats/corpus.test.ts',
        'src/shared/importing/pdf-metadata.test.ts'
      ])
    )
    expect(paths.filter((path) => !existsSync(resolve(root, path)))).toEqual([])
    // The folder the tests' PDF, Word and PNG files are written from.
    expect(readme).toContain('`test-support/fixtures/`')
    expect(existsSync(resolve(root, 'test-support/fixtures/commands.ts'))).toBe(true)
  })

  it('states the import limits the code applies', () => {
    expect(readme).toContain(
      `larger than ${MAX_IMPORT_FILE_BYTES / (1024 * 1024)} MB is refused before it is read`
    )
    const chars = MAX_SENTENCE_CHARS.toLocaleString('en')
    expect(readme).toContain(`A run of more than ${chars} characters with no sentence end`)
    expect(readme).toContain(`split into parts of at most ${chars} characters`)
    expect(readme).toContain(`The files are read at most ${READ_CONCURRENCY} at once`)
  })

  it('names the file-import figures as the bench prints them', () => {
    const bench = readFileSync(resolve(root, 'bench/app-imports.ts'), 'utf8')
    const named = [...readme.matchAll(/`(import\.(?:\w+_20pages|60mb)\w*)`/g)].map((m) => m[1]!)
    expect(named).toEqual(
      expect.arrayContaining(['import.pdf_20pages_s', 'import.docx_20pages_s', 'import.60mb_refused_s'])
    )
    expect(named.filter((name) => !bench.includes(`'${name}'`))).toEqual([])
  })

  it('names only bench settings the bench reads', () => {
    const bench = readdirSync(resolve(root, 'bench'))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(resolve(root, 'bench', name), 'utf8'))
      .join('\n')
    const named = [...new Set([...readme.matchAll(/`(BENCH_[A-Z0-9_]+)/g)].map((m) => m[1]!))]
    expect(named).toEqual(expect.arrayContaining(['BENCH_BRIEF_CPU_PROFILE', 'BENCH_BRIEF_TRACE']))
    const read = (name: string) => bench.includes(`'${name}'`) || bench.includes(`env.${name}`)
    expect(named.filter((name) => !read(name))).toEqual([])
  })

  it('names the grade bench’s steps as its probe measures them', () => {
    const probe = readFileSync(resolve(root, 'bench/app-page.ts'), 'utf8')
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const grade = readme.slice(readme.indexOf('- `grade.key_to_paint_ms'), readme.indexOf('- `import.5mb'))
    const steps = [...grade.matchAll(/`([a-z_]+_ms|round_trips)`/g)].map((m) => m[1]!)
    expect(steps).toEqual(expect.arrayContaining(['answer_waits_ms', 'round_trips', 'transaction_ms']))
    // Each is a field of the steps the page's probe works out (answerWaits: number, …).
    const fields = steps.map((step) =>
      step.replace(/_ms$/, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase())
    )
    expect(fields.filter((field) => !probe.includes(`  ${field}: number`))).toEqual([])
    expect(grade).toContain('`grade.steps.<size>.native_twin.*`')
    expect(scenarios).toContain('.native_twin`')
  })

  it('names the start-up figures as the bench prints them', () => {
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const named = [...readme.matchAll(/`(reader\.[a-z_]*start_ms)`/g)].map((m) => m[1]!)
    expect(named).toEqual(['reader.first_start_ms', 'reader.returning_start_ms'])
    expect(named.filter((name) => !scenarios.includes(`'${name}'`))).toEqual([])
    const starts = /^const STARTS = (\d+)$/m.exec(scenarios)?.[1]
    expect(readme).toContain(`(medians of ${starts} starts`)
  })

  it('names the grade bench’s anchors and their ratios as it prints them', () => {
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const grade = readme.slice(readme.indexOf('- `grade.key_to_paint_ms'), readme.indexOf('- `import.5mb'))
    const anchors = [...grade.matchAll(/`(grade\.raw_[a-z_]+_ms)`/g)].map((m) => m[1]!)
    expect(anchors).toEqual(
      expect.arrayContaining(['grade.raw_put_ms', 'grade.raw_put_by_worker_after_key_ms'])
    )
    // Measured beside each size.
    const perSize = [...grade.matchAll(/`(grade\.raw_[a-z_]+_ms)\.<size>`/g)].map((m) => m[1]!)
    expect(perSize).toEqual(['grade.raw_grade_by_worker_after_key_ms'])
    expect(perSize.filter((name) => !scenarios.includes(`\`${name}.\${label}\``))).toEqual([])
    expect(anchors.filter((name) => !scenarios.includes(`'${name}'`))).toEqual([])
    const ratios = [...grade.matchAll(/`(grade\.key_to_stored_vs_[a-z_]+)\.<size>`/g)].map((m) => m[1]!)
    expect(ratios).toEqual(
      expect.arrayContaining([
        'grade.key_to_stored_vs_raw_put_by_worker_after_key',
        'grade.key_to_stored_vs_raw_grade_by_worker_after_key'
      ])
    )
    expect(ratios.filter((name) => !scenarios.includes(`\`${name}.\${label}\``))).toEqual([])
  })

  it('says the page-write fallback is printed without the goals, as the bench prints it', () => {
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const grade = readme
      .slice(readme.indexOf('- `grade.key_to_paint_ms'), readme.indexOf('- `import.5mb'))
      .replace(/\s+/g, ' ')
    expect(grade).toContain('so the page writes each grade itself (a fallback, printed without the goals)')
    expect(scenarios).toContain("const goal = (text: string) => (prefix === 'grade' ? text : undefined)")
    expect(scenarios).toContain("'ms', goal('≤ 16 ms'))")
    expect(scenarios).toContain("'ms', goal('≤ 4 ms'))")
    expect(scenarios).toContain("gradeFigures(page, '18', count, anchor, 'grade.page_write')")
  })

  it('says how the grade bench measures the main thread’s work per key, as it does', () => {
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const grade = readme
      .slice(readme.indexOf('- `grade.key_to_paint_ms'), readme.indexOf('- `import.5mb'))
      .replace(/\s+/g, ' ')
    for (const name of ['main_thread_per_key_ms', 'main_thread_per_idle_interval_ms']) {
      expect(grade).toContain(`\`grade.${name}.<size>\``)
      expect(scenarios).toContain(`\`\${prefix}.${name}.\${label}.median\``)
    }
    const presses = /const METERED_PRESSES = (\d+)/.exec(scenarios)?.[1]
    const afterKey = /const AFTER_KEY_MS = (\d+)/.exec(scenarios)?.[1]
    expect(grade).toContain(`(median of ${presses} more keys, after the timed ones)`)
    expect(grade).toContain(`until ${afterKey} ms after its rating is shown`)
  })

  it('names the import bench’s steps as its probe measures them', () => {
    const probe = readFileSync(resolve(root, 'bench/app-page.ts'), 'utf8')
    const item = readme.slice(readme.indexOf('- `import.5mb_first_paint_s'), readme.indexOf('- `import.1k_'))
    const steps = [...item.matchAll(/`([a-z_]+_ms|round_trips|checks|page_reads|page_read_rounds)`/g)].map(
      (m) => m[1]!
    )
    expect(steps).toEqual(
      expect.arrayContaining(['click_to_post_ms', 'transaction_ms', 'page_reads', 'shown_to_paint_ms'])
    )
    // Each is a field of the steps the page's probe works out (clickToPost: number, …).
    const fields = steps.map((step) =>
      step.replace(/_ms$/, '').replace(/_(\w)/g, (_, c: string) => c.toUpperCase())
    )
    expect(fields.filter((field) => !probe.includes(`  ${field}: number`))).toEqual([])
    expect(item).toContain('`import.5mb_steps.*`')
  })

  it('says how often the bench measures the 5 MB import, as its scenarios do', () => {
    const scenarios = readFileSync(resolve(root, 'bench/app-scenarios.ts'), 'utf8')
    const runs = /process\.env\.BENCH_IMPORT_RUNS \?\? (\d+)/.exec(scenarios)?.[1]
    expect(runs).toBeDefined()
    const item = readme.slice(readme.indexOf('- `import.5mb_first_paint_s'), readme.indexOf('- `import.1k_'))
    expect(item.replace(/\s+/g, ' ')).toContain(`measured \`BENCH_IMPORT_RUNS\` times (${runs} unless set;`)
    // The worst run's ratio and the run count, printed under the names the README gives them.
    expect(item).toContain('`<import>_vs_raw_bulkadd.max`')
    expect(scenarios).toContain('`${name}_vs_raw_bulkadd.max`')
    expect(item).toContain('`<import>_runs`')
    expect(scenarios).toContain('`${name}_runs`')
  })

  it('states the deepest page read and how a list item is marked', () => {
    expect(readme).toContain(`A page nested more than ${MAX_HTML_DEPTH} levels deep`)
    expect(LIST_ITEM_INDENT).toBe('  ')
    expect(readme).toContain('indent its line instead (two spaces,')
  })

  it('states how many uncorroborated claims a long brief prints before naming them by number', () => {
    expect(readme).toContain(`Past ${LISTED_CLAIMS} uncorroborated claims, its`)
  })
})
