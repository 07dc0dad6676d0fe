import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { SUITE } from './test'
import { exitCode, progressReport, runSteps, type Step } from './test-runner'

const node = (code: string): string => `"${process.execPath}" -e "${code}"`

async function runAll(steps: Step[]) {
  let output = ''
  const results = await runSteps(steps, {
    cwd: tmpdir(),
    env: process.env,
    stdio: 'pipe',
    write: (text) => (output += text),
    onOutput: (text) => (output += text)
  })
  return { results, output }
}

describe('npm test', () => {
  it('runs every step even after one fails, and exits non-zero', async () => {
    const { results, output } = await runAll([
      { name: 'type-check', command: node("console.log('types fine')") },
      { name: 'lint', command: node("console.log('2 problems'); process.exit(1)") },
      { name: 'unit tests', command: node("console.log('40 passed')") },
      { name: 'e2e', command: node("console.log('  12 passed (31.0s)')") }
    ])
    expect(results.map((r) => r.code)).toEqual([0, 1, 0, 0])
    expect(exitCode(results)).toBe(1)
    expect(output).toContain('types fine')
    expect(output).toContain('40 passed')
    // Before the last runner: which passed and which failed.
    expect(output).toMatch(/1 of 3 steps failed: npm test will exit non-zero:\n {2}passed {2}type-check/)
    expect(output).toContain('  FAILED  lint        (')
    expect(output).toContain('Last: e2e (')
    // And the output ends with the last runner's own summary line.
    expect(output.trimEnd().split('\n').at(-1)).toBe('  12 passed (31.0s)')
  })

  it('exits zero only when every step passed', async () => {
    const { results } = await runAll([
      { name: 'a', command: node('') },
      { name: 'b', command: node('') }
    ])
    expect(exitCode(results)).toBe(0)
    expect(exitCode([...results, { name: 'c', command: 'c', code: null }])).toBe(1)
  })

  it('says when a command could not start or was stopped', () => {
    const report = progressReport(
      [
        { name: 'lint', command: 'eslint .', code: null },
        { name: 'unit', command: 'vitest run', code: null, signal: 'SIGKILL' }
      ],
      { name: 'e2e', command: 'playwright test' }
    )
    expect(report).toContain('FAILED  lint  (eslint .: could not start)')
    expect(report).toContain('FAILED  unit  (vitest run: stopped by SIGKILL)')
  })

  it('names what failed under the failed step, read from the report it wrote, never an older one', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'npm-test-'))
    onTestFinished(() => rm(folder, { recursive: true, force: true }))
    const path = join(folder, 'report.txt')
    const fromReport = async (file: string) =>
      (await readFile(file, 'utf8').catch(() => 'no report')).split(';')
    await writeFile(path, 'an old failure')
    const { output } = await runAll([
      {
        name: 'unit tests',
        command: node(
          `require('fs').writeFileSync('${path}', 'a.test.ts › adds up;b.test.ts'); process.exit(1)`
        ),
        report: { path, failures: fromReport }
      },
      { name: 'silent', command: node('process.exit(1)'), report: { path, failures: fromReport } },
      {
        name: 'many',
        command: node(
          `require('fs').writeFileSync('${path}', Array.from({ length: 12 }, (_, i) => 't' + i).join(';')); process.exit(1)`
        ),
        report: { path, failures: fromReport }
      },
      { name: 'e2e', command: node("console.log('  12 passed (31.0s)')") }
    ])
    expect(output).toContain('      ✗ a.test.ts › adds up\n      ✗ b.test.ts\n  FAILED  silent')
    expect(output).not.toContain('an old failure')
    expect(output).toContain('      ✗ no report\n  FAILED  many')
    expect(output).toContain('      ✗ t9\n      and 2 more\nLast: e2e (')
    expect(output).not.toContain('t10')
  })

  it('is the whole suite: static checks, both Vitest projects, the web build and its first-load size, Playwright last', () => {
    expect(SUITE.map((s) => s.command)).toEqual([
      'npm run --silent typecheck',
      'npm run --silent lint',
      'vitest run --reporter=default --reporter=./scripts/vitest-failure-reporter.ts',
      'npm run --silent build:web',
      'tsx scripts/first-load.ts',
      'playwright test'
    ])
  })
})
