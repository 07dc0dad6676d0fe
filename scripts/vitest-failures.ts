// Which tests a failed Vitest run failed, and which errors it caught outside any test, kept by the
// reporter in `vitest-failure-reporter.ts` and read back so the summary `npm test` prints before
// its last step names them: the output of a long run is often kept only in part, and Vitest's own
// account scrolls away under the e2e suite that follows. Vitest's JSON report is not enough: it
// leaves out unhandled errors, which fail a run whose every test passed.
import { readFile } from 'node:fs/promises'
import { relative } from 'node:path'
import { z } from 'zod'

/** Where the reporter writes, in the folder Vitest runs in. */
export const FAILURE_REPORT = 'test-results/vitest-failures.json'

const Failure = z.object({
  /** The test file, from the project folder. */
  where: z.string(),
  /** The test's full name; null for an error of its file as a whole, outside any test. */
  test: z.string().nullable(),
  /** A test's own failure, a test file that did not run, or an error caught outside any test. */
  kind: z.enum(['test', 'file', 'unhandled']),
  message: z.string(),
  /** The line of the test file the error came from, where its stack shows it. */
  line: z.number().int().nullable()
})
export type Failure = z.infer<typeof Failure>

/** Lines kept of a failure's message. */
const MESSAGE_LINES = 3
const LINE_CHARS = 240

/** One entry per failure, as `npm test`'s summary lists them. */
export function describeFailure(failure: Failure): string {
  const title =
    failure.kind === 'unhandled'
      ? `unhandled error, outside any test's own code, during ${failure.where || 'the run'}${failure.test ? ` › ${failure.test}` : ''}`
      : failure.kind === 'file'
        ? `${failure.where} (the file did not run)`
        : `${failure.where} › ${failure.test ?? ''}`
  const lines = failure.message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, MESSAGE_LINES)
    .map((line) => `  ${clip(line)}`)
  const at = failure.line === null ? [] : [`  at ${failure.where}:${failure.line}`]
  return [title, ...lines, ...at].join('\n')
}

const clip = (line: string): string => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line)

/** The failures the reporter kept, described; a report that cannot be read is said so, by name. */
export async function vitestFailures(reportPath: string, root: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(reportPath, 'utf8')
  } catch {
    return [`no report at ${relative(root, reportPath)}: Vitest ended before writing it`]
  }
  let failures: Failure[]
  try {
    failures = z.array(Failure).parse(JSON.parse(text))
  } catch {
    return [`the report at ${relative(root, reportPath)} is not a list of Vitest's failures`]
  }
  if (failures.length === 0) return ['no test failed and no error was caught: see what Vitest printed above']
  return failures.map(describeFailure)
}
