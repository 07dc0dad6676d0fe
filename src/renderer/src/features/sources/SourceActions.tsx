// Merge a source into another, or delete it, each after a confirmation that says what changes.
// A cited source is deleted only with what cites it re-assigned to another source, never left
// pointing at nothing.
import { useState } from 'react'
import { Alert, Button, Group, Select, Stack, Text } from '@mantine/core'
import { useLiveQuery } from 'dexie-react-hooks'
import type { Source } from '@shared/model'
import { db, serially } from '../../db'
import { useSources } from '../../db/hooks'
import {
  deleteSource,
  deleteSourceReassigning,
  describeUsage,
  mergeSources,
  sourceUsage
} from '../../db/sources'

interface SourceActionsProps {
  source: Source
  /** Called once the source has been merged or deleted (it no longer exists), with the source that took its place. */
  onDone: (replacedBy: string | null) => void
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
  const pick = { others, value: targetId, onChange: setTargetId }
  const run = (write: () => Promise<unknown>, replacedBy: string | null) =>
    serially(write).then(
      () => onDone(replacedBy),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    )

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
          disabled={used !== '' && others.length === 0}
          aria-describedby="delete-source-reason"
          onClick={() => setMode('delete')}
        >
          Delete source
        </Button>
      </Group>
      {used && (
        <Text id="delete-source-reason" size="xs" c="dimmed">
          Cited by {used}: deleting it re-assigns them to another source.
        </Text>
      )}
      {mode === 'merge' && (
        <Stack gap="xs" role="group" aria-label="Merge source">
          <OtherSource label="Merge into" placeholder="The source that stays" {...pick} />
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
              onClick={() => target && run(() => mergeSources(db, source.id, target.id), target.id)}
            >
              Merge
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'delete' && !used && (
        <Stack gap="xs" role="group" aria-label="Delete source">
          <Text size="sm">
            Delete “{source.name}” from the registry? Nothing cites it; undo brings it back.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setMode(null)}>
              Cancel
            </Button>
            <Button color="red" size="xs" onClick={() => run(() => deleteSource(db, source.id), null)}>
              Delete
            </Button>
          </Group>
        </Stack>
      )}
      {mode === 'delete' && used && (
        <Stack gap="xs" role="group" aria-label="Delete source">
          <OtherSource label="Re-assign to" placeholder="The source that is cited instead" {...pick} />
          <Text size="sm">
            {target
              ? `Delete “${source.name}”: ${used} will cite “${target.name}” instead (a sentence citing both keeps “${target.name}” once). Its names are not kept. Undo brings it all back.`
              : `“${source.name}” is cited by ${used}: choose the source they cite instead.`}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" size="xs" onClick={() => setMode(null)}>
              Cancel
            </Button>
            <Button
              color="red"
              size="xs"
              disabled={!target}
              onClick={() =>
                target && run(() => deleteSourceReassigning(db, source.id, target.id), target.id)
              }
            >
              Delete and re-assign
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

interface OtherSourceProps {
  label: string
  placeholder: string
  others: Source[]
  value: string | null
  onChange: (id: string | null) => void
}

/** The other source a merge or a deletion hands this one's citations to. */
function OtherSource({ label, placeholder, others, value, onChange }: OtherSourceProps) {
  return (
    <Select
      label={label}
      placeholder={placeholder}
      searchable
      data={others.map((s) => ({ value: s.id, label: s.name }))}
      value={value}
      onChange={onChange}
      comboboxProps={{ withinPortal: false }}
    />
  )
}
