import { execFile } from 'node:child_process'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { vitestFailures } from './vitest-failures'

const vitest = resolve(import.meta.dirname, '..', 'node_modules', '.bin', 'vitest')

/** A folder of test files, run by Vitest itself with the JSON report `npm test` asks for. */
async function runVitest(files: Record<string, string>): Promise<{ root: string; report: string }> {
  const root = await mkdtemp(join(tmpdir(), 'vitest-failures-'))
  for (const [name, text] of Object.entries(files)) await writeFile(join(root, name), text)
  const report = join(root, 'test-results', 'report.json')
  const run = promisify(execFile)(
    vitest,
    ['run', '--root', root, '--globals', '--reporter=json', `--outputFile.json=${report}`],
    { cwd: root }
  )
  await expect(run).rejects.toMatchObject({ code: 1 })
  return { root, report }
}

describe('the failures a Vitest run reports', () => {
  it('names each failed test by file and full name, with its message and line, and a file that failed to load', async () => {
    const { root, report } = await runVitest({
      'sums.test.js': [
        "describe('sums', () => {",
        "  test('adds up', () => {",
        '    expect(1 + 1).toBe(3)',
        '  })',
        "  test('passes', () => {})",
        '})'
      ].join('\n'),
      'broken.test.js': "throw new Error('broken at import')\n"
    })
    const failures = await vitestFailures(report, root)
    expect(failures).toHaveLength(2)
    expect(failures).toContain('broken.test.js\n  broken at import')
    expect(failures).toContain(
      'sums.test.js › sums adds up\n  AssertionError: expected 2 to be 3 // Object.is equality\n  at sums.test.js:3'
    )
  })

  it('says so, by name, when there is no report or it is not one', async () => {
    const root = await mkdtemp(join(tmpdir(), 'vitest-failures-'))
    expect(await vitestFailures(join(root, 'test-results', 'report.json'), root)).toEqual([
      'no report at test-results/report.json: Vitest ended before writing it'
    ])
    await writeFile(join(root, 'other.json'), '{"passed": true}')
    expect(await vitestFailures(join(root, 'other.json'), root)).toEqual([
      "the report at other.json is not Vitest's JSON report"
    ])
  })
})
