// Messages between the renderer and the segmentation worker.
import type { SentenceKind } from '@shared/model'

export interface SegmentRequest {
  id: number
  text: string
  language: string
}

export type SegmentResponse =
  | { id: number; ok: true; starts: Uint32Array; ends: Uint32Array; kinds: SentenceKind[] }
  | { id: number; ok: false; error: string }
