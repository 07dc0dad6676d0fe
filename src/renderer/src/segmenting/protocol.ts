// Messages between the renderer and the import worker.
import type { ImportStage, PreparedText } from '@shared/segment/prepare'

export interface PrepareRequest {
  id: number
  /** The article text as read, before normalisation. */
  text: string
  language: string
}

/** Stage reports while a request runs, then one result; the table's columns are transferred. */
export type PrepareResponse =
  | { id: number; kind: 'stage'; stage: ImportStage }
  | { id: number; kind: 'done'; prepared: PreparedText }
  | { id: number; kind: 'failed'; error: string }
