// Export the open article's brief as Markdown, PDF or data, after a check of what it would
// misstate, with a preview of the page that prints. It stays open across exports.
import { useEffect, useState } from 'react'
import { Alert, Box, Button, Group, Modal, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core'
import { checkBrief, type BriefIssue } from '@shared/brief/check'
import { BriefCheck } from './BriefCheck'
import { briefFileName, renderBriefMarkdown } from '@shared/brief/markdown'
import { buildBrief } from '@shared/brief/model'
import { db, serially } from '../../db'
import { platform } from '../../platform'
import { loadBriefInput, type BriefHeader } from './brief-data'
import type { BriefInput } from '@shared/brief/model'
import { assessmentsCsv, assessmentsCsvFileName } from '@shared/exports/csv'
import { webAnnotationsFileName, webAnnotationsJson } from '@shared/exports/web-annotation'
import type { SaveOutcome } from '../../platform'
import { getBriefHeader, saveBriefHeader } from '../../db/brief-headers'
import { settleDraft, writeDraft } from '../autosave/draft-journal'
import { BriefPreview } from './BriefPreview'
import { briefPage } from './brief-page'
import { exportStatus, type ExportFormat, type ExportStatus } from './export-outcome'

interface ExportBriefDialogProps {
  opened: boolean
  articleId: string | null
  articleTitle: string
  onClose: () => void
  /** Closes the dialog and selects the sentence an issue is about. */
  onShowSentence: (sentenceId: string) => void
}

const STATUS_COLORS: Record<ExportStatus['tone'], string> = {
  done: 'teal',
  'not-done': 'orange',
  unknown: 'blue'
}

/** One function per format, the way the brief's own exporters are laid out. */
async function exportAs(format: ExportFormat, input: BriefInput): Promise<SaveOutcome> {
  switch (format) {
    case 'md':
      return platform.saveMarkdown(briefFileName(input.title, input.generatedAt), renderBriefMarkdown(input))
    case 'pdf':
      return platform.exportPdf(
        briefFileName(input.title, input.generatedAt).replace(/\.md$/, '.pdf'),
        briefPage(input),
        'A4',
        input.handling
      )
    case 'csv':
      return platform.saveData(
        assessmentsCsvFileName(input.title, input.generatedAt),
        assessmentsCsv(input),
        'csv'
      )
    case 'jsonld':
      return platform.saveData(
        webAnnotationsFileName(input.title, input.generatedAt),
        webAnnotationsJson(input, { generatedAt: input.generatedAt }),
        'jsonld'
      )
  }
}

export function ExportBriefDialog(props: ExportBriefDialogProps) {
  const { opened, articleId, articleTitle, onClose, onShowSentence } = props
  const [header, setHeader] = useState<BriefHeader>({ title: '' })
  // The article the header on screen belongs to: until the open article's is read, none.
  const [headerFor, setHeaderFor] = useState<string | null>(null)
  const [issues, setIssues] = useState<BriefIssue[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<ExportFormat | null>(null)
  const [status, setStatus] = useState<ExportStatus | null>(null)
  // Kept across openings: an analyst who reads the preview wants it the next time too.
  const [previewShown, setPreviewShown] = useState(false)

  useEffect(() => {
    if (!opened || !articleId) return
    setError(null)
    setStatus(null)
    setIssues(null)
    let cancelled = false
    void (async () => {
      // Behind a header edit still being written, so reopening shows the last word typed.
      const start = await serially(() => getBriefHeader(db, articleId, articleTitle))
      if (cancelled) return
      setHeader(start)
      setHeaderFor(articleId)
      const input = await loadBriefInput(articleId, start)
      if (cancelled) return
      setIssues(checkBrief(buildBrief(input)))
    })().catch((e: unknown) => setError(String(e)))
    return () => {
      cancelled = true
    }
  }, [opened, articleId, articleTitle])

  // Kept per article as it is typed: closing the dialog, exporting, "Show" and reloading keep it.
  const field = (key: keyof BriefHeader) => ({
    value: header[key] ?? '',
    disabled: !articleId || headerFor !== articleId,
    onChange: (e: { currentTarget: { value: string } }) => {
      const next = { ...header, [key]: e.currentTarget.value }
      setHeader(next)
      if (articleId && headerFor === articleId) {
        // Journalled at once (synchronously), so a keystroke the page closes on is saved at next start.
        const address = { field: 'brief-header', articleId } as const
        const json = JSON.stringify(next)
        writeDraft(address, json)
        serially(() => saveBriefHeader(db, articleId, next))
          .then(() => settleDraft(address, json))
          .catch((err: unknown) =>
            setError(`The brief header was not saved: ${err instanceof Error ? err.message : String(err)}`)
          )
      }
    }
  })

  const run = async (format: ExportFormat) => {
    if (!articleId) return
    setBusy(format)
    setError(null)
    setStatus(null)
    try {
      // Behind every edit still being saved, so the brief has the last word the analyst typed.
      const input = await serially(() => loadBriefInput(articleId, header))
      setStatus(exportStatus(format, await exportAs(format, input)))
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(null)
    }
  }

  const warnings = issues?.filter((i) => i.severity === 'warning') ?? []
  const notes = issues?.filter((i) => i.severity === 'info') ?? []
  const ready = articleId !== null && headerFor === articleId
  const form = (
    <Stack gap="sm">
      <TextInput label="Brief title" {...field('title')} />
      <Group grow>
        <TextInput label="Analyst" placeholder="Your name or call sign" {...field('analyst')} />
        <TextInput label="Handling" placeholder="e.g. UNCLASSIFIED // FOR TRAINING" {...field('handling')} />
      </Group>
      <Textarea
        label="Bottom line up front"
        placeholder="The one thing the reader must take away"
        {...field('bluf')}
      />
      <BriefCheck
        warnings={warnings}
        notes={notes}
        loading={issues === null}
        onShowSentence={onShowSentence}
      />
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Text
        size="sm"
        role="status"
        data-testid="export-status"
        c={status ? STATUS_COLORS[status.tone] : undefined}
      >
        {status?.text}
      </Text>
      <Group justify="flex-end">
        <Button onClick={() => run('md')} loading={busy === 'md'} disabled={!articleId}>
          Markdown
        </Button>
        <Button variant="light" onClick={() => run('pdf')} loading={busy === 'pdf'} disabled={!articleId}>
          PDF
        </Button>
        <Button variant="default" onClick={() => run('csv')} loading={busy === 'csv'} disabled={!articleId}>
          CSV
        </Button>
        <Button
          variant="default"
          onClick={() => run('jsonld')}
          loading={busy === 'jsonld'}
          disabled={!articleId}
        >
          Web Annotations
        </Button>
      </Group>
      <Group justify="space-between">
        <Switch
          label="Preview"
          checked={previewShown}
          onChange={(e) => setPreviewShown(e.currentTarget.checked)}
        />
        <Button variant="subtle" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Stack>
  )
  return (
    <Modal opened={opened} onClose={onClose} title="Export brief" size={previewShown ? '95%' : 'lg'}>
      {previewShown ? (
        <Group align="flex-start" wrap="nowrap" gap="md">
          <Box w={420} style={{ flexShrink: 0 }}>
            {form}
          </Box>
          <Box style={{ flex: 1, minWidth: 0 }}>
            {ready ? <BriefPreview articleId={articleId} header={header} /> : null}
          </Box>
        </Group>
      ) : (
        form
      )}
    </Modal>
  )
}
