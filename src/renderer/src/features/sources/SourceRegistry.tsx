// The source registry as a view of its own: every source, searched by name and other names,
// filtered and sorted; the selected source's entry, track record and articles, edit, merge and delete.
import { useEffect, useMemo, useState } from 'react'
import { Badge, Button, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { RELIABILITY_GRADES, SOURCE_KINDS, type SourceKind } from '@shared/model'
import {
  queryRegistry,
  type RegistrySort,
  type ReliabilityFilter,
  type UseFilter
} from '@shared/sources/registry-query'
import { db } from '../../db'
import { useSources } from '../../db/hooks'
import { citationCounts } from '../../db/sources'
import { isTyping } from '../reader/use-reader-keys'
import { SourceDetails } from './SourceDetails'

interface SourceRegistryProps {
  /** The source to show first (from the inspector or the R key); null: none selected. */
  focusSourceId: string | null
  onClose: () => void
  /** Opens a sentence (of any article) in the reader. */
  onOpenSentence: (sentenceId: string) => void
  onError: (message: string) => void
}

export function SourceRegistry({ focusSourceId, onClose, onOpenSentence, onError }: SourceRegistryProps) {
  const sources = useSources()
  const uses = useLiveQuery(() => citationCounts(db), [])
  const [selectedId, setSelectedId] = useState<string | null>(focusSourceId)
  const [search, setSearch] = useState('')
  const [kind, setKind] = useState<SourceKind | null>(null)
  const [reliability, setReliability] = useState<ReliabilityFilter | null>(null)
  const [use, setUse] = useState<UseFilter | null>(null)
  const [sort, setSort] = useState<RegistrySort>('name')
  useEffect(() => setSelectedId(focusSourceId), [focusSourceId])

  // Esc goes back to the reader, unless a field or a dialog has the keyboard.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || isTyping(event.target)) return
      if (document.querySelector('[role="dialog"][aria-modal="true"]')) return
      onClose()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [onClose])

  const shown = useMemo(
    () =>
      sources && uses ? queryRegistry(sources.values(), uses, { search, kind, reliability, use, sort }) : [],
    [sources, uses, search, kind, reliability, use, sort]
  )
  const selected = selectedId ? sources?.get(selectedId) : undefined

  return (
    <Stack p="lg" gap="md" maw="60rem" mx="auto" role="region" aria-label="Source registry">
      <Group justify="space-between" wrap="nowrap">
        <Title order={2} size="h3">
          Source registry
        </Title>
        <Button variant="default" size="xs" onClick={onClose} aria-keyshortcuts="Escape">
          Back to reader (Esc)
        </Button>
      </Group>
      {selected && (
        <SourceDetails
          key={selected.id}
          source={selected}
          onOpenSentence={onOpenSentence}
          onReplaced={setSelectedId}
          onError={onError}
        />
      )}
      <Group gap="xs" align="flex-end">
        <TextInput
          label="Search sources"
          placeholder="Name or other name"
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          style={{ flex: '1 1 12rem' }}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          clearable
          data={SOURCE_KINDS.map((k) => ({ value: k, label: k }))}
          value={kind}
          onChange={(v) => setKind(v as SourceKind | null)}
          w="9rem"
        />
        <Select
          label="Reliability"
          placeholder="Any"
          clearable
          data={[...RELIABILITY_GRADES, 'ungraded'].map((r) => ({
            value: r,
            label: r === 'ungraded' ? 'not graded' : r
          }))}
          value={reliability}
          onChange={(v) => setReliability(v as ReliabilityFilter | null)}
          w="8rem"
        />
        <Select
          label="Use"
          placeholder="Used or not"
          clearable
          data={[
            { value: 'used', label: 'used' },
            { value: 'unused', label: 'unused' }
          ]}
          value={use}
          onChange={(v) => setUse(v as UseFilter | null)}
          w="8rem"
        />
        <Select
          label="Sort by"
          allowDeselect={false}
          data={[
            { value: 'name', label: 'name' },
            { value: 'reliability', label: 'reliability' },
            { value: 'use', label: 'use' }
          ]}
          value={sort}
          onChange={(v) => v && setSort(v as RegistrySort)}
          w="8rem"
        />
      </Group>
      {sources?.size === 0 && <Text c="dimmed">No sources yet: pick one for a sentence (s).</Text>}
      {sources && sources.size > 0 && (
        <Text size="sm" c="dimmed" role="status" aria-live="polite">
          {shown.length} of {sources.size} sources
        </Text>
      )}
      {shown.length > 0 && (
        <Table striped aria-label="Sources">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Source</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Reliability</Table.Th>
              <Table.Th>Cited by</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((source) => {
              const cited = uses?.get(source.id) ?? 0
              return (
                <Table.Tr key={source.id} aria-selected={source.id === selectedId}>
                  <Table.Td>
                    <Button
                      variant={source.id === selectedId ? 'light' : 'subtle'}
                      size="compact-sm"
                      onClick={() => setSelectedId(source.id)}
                      aria-label={`Show ${source.name}`}
                    >
                      {source.name}
                    </Button>
                    {source.aliases.length > 0 && (
                      <Text size="xs" c="dimmed" pl="xs">
                        also {source.aliases.join(', ')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{source.kind}</Table.Td>
                  <Table.Td>
                    {source.reliability ?? (
                      <Badge variant="light" color="gray" size="sm">
                        not graded
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{cited === 0 ? 'not used' : cited}</Table.Td>
                </Table.Tr>
              )
            })}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  )
}
