// Which tests a failed Vitest run failed, read back from its JSON report, so the summary that
// `npm test` prints before its last step names them: the output of a long run is often kept only
// in part, and Vitest's own account of a failure scrolls away under the e2e suite that follows.
import { readFile } from 'node:fs/promises'
import { basename, relative } from 'node:path'
import { z } from 'zod'

const Report = z.object({
  testResults: z.array(
    z.object({
      name: z.string(),
      status: z.string(),
      message: z.string().optional(),
      assertionResults: z.array(
        z.object({
          fullName: z.string(),
          status: z.string(),
          failureMessages: z.array(z.string()).optional()
        })
      )
    })
  )
})

/** Lines kept of one failure's message: its first lines, before the stack. */
const MESSAGE_LINES = 3
const LINE_CHARS = 240

/**
 * One entry per failed test (or per test file that failed outside its tests): where it is, its
 * full name and the start of its message. A report that cannot be read is said so, by name.
 */
export async function vitestFailures(reportPath: string, root: string): Promise<string[]> {
  let text: string
  try {
    text = await readFile(reportPath, 'utf8')
  } catch {
    return [`no report at ${relative(root, reportPath)}: Vitest ended before writing it`]
  }
  let report: z.infer<typeof Report>
  try {
    report = Report.parse(JSON.parse(text))
  } catch {
    return [`the report at ${relative(root, reportPath)} is not Vitest's JSON report`]
  }
  const failures: string[] = []
  for (const file of report.testResults) {
    const where = relative(root, file.name)
    const failed = file.assertionResults.filter((test) => test.status === 'failed')
    for (const test of failed)
      failures.push(describeFailure(where, test.fullName, test.failureMessages?.[0] ?? ''))
    if (failed.length === 0 && file.status === 'failed')
      failures.push(describeFailure(where, null, file.message ?? ''))
  }
  return failures
}

function describeFailure(where: string, test: string | null, message: string): string {
  const lines = message
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '')
  const stack = lines.findIndex((line) => /^\s+at /.test(line))
  const kept = (stack === -1 ? lines : lines.slice(0, stack)).slice(0, MESSAGE_LINES)
  // The line of the test file the failure came from: the stack's first frame in it.
  const file = basename(where)
  const frame = lines
    .slice(stack === -1 ? lines.length : stack)
    .map((line) => line.match(new RegExp(`${escaped(file)}:(\\d+):\\d+`)))
    .find((match) => match !== null)
  return [
    test === null ? where : `${where} › ${test}`,
    ...kept.map((line) => `  ${clip(line.trim())}`),
    ...(frame ? [`  at ${where}:${frame[1]}`] : [])
  ].join('\n')
}

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const clip = (line: string): string => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS - 1)}…` : line)
