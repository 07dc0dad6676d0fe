// Several files picked or dropped at once: each read (at most two at a time), reviewed on a row
// of its own, then imported in one go, with a summary of what became of every file.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core'
import type { ImportStage } from '@shared/segment/prepare'
import type { ChosenFile, PickedFile } from '../../platform'
import { outcomesOf, rowsOf, rowsToImport, stillReading, summaryOf, withRead, type BatchRow } from './batch'
import { eachWithLimit, READ_CONCURRENCY, readRow, type ReadRowOptions } from './batch-read'
import { importRows } from './batch-import'
import { BatchSummary } from './BatchSummary'
import { ImportProgress } from './ImportProgress'
import { ReviewList } from './ReviewList'

/** What the dialog's Cancel (or Escape) does to a batch: close the dialog, or stay for the summary. */
export interface BatchControl {
  cancel: () => 'close' | 'stay'
}

interface BatchImportProps {
  files: ChosenFile[]
  control: RefObject<BatchControl | null>
  /** Opens an imported (or already stored) article; `message` says what the batch did. */
  onOpen: (articleId: string, message: string) => void
  onClose: () => void
  /** A backup in the batch, to be restored instead of imported. */
  onRestore: (file: PickedFile) => void
}

type Phase = 'review' | 'importing' | 'done'

export function BatchImport({ files, control, onOpen, onClose, onRestore }: BatchImportProps) {
  const [rows, setRows] = useState<BatchRow[]>(() => rowsOf(files))
  const [phase, setPhase] = useState<Phase>('review')
  /** The files being read now (at most two), each with its place among the files to read. */
  const [reading, setReading] = useState<{ n: number; of: number; fileName: string }[]>([])
  const [importing, setImporting] = useState<{
    n: number
    of: number
    title: string
    stage?: ImportStage
  } | null>(null)
  const [cancelling, setCancelling] = useState(false)
  /** Ends every read of this batch: Cancel, or the dialog going away. */
  const reads = useRef(new AbortController())
  const imports = useRef<AbortController | null>(null)

  const update = useCallback((id: number, change: (row: BatchRow) => BatchRow) => {
    setRows((current) => current.map((row) => (row.id === id ? change(row) : row)))
  }, [])

  const readOne = useCallback(
    async (row: BatchRow, options: Omit<ReadRowOptions, 'signal'> = {}) => {
      if (!row.file) return
      const signal = reads.current.signal
      update(row.id, (r) => ({ ...r, read: { kind: 'reading' } }))
      try {
        const read = await readRow(row.file, {
          ...options,
          signal,
          onProgress: (progress) => update(row.id, (r) => ({ ...r, read: { kind: 'reading', progress } }))
        })
        if (!signal.aborted) update(row.id, (r) => withRead(r, read))
      } catch {
        // Only a cancelled read rejects: the batch is going away, nothing to show.
      }
    },
    [update]
  )

  useEffect(() => {
    const controller = new AbortController()
    reads.current = controller
    const readable = rowsOf(files).filter((row) => row.file)
    void eachWithLimit(readable, READ_CONCURRENCY, controller.signal, async (row, index) => {
      const now = { n: index + 1, of: readable.length, fileName: row.fileName }
      setReading((current) => [...current, now])
      await readOne(row)
      setReading((current) => current.filter((read) => read !== now))
    })
    return () => controller.abort()
  }, [files, readOne])

  const outcomes = useMemo(() => outcomesOf(rows), [rows])
  const ready = useMemo(() => rowsToImport(rows), [rows])
  const busyReading = stillReading(rows)

  const cancel = useCallback((): 'close' | 'stay' => {
    if (phase === 'importing') {
      imports.current?.abort()
      setCancelling(true)
      return 'stay'
    }
    reads.current.abort()
    return 'close'
  }, [phase])
  useEffect(() => {
    control.current = { cancel }
    return () => {
      control.current = null
    }
  }, [control, cancel])

  const importAll = async () => {
    const controller = new AbortController()
    imports.current = controller
    setPhase('importing')
    await importRows(ready, {
      signal: controller.signal,
      onStart: (row, index) =>
        setImporting({ n: index + 1, of: ready.length, title: row.details.title.trim() || row.fileName }),
      onStage: (stage) => setImporting((current) => current && { ...current, stage }),
      onResult: (row, result) => update(row.id, (r) => ({ ...r, result }))
    })
    imports.current = null
    setImporting(null)
    setCancelling(false)
    setPhase('done')
  }

  const summary = useMemo(() => summaryOf(rows), [rows])
  if (phase === 'done') {
    const total = rows.length
    return (
      <Stack>
        <Text size="sm" role="status">
          {summary.imported.length} of {total} files imported.
        </Text>
        <BatchSummary
          summary={summary}
          onOpen={(articleId, title) =>
            onOpen(articleId, `${summary.imported.length} of ${total} files imported; opened “${title}”.`)
          }
        />
        <Group justify="flex-end">
          <Button onClick={onClose}>Close</Button>
        </Group>
      </Stack>
    )
  }

  return (
    <Stack>
      <Text size="sm">
        {files.length} files. Check each file’s title and details; untick a file to leave it out.
      </Text>
      <ReviewList
        rows={rows}
        outcomes={outcomes}
        locked={phase !== 'review'}
        onDetails={(id, details) => update(id, (r) => ({ ...r, details: { ...r.details, ...details } }))}
        onInclude={(id, included) => update(id, (r) => ({ ...r, included }))}
        onAgree={(id, agreed) => {
          const row = rows.find((r) => r.id === id)
          if (!row?.damaged) return
          if (agreed) {
            update(id, (r) => ({ ...r, agreed: true }))
            void readOne(row, { replaceInvalidUtf8: true })
          } else {
            const message = row.damaged
            update(id, (r) => ({ ...r, agreed: false, read: { kind: 'invalid-utf8', message } }))
          }
        }}
        onPassword={(id, password) => {
          const row = rows.find((r) => r.id === id)
          if (row) void readOne(row, { password })
        }}
        onRestore={(row) => row.file && onRestore(row.file)}
      />
      {reading.map((read) => (
        <Text key={read.n} size="sm" role="status" aria-live="polite">
          Reading {read.n} of {read.of}: {read.fileName} …
        </Text>
      ))}
      {importing && (
        <Stack gap={4}>
          <Text size="sm" role="status" aria-live="polite">
            Importing {importing.n} of {importing.of}: “{importing.title}”
          </Text>
          <Progress
            value={((importing.n - 1) / importing.of) * 100}
            aria-label={`Importing ${importing.n} of ${importing.of}`}
          />
          {importing.stage && <ImportProgress stage={importing.stage} />}
        </Stack>
      )}
      {cancelling && (
        <Alert color="gray">
          Stopping after the file being written; the files not yet imported stay out.
        </Alert>
      )}
      <Group justify="flex-end">
        <Button
          variant="default"
          loading={cancelling}
          onClick={() => {
            if (cancel() === 'close') onClose()
          }}
        >
          Cancel
        </Button>
        <Button
          onClick={() => void importAll()}
          loading={phase === 'importing'}
          disabled={busyReading || ready.length === 0}
        >
          {ready.length === 1 ? 'Import 1 article' : `Import ${ready.length} articles`}
        </Button>
      </Group>
    </Stack>
  )
}
