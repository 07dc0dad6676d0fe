// Export the open article's brief as Markdown or PDF.
import { useEffect, useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import { briefFileName, renderBriefMarkdown } from '@shared/brief/markdown'
import { platform } from '../../platform'
import { loadBriefInput } from './brief-data'
import { briefHtml } from './brief-html'

interface ExportBriefDialogProps {
  opened: boolean
  articleId: string | null
  articleTitle: string
  onClose: () => void
  onDone: (message: string) => void
}

export function ExportBriefDialog({
  opened,
  articleId,
  articleTitle,
  onClose,
  onDone
}: ExportBriefDialogProps) {
  const [title, setTitle] = useState(articleTitle)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState<'md' | 'pdf' | null>(null)

  useEffect(() => {
    if (opened) {
      setTitle(`Brief: ${articleTitle}`)
      setError(null)
    }
  }, [opened, articleTitle])

  const run = async (format: 'md' | 'pdf') => {
    if (!articleId) return
    setBusy(format)
    setError(null)
    try {
      const input = await loadBriefInput(articleId, title.trim() || articleTitle)
      const markdown = renderBriefMarkdown(input)
      const mdName = briefFileName(input.title, input.generatedAt)
      const outcome =
        format === 'md'
          ? await platform.saveMarkdown(mdName, markdown)
          : await platform.exportPdf(mdName.replace(/\.md$/, '.pdf'), briefHtml(markdown, input.title), 'A4')
      if (outcome.saved) {
        onDone(
          outcome.location
            ? `Brief saved to ${outcome.location}`
            : `Brief exported as ${format === 'md' ? 'Markdown' : 'PDF'}.`
        )
      }
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`)
    } finally {
      setBusy(null)
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title="Export brief">
      <Stack>
        <TextInput label="Brief title" value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
        <Text size="xs" c="dimmed">
          Key judgments, sources with their reliability, corroboration, the annotated text, gaps and the
          grading scales.
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button onClick={() => run('md')} loading={busy === 'md'} disabled={!articleId}>
            Markdown
          </Button>
          <Button variant="light" onClick={() => run('pdf')} loading={busy === 'pdf'} disabled={!articleId}>
            PDF
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
