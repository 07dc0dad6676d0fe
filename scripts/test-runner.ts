// Runs a list of commands one after another, each even when an earlier one failed, so a single
// `npm test` reports on every part of the suite. Before the last command it prints which steps
// passed and failed; the output then ends with the last command's own summary.
import { spawn } from 'node:child_process'
import { rm } from 'node:fs/promises'

export interface Step {
  /** What the step checks, as a reader would call it. */
  name: string
  /** A shell command, run in the project folder. */
  command: string
  /**
   * A report the command writes (removed before it runs, so an old one is never read) and how to
   * read from it which of its checks failed, when the step fails.
   */
  report?: { path: string; failures: (path: string) => Promise<string[]> }
}

export interface StepResult {
  name: string
  command: string
  /** The exit code; null when the command could not start or was killed by a signal. */
  code: number | null
  signal?: string | null
  /** What failed, read from the step's report; one entry per failed check. */
  failures?: readonly string[]
}

export const passed = (result: StepResult): boolean => result.code === 0

/** Non-zero when any step failed, whichever it was. */
export function exitCode(results: readonly StepResult[]): number {
  return results.every(passed) ? 0 : 1
}

/** Failures named under their step; past this many, how many more. */
const FAILURES_SHOWN = 10

/** One line per finished step, under a failed one what failed, then what runs last. */
export function progressReport(results: readonly StepResult[], last: Step): string {
  const width = Math.max(...results.map((r) => r.name.length))
  const lines = results.flatMap((r) => [
    `  ${passed(r) ? 'passed' : 'FAILED'}  ${r.name.padEnd(width)}  (${outcome(r)})`,
    ...failureLines(r.failures ?? [])
  ])
  const failed = results.filter((r) => !passed(r)).length
  const verdict =
    failed === 0
      ? 'every step so far passed'
      : `${failed} of ${results.length} steps failed: npm test will exit non-zero`
  return [`npm test so far — ${verdict}:`, ...lines, `Last: ${last.name} (${last.command})`].join('\n')
}

function failureLines(failures: readonly string[]): string[] {
  const indent = (text: string): string[] => text.split('\n').map((line) => `      ${line}`)
  const shown = failures.slice(0, FAILURES_SHOWN).flatMap((failure) => indent(`✗ ${failure}`))
  const more = failures.length - FAILURES_SHOWN
  return more > 0 ? [...shown, ...indent(`and ${more} more`)] : shown
}

function outcome(result: StepResult): string {
  if (result.signal) return `${result.command}: stopped by ${result.signal}`
  if (result.code === null) return `${result.command}: could not start`
  return `${result.command}: exit code ${result.code}`
}

export interface RunOptions {
  cwd: string
  env: NodeJS.ProcessEnv
  /** Where the runner's own lines go (the commands write to the inherited stdout and stderr). */
  write: (text: string) => void
  /** How each command's output is passed on; 'inherit' in the command, 'pipe' to capture in tests. */
  stdio?: 'inherit' | 'pipe'
  onOutput?: (text: string) => void
}

/** Runs every step in order, none skipped, and returns each step's result. */
export async function runSteps(steps: readonly Step[], options: RunOptions): Promise<StepResult[]> {
  const results: StepResult[] = []
  for (const [index, step] of steps.entries()) {
    if (index === steps.length - 1 && results.length > 0)
      options.write(`\n${progressReport(results, step)}\n\n`)
    else options.write(`\n▶ ${step.name}: ${step.command}\n`)
    if (step.report) await rm(step.report.path, { force: true })
    const result = await run(step, options)
    if (step.report && !passed(result)) result.failures = await step.report.failures(step.report.path)
    results.push(result)
  }
  return results
}

function run(step: Step, options: RunOptions): Promise<StepResult> {
  return new Promise((done) => {
    const child = spawn(step.command, {
      cwd: options.cwd,
      env: options.env,
      shell: true,
      stdio: ['ignore', options.stdio ?? 'inherit', options.stdio ?? 'inherit']
    })
    child.stdout?.setEncoding('utf8').on('data', (text: string) => options.onOutput?.(text))
    child.stderr?.setEncoding('utf8').on('data', (text: string) => options.onOutput?.(text))
    child.on('error', () => done({ name: step.name, command: step.command, code: null }))
    child.on('close', (code, signal) => done({ name: step.name, command: step.command, code, signal }))
  })
}
