// One import of a batch's ready rows: one after another, each its own import (its own
// transaction and history entry), so a row that fails is reported on its row and the others
// stand. Cancel stops before the next row; the row being written lands whole or not at all.
import { db } from '../../db'
import { ImportError } from '../../db/articles'
import { importOffThread } from '../../segmenting/segment-client'
import { describeLongRunSplit } from '@shared/segment/long-runs'
import type { ImportStage } from '@shared/segment/prepare'
import { draftOf, type BatchRow, type RowResult } from './batch'

export interface BatchImportOptions {
  signal: AbortSignal
  /** Told as each row's import starts: its place among the rows imported, from 0. */
  onStart?: (row: BatchRow, index: number) => void
  onStage?: (stage: ImportStage) => void
  onResult: (row: BatchRow, result: RowResult) => void
}

export async function importRows(
  rows: BatchRow[],
  { signal, onStart, onStage, onResult }: BatchImportOptions
): Promise<void> {
  for (const [index, row] of rows.entries()) {
    if (signal.aborted) {
      onResult(row, { kind: 'cancelled' })
      continue
    }
    onStart?.(row, index)
    onResult(row, await importRow(row, signal, onStage))
  }
}

async function importRow(
  row: BatchRow,
  signal: AbortSignal,
  onStage?: (stage: ImportStage) => void
): Promise<RowResult> {
  try {
    const outcome = await importOffThread(db, draftOf(row), onStage, signal)
    if (outcome.kind === 'duplicate') return outcome
    const note = describeLongRunSplit(outcome.split) || undefined
    return { kind: 'imported', articleId: outcome.articleId, sentenceCount: outcome.sentenceCount, note }
  } catch (e) {
    if (signal.aborted && e instanceof Error && e.name === 'AbortError') return { kind: 'cancelled' }
    const message =
      e instanceof ImportError ? e.message : `Import failed: ${e instanceof Error ? e.message : e}`
    return { kind: 'failed', message }
  }
}
