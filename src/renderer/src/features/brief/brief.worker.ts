// Reads and builds the export dialog's brief off the page, and writes its outputs from it: for a
// long article, reading every sentence and building the model is one task of a fifth of a second,
// and the page would not answer meanwhile. The built brief is kept here; the page gets the check's
// issues and a few header fields, then asks for each output by the build it belongs to.
import { workerLibraries } from '../../db/worker-library'
import { errorReport } from '../../worker-start'
import { loadScopeInput } from '../../db/brief-data'
import { briefIssues, briefOutput, buildOnce, type BuiltBrief } from './brief-outputs'
import type { BriefRequest, BriefResponse } from './brief-protocol'

const reply = (response: BriefResponse) => postMessage(response)

/** Each library opened once and kept open, as the grade writer's worker opens it. */
const library = workerLibraries()

/** The briefs the page holds, by the id it built them as. */
const builds = new Map<number, BuiltBrief>()

function failed(id: number, error: unknown): void {
  reply({ kind: 'failed', id, ...errorReport(error) })
}

async function build(request: Extract<BriefRequest, { kind: 'build' }>): Promise<void> {
  const { id, database, scope, header } = request
  const db = await library(database)
  if (!db) return reply({ kind: 'unavailable', id })
  try {
    const built = buildOnce(await loadScopeInput(scope, header, db))
    builds.set(id, built)
    const { title, generatedAt, handling } = built.input
    reply({ kind: 'built', id, title, generatedAt, handling, issues: briefIssues(built) })
  } catch (error) {
    failed(id, error)
  }
}

function output(request: Extract<BriefRequest, { kind: 'output' }>): void {
  const { id, output: kind, options, at } = request
  const built = builds.get(request.build)
  if (!built) return reply({ kind: 'gone', id })
  try {
    const value = briefOutput(built, kind, options, at)
    // The page is written in one step, a string built with no parsing: one step to report.
    if (kind === 'page-body') reply({ kind: 'progress', id, done: 1, total: 1 })
    reply({ kind: 'output', id, value })
  } catch (error) {
    failed(id, error)
  }
}

self.onmessage = (event: MessageEvent<BriefRequest>) => {
  const message = event.data
  if (message.kind === 'build') void build(message)
  else if (message.kind === 'output') output(message)
  else if (message.kind === 'open') void library(message.database)
  else builds.delete(message.build)
}
