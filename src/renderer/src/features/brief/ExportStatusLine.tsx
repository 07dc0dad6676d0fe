// The export dialog's status line. Preparing a long print page reports its progress many times;
// only this line re-renders for it, never the dialog with its form and its check of the brief.
import { useSyncExternalStore } from 'react'
import { Text } from '@mantine/core'
import type { ExportStatus } from './export-outcome'

const STATUS_COLORS: Record<ExportStatus['tone'], string> = {
  done: 'teal',
  'not-done': 'orange',
  unknown: 'blue'
}

/** A line of progress the dialog sets and the status line alone reads; `null` when none. */
export interface ProgressLine {
  set(text: string | null): void
  get(): string | null
  subscribe(listener: () => void): () => void
}

export function progressLine(): ProgressLine {
  let text: string | null = null
  const listeners = new Set<() => void>()
  return {
    set(next) {
      if (next === text) return
      text = next
      for (const listener of listeners) listener()
    },
    get: () => text,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

/** The progress while there is some, else what the last export did. */
export function ExportStatusLine({
  status,
  progress
}: {
  status: ExportStatus | null
  progress: ProgressLine
}) {
  const inProgress = useSyncExternalStore(progress.subscribe, progress.get)
  const tone = inProgress !== null ? 'unknown' : status?.tone
  return (
    <Text size="sm" role="status" data-testid="export-status" c={tone ? STATUS_COLORS[tone] : undefined}>
      {inProgress ?? status?.text}
    </Text>
  )
}
