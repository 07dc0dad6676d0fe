// Messages between the page and the worker that reads PDF and Word files.
import type { FileDraft, ReadFailure, ReadProgress } from './file-draft'

export type FormatKind = 'pdf' | 'docx'

export interface FormatRequest {
  kind: FormatKind
  fileName: string
  bytes: Uint8Array
  password?: string
}

export type FormatResponse =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; draft: FileDraft }
  | { type: 'failed'; message: string; reason: ReadFailure }
