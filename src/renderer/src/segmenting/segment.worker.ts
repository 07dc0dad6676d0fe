// Segments article text off the UI thread, so importing a long text never freezes the reader.
import { segmentSentences } from '@shared/segment'
import type { SegmentRequest, SegmentResponse } from './protocol'

self.onmessage = (event: MessageEvent<SegmentRequest>) => {
  const { id, text, language } = event.data
  let response: SegmentResponse
  try {
    const segments = segmentSentences(text, { language })
    // Parallel typed arrays cross the worker boundary without copying (transfer).
    const starts = new Uint32Array(segments.map((s) => s.start))
    const ends = new Uint32Array(segments.map((s) => s.end))
    response = { id, ok: true, starts, ends, kinds: segments.map((s) => s.kind) }
    postMessage(response, { transfer: [starts.buffer, ends.buffer] })
  } catch (error) {
    response = { id, ok: false, error: error instanceof Error ? error.message : String(error) }
    postMessage(response)
  }
}
