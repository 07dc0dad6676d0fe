// One registry entry in full: its names, kind, affiliation, description and reliability with the
// reasoning, its track record across the library, the articles it appears in (each a click from
// its first such sentence), and edit, merge and delete.
import { useState } from 'react'
import { Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Source } from '@shared/model'
import { RELIABILITY_LABELS } from '@shared/scales'
import { db, serially } from '../../db'
import { sourceTrackRecord, updateSource } from '../../db/sources'
import { EditSourceDialog } from '../inspector/EditSourceDialog'
import { SourceActions } from './SourceActions'

interface SourceDetailsProps {
  source: Source
  onOpenSentence: (sentenceId: string) => void
  /** The source was merged or deleted: show the one that took its place (null: none). */
  onReplaced: (sourceId: string | null) => void
  onError: (message: string) => void
}

/** The statuses of the track record, in the words the reader uses for them. */
const COUNTED = [
  ['corroborated', 'Corroborated'],
  ['uncorroborated', 'Uncorroborated'],
  ['contested', 'Contested'],
  ['circular', 'Circular reporting'],
  // Headings and context: shown only when there are some, so the counts add up to the sentences.
  ['not-applicable', 'Not applicable']
] as const

export function SourceDetails({ source, onOpenSentence, onReplaced, onError }: SourceDetailsProps) {
  const [editing, setEditing] = useState(false)
  const record = useLiveQuery(() => sourceTrackRecord(db, source.id), [source])
  const grade = source.reliability
  return (
    <Card withBorder padding="md" role="region" aria-label={`Source: ${source.name}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <div>
            <Title order={3} size="h4">
              {source.name}
            </Title>
            {source.aliases.length > 0 && (
              <Text size="sm" c="dimmed">
                Other names: {source.aliases.join(', ')}
              </Text>
            )}
          </div>
          <Button variant="default" size="xs" style={{ flexShrink: 0 }} onClick={() => setEditing(true)}>
            Edit source
          </Button>
        </Group>
        <Text size="sm">
          {[source.kind, source.affiliation && `for ${source.affiliation}`].filter(Boolean).join(' · ')}
        </Text>
        {source.description && <Text size="sm">{source.description}</Text>}
        <Text size="sm">
          Reliability: <b>{grade ? `${grade} — ${RELIABILITY_LABELS[grade]}` : 'not graded yet'}</b>
          {source.reliabilityNote && <> · Why: {source.reliabilityNote}</>}
        </Text>

        <Title order={4} size="h6" mt="xs">
          Track record
        </Title>
        {!record && <Text size="sm">…</Text>}
        {record && (
          <>
            <Text size="sm" aria-label="Sentences attributed">
              {record.sentences === 0
                ? 'No sentence is attributed to it.'
                : `${record.sentences} sentence${record.sentences === 1 ? '' : 's'} attributed in ${record.articles.length} article${record.articles.length === 1 ? '' : 's'}`}
            </Text>
            {record.sentences > 0 && (
              <SimpleGrid cols={4} spacing="xs" role="list" aria-label="Track record">
                {COUNTED.filter(([status]) => status !== 'not-applicable' || record.byStatus[status] > 0).map(
                  ([status, label]) => (
                    <Text key={status} size="sm" role="listitem">
                      {label}: <b>{record.byStatus[status]}</b>
                    </Text>
                  )
                )}
              </SimpleGrid>
            )}
            {record.articles.length > 0 && (
              <List size="sm" spacing={2} aria-label="Articles it appears in">
                {record.articles.map((a) => (
                  <List.Item key={a.id}>
                    <Button
                      variant="subtle"
                      size="compact-sm"
                      onClick={() => onOpenSentence(a.firstSentenceId)}
                      aria-label={`Open “${a.title}” at its first sentence from ${source.name}`}
                    >
                      {a.title}
                    </Button>{' '}
                    <Text span size="xs" c="dimmed">
                      {a.sentences} sentence{a.sentences === 1 ? '' : 's'}
                    </Text>
                  </List.Item>
                ))}
              </List>
            )}
          </>
        )}
        <SourceActions source={source} onDone={onReplaced} />
      </Stack>
      <EditSourceDialog
        source={editing ? source : null}
        onClose={() => setEditing(false)}
        onSave={(patch) => {
          setEditing(false)
          serially(() => updateSource(db, source.id, patch)).catch((e: unknown) =>
            onError(e instanceof Error ? e.message : String(e))
          )
        }}
      />
    </Card>
  )
}
