// A Vitest reporter that keeps, in `FAILURE_REPORT`, every failed test, every test file that did
// not run, and every error caught outside a test, for `npm test`'s summary (vitest-failures.ts).
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import type { Reporter, SerializedError, TestModule, Vitest } from 'vitest/node'
import { FAILURE_REPORT, type Failure } from './vitest-failures.ts'

export default class FailureReporter implements Reporter {
  private root = process.cwd()

  onInit(vitest: Vitest): void {
    this.root = vitest.config.root
  }

  async onTestRunEnd(
    modules: ReadonlyArray<TestModule>,
    unhandled: ReadonlyArray<SerializedError>
  ): Promise<void> {
    const path = join(this.root, FAILURE_REPORT)
    await mkdir(dirname(path), { recursive: true })
    await writeFile(path, JSON.stringify(failuresOf(modules, unhandled, this.root), null, 2))
  }
}

function failuresOf(
  modules: ReadonlyArray<TestModule>,
  unhandled: ReadonlyArray<SerializedError>,
  root: string
): Failure[] {
  const failures: Failure[] = []
  for (const module of modules) {
    const where = relative(root, module.moduleId)
    for (const error of module.errors())
      failures.push({ where, test: null, kind: 'file', ...told(error, module.moduleId) })
    for (const test of module.children.allTests('failed')) {
      const error = test.result().errors?.[0]
      failures.push({
        where,
        test: test.fullName,
        kind: 'test',
        ...(error ? told(error, module.moduleId) : { message: '', line: null })
      })
    }
  }
  for (const error of unhandled) {
    // Vitest names the file and the test that were running when the error was caught.
    const file = typeof error.VITEST_TEST_PATH === 'string' ? error.VITEST_TEST_PATH : null
    const test = typeof error.VITEST_TEST_NAME === 'string' ? error.VITEST_TEST_NAME : null
    failures.push({
      where: file === null ? '' : relative(root, file),
      test,
      kind: 'unhandled',
      ...told(error, file)
    })
  }
  return failures
}

/** The error's name and message, and the line of the file where its stack first shows it. */
function told(error: SerializedError, file: string | null): Pick<Failure, 'message' | 'line'> {
  const name = error.name && !error.message.startsWith(error.name) ? `${error.name}: ` : ''
  return { message: `${name}${error.message}`, line: file === null ? null : lineIn(error, file) }
}

function lineIn(error: SerializedError, file: string): number | null {
  const frame = error.stacks?.find((stack) => stack.file === file)
  if (frame) return frame.line
  // An error caught outside a test may come with its stack as text only: `<file>:<line>:<column>`.
  const at = error.stack?.indexOf(`${file}:`) ?? -1
  if (at === -1) return null
  const line = /^:(\d+):\d+/.exec(error.stack!.slice(at + file.length))
  return line ? Number(line[1]) : null
}
