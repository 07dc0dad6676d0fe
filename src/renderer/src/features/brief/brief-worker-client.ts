// Where the export dialog's brief is built: in the brief's worker (brief.worker.ts), which keeps it
// and answers each output as text, so the page stays responsive for a brief of any length; or, where
// the worker cannot start (a content policy, an old browser) or cannot open the library, on the
// page as before. One interface (BriefHandle), two ways, chosen once.
import type { BriefOptions } from '@shared/brief/markdown'
import type { CaseHeader } from '@shared/model'
import type { SourcemarkDatabase } from '../../db/database'
import { loadScopeInput, type BriefHeader, type BriefScope } from '../../db/brief-data'
import { briefHere, buildOnce, type BriefHandle, type BriefOutputs } from './brief-outputs'
import type { PageProgress } from './brief-html'
import type { BriefRequest, BriefResponse } from './brief-protocol'
import { reportedError, startHeard } from '../../worker-start'

/** Builds the brief of `scope` with `header` from the library `db` and hands it over. */
export interface BriefMaker {
  /** Gets ready to build from `db` soon (the export dialog is opening). */
  warm?(db: SourcemarkDatabase): void
  build(db: SourcemarkDatabase, scope: BriefScope, header?: BriefHeader | CaseHeader): Promise<BriefHandle>
}

/** Starts the brief's worker (may throw, as under a policy that forbids workers). */
export function startBriefWorker(): Worker {
  return new Worker(new URL('./brief.worker.ts', import.meta.url), { type: 'module', name: 'brief' })
}

/** The brief built on the page: the way where the worker cannot be used. */
export async function buildHere(
  db: SourcemarkDatabase,
  scope: BriefScope,
  header?: BriefHeader | CaseHeader
): Promise<BriefHandle> {
  return briefHere(buildOnce(await loadScopeInput(scope, header, db)))
}

type Built = Extract<BriefResponse, { kind: 'built' }>
type Asked = { kind: 'build' | 'output' } & BriefRequest

interface Pending {
  resolve: (response: BriefResponse) => void
  onProgress?: PageProgress
}

export class BriefWorkerClient implements BriefMaker {
  /** undefined: not started yet; null: cannot be used, the page builds. */
  private worker: Worker | null | undefined
  private nextId = 1
  private readonly pending = new Map<number, Pending>()

  constructor(private readonly start: () => Worker = startBriefWorker) {}

  /** Whether briefs are built by the worker (false once it could not start or open the library). */
  get usingWorker(): boolean {
    return this.started() !== null
  }

  /**
   * Starts the worker and has it open the library while the dialog reads its header, so that the
   * first check does not wait for the worker's code and the library's opening.
   */
  warm(db: SourcemarkDatabase): void {
    const message: BriefRequest = { kind: 'open', database: db.name }
    this.started()?.postMessage(message)
  }

  /** Ends the worker, and what it was asked goes unanswered: the next brief starts a new one. */
  terminate(): void {
    this.worker?.terminate()
    this.worker = undefined
    this.pending.clear()
  }

  async build(
    db: SourcemarkDatabase,
    scope: BriefScope,
    header?: BriefHeader | CaseHeader
  ): Promise<BriefHandle> {
    if (!this.started()) return buildHere(db, scope, header)
    const answer = await this.ask({ kind: 'build', id: this.nextId++, database: db.name, scope, header })
    if (answer.kind === 'built') return this.handle(db, scope, header, answer)
    if (answer.kind === 'failed') throw reportedError(answer)
    // The worker could not open the library (or stopped): the page builds, from now on.
    this.failed()
    return buildHere(db, scope, header)
  }

  private handle(
    db: SourcemarkDatabase,
    scope: BriefScope,
    header: BriefHeader | CaseHeader | undefined,
    { id, title, generatedAt, handling, issues }: Built
  ): BriefHandle {
    let released = false
    const kept = { worker: this.worker }
    return {
      title,
      generatedAt,
      handling,
      issues: async () => issues,
      output: async <K extends keyof BriefOutputs>(
        kind: K,
        options: BriefOptions,
        at: string,
        onProgress?: PageProgress
      ): Promise<BriefOutputs[K]> => {
        if (!released) {
          const request = { kind: 'output', id: this.nextId++, build: id, output: kind, options, at } as const
          const answer = await this.ask(request, onProgress)
          if (answer.kind === 'output') return answer.value as BriefOutputs[K]
          if (answer.kind === 'failed') throw reportedError(answer)
        }
        // Released, or its worker stopped: built again, for this output, from the library as it is.
        const again = await this.build(db, scope, header)
        try {
          return await again.output(kind, options, at, onProgress)
        } finally {
          again.release()
        }
      },
      release: () => {
        if (released) return
        released = true
        if (kept.worker && kept.worker === this.worker) {
          const message: BriefRequest = { kind: 'release', build: id }
          kept.worker.postMessage(message)
        }
      }
    }
  }

  private ask(request: Asked, onProgress?: PageProgress): Promise<BriefResponse> {
    const worker = this.worker
    if (!worker) return Promise.resolve({ kind: 'unavailable', id: request.id })
    return new Promise((resolve) => {
      this.pending.set(request.id, { resolve, onProgress })
      worker.postMessage(request)
    })
  }

  private started(): Worker | null {
    if (this.worker === undefined)
      this.worker = startHeard<BriefResponse>(
        this.start,
        (response) => this.answered(response),
        // A worker that could not load (a policy, a missing file) or stopped.
        () => this.failed()
      )
    return this.worker
  }

  private answered(response: BriefResponse): void {
    const job = this.pending.get(response.id)
    if (!job) return
    if (response.kind === 'progress') return job.onProgress?.(response.done, response.total)
    this.pending.delete(response.id)
    job.resolve(response)
  }

  /** The page builds from now on; whatever the worker was asked is asked of the page. */
  private failed(): void {
    this.worker?.terminate()
    this.worker = null
    const jobs = [...this.pending.entries()]
    this.pending.clear()
    for (const [id, job] of jobs) job.resolve({ kind: 'unavailable', id })
  }
}

/** The app's brief maker, shared by every opening of the export dialog. */
export const briefMaker = new BriefWorkerClient()
