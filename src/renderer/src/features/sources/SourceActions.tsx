// Merge a source into another, or delete it, each after a confirmation that says what changes.
// A cited source cannot be deleted (its grades would point at nothing); the button says why.
import { useState } from 'react'
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Source } from '@shared/model'
import { db, serially } from '../../db'
import { useSources } from '../../db/hooks'
import { deleteSource, describeUsage, mergeSources, sourceUsage } from '../../db/sources'

interface SourceActionsProps {
  source: Source
  /** Called once the source has been merged or deleted: it no longer exists. */
  onDone: () => void
}

export function SourceActions({ source, onDone }: SourceActionsProps) {
  const usage = useLiveQuery(() => sourceUsage(db, source.id), [source.id])
  const sources = useSources()
  const [mode, setMode] = useState<'merge' | 'delete' | null>(null)
  const [targetId, setTargetId] = useState<string | null>(null)
  const [error, setError] = useState<string | null>(null)
  if (!usage || !sources) return null

  const used = describeUsage(usage)
  const target = targetId ? sources.get(targetId) : undefined
  const others = [...sources.values()].filter((s) => s.id !== source.id)
  const run = (write: () => Promise<unknown>) =>
    serially(write).then(onDone, (e: unknown) => setError(e instanceof Error ? e.message : String(e)))

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Button variant="default" size="xs" disabled={others.length === 0} onClick={() => setMode('merge')}>
          Merge into…
        </Button>
        <Button
          variant="subtle"
          color="red"
          size="xs"
          disabled={used !== ''}
          aria-describedby="delete-source-reason"
          onClick={() => setMode('delete')}
        >
          Delete source
        </Button>
      </Group>
      {used && (
        <Text id="delete-source-reason" size="xs" c="dimmed">
          Cannot be deleted: cited by {used}. Merge it into another source instead.
        </Text>
      )}
      {mode === 'merge' && (
        <Stack gap="xs" role="group" aria-label="Merge source">
          <Select
            label="Merge into"
            placeholder="The source that stays"
            searchable
            data={others.map((s) => ({ value: s.id, label: s.name }))}
            value={targetId}
            onChange={setTargetId}
            comboboxProps={{ withinPortal: false }}
          />
          {target && (
            <Text size="sm">
              {used ? `${capitalise(used)} will be attributed to “${target.name}”. ` : ''}“{source.name}”
              becomes another name of “{target.name}” and leaves the registry. Undo reverts the whole merge.
            </Text>
          )}
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setMode(null)}>
              Cancel
            </Button>
            <Button
              size="xs"
              disabled={!target}
              onClick={() => target && run(() => mergeSources(db, source.id, target.id))}
            >
              Merge
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'delete' && (
        <Stack gap="xs" role="group" aria-label="Delete source">
          <Text size="sm">
            Delete “{source.name}” from the registry? Nothing cites it; undo brings it back.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setMode(null)}>
              Cancel
            </Button>
            <Button color="red" size="xs" onClick={() => run(() => deleteSource(db, source.id))}>
              Delete
            </Button>
          </Group>
        </Stack>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  )
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1)
