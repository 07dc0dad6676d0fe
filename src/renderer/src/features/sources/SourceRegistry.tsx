// The whole source registry, with how often each source is cited: where a source that no
// sentence uses any more can be found, edited, merged or deleted.
import { useState } from 'react'
import { Badge, Button, Group, Modal, Table, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import { db, serially } from '../../db'
import { useSources } from '../../db/hooks'
import { citationCounts, updateSource } from '../../db/sources'
import { EditSourceDialog } from '../inspector/EditSourceDialog'

export function SourceRegistry({ onError }: { onError: (message: string) => void }) {
  const [open, setOpen] = useState(false)
  const [editingId, setEditingId] = useState<string | null>(null)
  const sources = useSources()
  const counts = useLiveQuery(() => (open || editingId ? citationCounts(db) : undefined), [open, editingId])
  const editing = editingId ? (sources?.get(editingId) ?? null) : null

  return (
    <>
      <Button variant="subtle" size="compact-sm" fullWidth justify="flex-start" onClick={() => setOpen(true)}>
        Sources
      </Button>
      {/* The registry steps aside while one of its sources is edited: one dialog at a time. */}
      <Modal opened={open && !editingId} onClose={() => setOpen(false)} title="Source registry" size="lg">
        {sources && sources.size === 0 && (
          <Text c="dimmed">No sources yet: pick one for a sentence (s).</Text>
        )}
        {sources && sources.size > 0 && (
          <Table striped aria-label="Sources">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Source</Table.Th>
                <Table.Th>Reliability</Table.Th>
                <Table.Th>Cited by</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...sources.values()].map((source) => {
                const cited = counts?.get(source.id) ?? 0
                return (
                  <Table.Tr key={source.id}>
                    <Table.Td>{source.name}</Table.Td>
                    <Table.Td>
                      {source.reliability ?? (
                        <Badge variant="light" color="gray" size="sm">
                          not graded
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td>{counts ? (cited === 0 ? 'not used' : cited) : '…'}</Table.Td>
                    <Table.Td>
                      <Group justify="flex-end">
                        <Button
                          variant="subtle"
                          size="compact-xs"
                          aria-label={`Edit ${source.name}`}
                          onClick={() => setEditingId(source.id)}
                        >
                          Edit
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                )
              })}
            </Table.Tbody>
          </Table>
        )}
      </Modal>
      <EditSourceDialog
        source={editing}
        onClose={() => setEditingId(null)}
        onSave={(patch) => {
          const id = editingId
          setEditingId(null)
          if (id)
            serially(() => updateSource(db, id, patch)).catch((e: unknown) =>
              onError(e instanceof Error ? e.message : String(e))
            )
        }}
      />
    </>
  )
}
