// Messages between the page and the grade writer's worker (grade-writer.ts, grade-writer.worker.ts).
import type { Assessment } from '@shared/model'
import type { ObservabilitySet } from 'dexie'
import type { GradeRequest } from './assessments'

/**
 * Read ahead the row of the sentence the analyst selected (and what checks it), so that its first
 * grade is written in one wave; nothing is answered.
 */
export interface GradeReadAhead {
  kind: 'read-ahead'
  database: string
  sentenceId: string
  articleId: string
}

/** Store one grade in the named library: one action, answered once its transaction has committed. */
export interface GradeWriteRequest {
  kind?: undefined
  id: number
  /** The IndexedDB name of the library the page has open. */
  database: string
  grade: GradeRequest
}

export type GradeWriteResponse =
  /**
   * Committed: the stored row, the action the undo stack names, and what the write changed, as
   * Dexie announces it (the page sends it on; see dexie-broadcast.ts).
   */
  | {
      id: number
      kind: 'stored'
      row: Assessment
      action: string
      changed: boolean
      changes: ObservabilitySet[]
    }
  /** The worker could not open the library: nothing was written, the page writes it. */
  | { id: number; kind: 'unavailable' }
  /** The write failed and its transaction was rolled back: nothing was written. */
  | { id: number; kind: 'failed'; name: string; message: string }
