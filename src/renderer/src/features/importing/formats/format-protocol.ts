// Messages between the page and the worker that reads PDF and Word files and saved web pages.
import type { FileDraft, ReadFailure, ReadProgress } from './file-draft'

export type FormatKind = 'pdf' | 'docx'

export type FormatRequest =
  | { kind: FormatKind; fileName: string; bytes: Uint8Array; password?: string }
  /** A saved web page, decoded to text on the page (its charset is told by its bytes). */
  | { kind: 'html'; fileName: string; html: string }

export type FormatResponse =
  | { type: 'progress'; progress: ReadProgress }
  | { type: 'done'; draft: FileDraft }
  | { type: 'failed'; message: string; reason: ReadFailure }
