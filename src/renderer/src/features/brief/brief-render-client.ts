// Runs the brief's Markdown → HTML step in a Web Worker; where a worker cannot start, it runs on
// the page instead, so a preview or a PDF never fails for that reason alone.
import { markdownToHtml } from './brief-marked'

export interface RenderRequest {
  id: number
  markdown: string
}

export type RenderResponse = { id: number; ok: true; html: string } | { id: number; ok: false; error: string }

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<
  number,
  { resolve: (html: string) => void; reject: (e: Error) => void; markdown: string }
>()

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./brief-render.worker.ts', import.meta.url), {
      type: 'module',
      name: 'brief-render'
    })
    worker.onmessage = (event: MessageEvent<RenderResponse>) => {
      const response = event.data
      const job = pending.get(response.id)
      if (!job) return
      pending.delete(response.id)
      if (response.ok) job.resolve(response.html)
      else job.reject(new Error(response.error))
    }
    worker.onerror = () => {
      // The worker could not load: finish what is pending here and stop using it.
      worker?.terminate()
      worker = null
      for (const [id, job] of pending) {
        pending.delete(id)
        try {
          job.resolve(markdownToHtml(job.markdown))
        } catch (e) {
          job.reject(e instanceof Error ? e : new Error(String(e)))
        }
      }
    }
  } catch {
    worker = null
  }
  return worker
}

/** The brief's Markdown as HTML (not yet sanitised), made in the worker when one can run. */
export function markdownToHtmlOffThread(markdown: string): Promise<string> {
  const w = getWorker()
  if (!w) return Promise.resolve().then(() => markdownToHtml(markdown))
  return new Promise((resolve, reject) => {
    const id = nextId++
    pending.set(id, { resolve, reject, markdown })
    w.postMessage({ id, markdown } satisfies RenderRequest)
  })
}
