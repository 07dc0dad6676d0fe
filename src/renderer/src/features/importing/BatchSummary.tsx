// What one import of a batch did, file by file: imported (each opens from here), already in the
// library, not imported and why, left out.
import { Button, Group, List, Text, Title, Stack } from '@mantine/core'
import type { BatchSummary as Summary } from './batch'

interface BatchSummaryProps {
  summary: Summary
  onOpen: (articleId: string, title: string) => void
}

/** One file's line, with the article it became (or already was) to open. */
interface SummaryLine {
  text: string
  open?: { articleId: string; title: string; variant: 'light' | 'subtle' }
}

export function BatchSummary({ summary, onOpen }: BatchSummaryProps) {
  const { imported, merged, notImported, leftOut } = summary
  const sections: [string, SummaryLine[]][] = [
    [
      'Imported',
      imported.map((row) => ({
        text:
          `“${row.title}” from ${row.fileName}: ${row.sentenceCount.toLocaleString('en')} sentences.` +
          (row.note ? ` ${row.note}` : ''),
        open: { ...row, variant: 'light' }
      }))
    ],
    [
      'Merged as duplicate',
      merged.map((row) => ({
        text: `${row.fileName}: the same text as “${row.title}”, already in the library; nothing written.`,
        open: { ...row, variant: 'subtle' }
      }))
    ],
    ['Not imported', notImported.map((row) => ({ text: `${row.fileName}: ${row.reason}` }))],
    ['Left out', leftOut.map((row) => ({ text: row.fileName }))]
  ]
  return (
    <Stack gap="sm" role="region" aria-label="Import summary">
      {sections.map(([name, lines]) => {
        if (lines.length === 0) return null
        const title = `${name} (${lines.length})`
        return (
          <section key={name} aria-label={title}>
            <Title order={4} size="sm">
              {title}
            </Title>
            <List size="sm" spacing={4}>
              {lines.map((line, i) => (
                <SummaryRow key={i} line={line} onOpen={onOpen} />
              ))}
            </List>
          </section>
        )
      })}
    </Stack>
  )
}

function SummaryRow({ line, onOpen }: { line: SummaryLine; onOpen: BatchSummaryProps['onOpen'] }) {
  const { text, open } = line
  return (
    <List.Item>
      <Group gap="xs">
        <Text size="sm">{text}</Text>
        {open && (
          <Button
            size="compact-xs"
            variant={open.variant}
            aria-label={`Open “${open.title}”`}
            onClick={() => onOpen(open.articleId, open.title)}
          >
            Open
          </Button>
        )}
      </Group>
    </List.Item>
  )
}
