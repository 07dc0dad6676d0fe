// `npm test`: the whole suite, every step run and reported even when an earlier one fails. The
// browser e2e specs run last, so the output ends with Playwright's own summary line.
import { delimiter, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { exitCode, runSteps, type Step } from './test-runner.ts'
import { FAILURE_REPORT, vitestFailures } from './vitest-failures.ts'

const root = resolve(import.meta.dirname, '..')

export const SUITE: readonly Step[] = [
  { name: 'type-check', command: 'npm run --silent typecheck' },
  { name: 'lint', command: 'npm run --silent lint' },
  {
    name: 'unit and browser tests (Vitest)',
    // Vitest's own output as ever, and a report from which the summary names what failed.
    command: 'vitest run --reporter=default --reporter=./scripts/vitest-failure-reporter.ts',
    report: {
      path: join(root, FAILURE_REPORT),
      failures: (path) => vitestFailures(path, root)
    }
  },
  { name: 'web build', command: 'npm run --silent build:web' },
  // Reads the manifest of the build just made: what index.html loads before the app starts.
  { name: 'first-load size', command: 'tsx scripts/first-load.ts' },
  { name: 'browser e2e (Playwright)', command: 'playwright test' }
]

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Started directly with tsx as well as through npm: find the project's own binaries either way.
  const PATH = [join(root, 'node_modules', '.bin'), process.env.PATH].join(delimiter)
  const results = await runSteps(SUITE, {
    cwd: root,
    env: { ...process.env, PATH },
    write: (text) => process.stdout.write(text)
  })
  process.exitCode = exitCode(results)
}
