// Runs segmentation in a Web Worker; where a worker cannot start (some file:// hosts), it falls
// back to segmenting inline so an import never fails for that reason alone.
import { segmentSentences } from '@shared/segment'
import type { Segment } from '@shared/model'
import type { SegmentRequest, SegmentResponse } from './protocol'

let worker: Worker | null | undefined
let nextId = 1
const pending = new Map<
  number,
  { resolve: (s: Segment[]) => void; reject: (e: Error) => void; request: SegmentRequest }
>()

function getWorker(): Worker | null {
  if (worker !== undefined) return worker
  try {
    worker = new Worker(new URL('./segment.worker.ts', import.meta.url), {
      type: 'module',
      name: 'segmenter'
    })
    worker.onmessage = (event: MessageEvent<SegmentResponse>) => {
      const response = event.data
      const job = pending.get(response.id)
      if (!job) return
      pending.delete(response.id)
      if (!response.ok) job.reject(new Error(response.error))
      else
        job.resolve(
          Array.from(response.starts, (start, i) => ({
            start,
            end: response.ends[i],
            kind: response.kinds[i]
          }))
        )
    }
    worker.onerror = () => {
      // The worker could not load: finish what is pending inline and stop using it.
      worker?.terminate()
      worker = null
      for (const [id, job] of pending) {
        pending.delete(id)
        runInline(job.request).then(job.resolve, job.reject)
      }
    }
  } catch {
    worker = null
  }
  return worker
}

async function runInline({ text, language }: SegmentRequest): Promise<Segment[]> {
  return segmentSentences(text, { language })
}

export function segmentOffThread(text: string, language: string): Promise<Segment[]> {
  const request: SegmentRequest = { id: nextId++, text, language }
  const w = getWorker()
  if (!w) return runInline(request)
  return new Promise((resolve, reject) => {
    pending.set(request.id, { resolve, reject, request })
    w.postMessage(request)
  })
}
