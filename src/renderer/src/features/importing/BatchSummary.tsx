// What one import of a batch did, file by file: imported (each opens from here), already in the
// library, not imported and why, left out.
import type { ReactNode } from 'react'
import { Button, Group, List, Stack, Text, Title } from '@mantine/core'
import type { BatchSummary as Summary } from './batch'

interface BatchSummaryProps {
  summary: Summary
  onOpen: (articleId: string, title: string) => void
}

export function BatchSummary({ summary, onOpen }: BatchSummaryProps) {
  const { imported, merged, notImported, leftOut } = summary
  return (
    <Stack gap="sm" role="region" aria-label="Import summary">
      <Section title={`Imported (${imported.length})`} show={imported.length > 0}>
        {imported.map((row, i) => (
          <List.Item key={i}>
            <Group gap="xs">
              <Text size="sm">
                “{row.title}” from {row.fileName}: {row.sentenceCount.toLocaleString('en')} sentences.
                {row.note ? ` ${row.note}` : ''}
              </Text>
              <Button
                size="compact-xs"
                variant="light"
                aria-label={`Open “${row.title}”`}
                onClick={() => onOpen(row.articleId, row.title)}
              >
                Open
              </Button>
            </Group>
          </List.Item>
        ))}
      </Section>
      <Section title={`Merged as duplicate (${merged.length})`} show={merged.length > 0}>
        {merged.map((row, i) => (
          <List.Item key={i}>
            <Group gap="xs">
              <Text size="sm">
                {row.fileName}: the same text as “{row.title}”, already in the library; nothing written.
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Open “${row.title}”`}
                onClick={() => onOpen(row.articleId, row.title)}
              >
                Open
              </Button>
            </Group>
          </List.Item>
        ))}
      </Section>
      <Section title={`Not imported (${notImported.length})`} show={notImported.length > 0}>
        {notImported.map((row, i) => (
          <List.Item key={i}>
            <Text size="sm">
              {row.fileName}: {row.reason}
            </Text>
          </List.Item>
        ))}
      </Section>
      <Section title={`Left out (${leftOut.length})`} show={leftOut.length > 0}>
        {leftOut.map((row, i) => (
          <List.Item key={i}>
            <Text size="sm">{row.fileName}</Text>
          </List.Item>
        ))}
      </Section>
    </Stack>
  )
}

function Section({ title, show, children }: { title: string; show: boolean; children: ReactNode }) {
  if (!show) return null
  return (
    <section aria-label={title}>
      <Title order={4} size="sm">
        {title}
      </Title>
      <List size="sm" spacing={4}>
        {children}
      </List>
    </section>
  )
}
