import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { FAILURE_REPORT, vitestFailures } from './vitest-failures'

const vitest = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'vitest')
const reporter = resolve(import.meta.dirname, 'vitest-failure-reporter.ts')

/** A new folder, removed when the test ends. */
async function folder(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'vitest-failures-'))
  onTestFinished(() => rm(root, { recursive: true, force: true }))
  return root
}

/** A folder of test files, run by Vitest itself with the reporter `npm test` names. */
async function runVitest(files: Record<string, string>): Promise<string[]> {
  const root = await folder()
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text)
  const run = promisify(execFile)(vitest, ['run', '--root', root, '--globals', `--reporter=${reporter}`], {
    cwd: root
  })
  await expect(run).rejects.toMatchObject({ code: 1 })
  return vitestFailures(join(root, FAILURE_REPORT), root)
}

describe('the failures a Vitest run reports', () => {
  it('names each failed test by file and full name, with its message and line, and a file that did not run', async () => {
    const failures = await runVitest({
      'sums.test.js': [
        "describe('sums', () => {",
        "  test('adds up', () => {",
        '    expect(1 + 1).toBe(3)',
        '  })',
        "  test('passes', () => {})",
        '})'
      ].join('\n'),
      'broken.test.js': "throw new TypeError('broken at import')\n"
    })
    expect(failures.toSorted()).toEqual([
      'broken.test.js (the file did not run)\n  TypeError: broken at import\n  at broken.test.js:1',
      'sums.test.js › sums > adds up\n  AssertionError: expected 2 to be 3 // Object.is equality\n  at sums.test.js:3'
    ])
  })

  it('names an error caught outside any test, which fails a run whose every test passed', async () => {
    const failures = await runVitest({
      'late.test.js': [
        "test('leaves a rejection behind', () => {",
        "  setTimeout(() => Promise.reject(new RangeError('rejected after the test')), 0)",
        '})',
        "test('waits', async () => {",
        '  await new Promise((resolve) => setTimeout(resolve, 50))',
        '})'
      ].join('\n')
    })
    expect(failures).toHaveLength(1)
    expect(failures[0]).toMatch(
      /^unhandled error, outside any test's own code, during late\.test\.js › (leaves a rejection behind|waits)\n {2}RangeError: rejected after the test\n {2}at late\.test\.js:2$/
    )
  })

  it('says so, by name, when there is no report or it is not one', async () => {
    const root = await folder()
    expect(await vitestFailures(join(root, FAILURE_REPORT), root)).toEqual([
      `no report at ${FAILURE_REPORT}: Vitest ended before writing it`
    ])
    await writeFile(join(root, 'other.json'), '{"passed": true}')
    expect(await vitestFailures(join(root, 'other.json'), root)).toEqual([
      "the report at other.json is not a list of Vitest's failures"
    ])
    await writeFile(join(root, 'empty.json'), '[]')
    expect(await vitestFailures(join(root, 'empty.json'), root)).toEqual([
      'no test failed and no error was caught: see what Vitest printed above'
    ])
  })
})
