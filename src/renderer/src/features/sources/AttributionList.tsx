// The sentence's sources in order, the first the primary one: each with its role, and buttons to
// move it up or down and remove it (also Alt+↑, Alt+↓ and Delete while the row has the focus).
import { ActionIcon, Badge, Group, NativeSelect, Stack, Text } from '@mantine/core'
import { ATTRIBUTION_ROLES, type Attribution, type AttributionRole, type Source } from '@shared/model'
import { ROLE_LABELS } from '@shared/sources/attributions'
import type { AttributionEdit } from '../../db/attributions'

interface AttributionListProps {
  attributions: readonly Attribution[]
  sources: ReadonlyMap<string, Source>
  onEdit: (edit: AttributionEdit) => void
}

export function AttributionList({ attributions, sources, onEdit }: AttributionListProps) {
  if (attributions.length === 0) return null
  const nameOf = (id: string) => sources.get(id)?.name ?? 'a source no longer in the registry'
  return (
    <Stack gap={4} role="list" aria-label="Sources of this sentence">
      <Text size="xs" c="dimmed">
        Primary: <b>{nameOf(attributions[0].sourceId)}</b> — its reliability is the rating’s letter
      </Text>
      {attributions.map((a, i) => {
        const name = nameOf(a.sourceId)
        const reliability = sources.get(a.sourceId)?.reliability
        return (
          <Group
            key={a.sourceId}
            role="listitem"
            aria-label={`${i + 1}. ${name}, ${ROLE_LABELS[a.role]}`}
            gap={4}
            wrap="nowrap"
            onKeyDown={(event) => {
              const move = event.altKey && { ArrowUp: -1 as const, ArrowDown: 1 as const }[event.key]
              if (move) onEdit({ kind: 'move', sourceId: a.sourceId, delta: move })
              else if (event.key === 'Delete' && !(event.target instanceof HTMLSelectElement))
                onEdit({ kind: 'remove', sourceId: a.sourceId })
              else return
              event.preventDefault()
            }}
          >
            <Text size="sm" fw={i === 0 ? 600 : 400} truncate style={{ flex: 1, minWidth: 0 }} title={name}>
              {name}
            </Text>
            <Badge
              size="sm"
              variant="light"
              color={reliability ? 'indigo' : 'gray'}
              style={{ flexShrink: 0 }}
            >
              {reliability ?? '?'}
            </Badge>
            <NativeSelect
              size="xs"
              aria-label={`Role of ${name}`}
              value={a.role}
              data={ATTRIBUTION_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
              onChange={(e) =>
                onEdit({ kind: 'role', sourceId: a.sourceId, role: e.currentTarget.value as AttributionRole })
              }
              style={{ flexShrink: 0 }}
            />
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Move ${name} up`}
              aria-keyshortcuts="Alt+ArrowUp"
              title="Move up (Alt+↑)"
              disabled={i === 0}
              onClick={() => onEdit({ kind: 'move', sourceId: a.sourceId, delta: -1 })}
            >
              ↑
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              size="sm"
              aria-label={`Move ${name} down`}
              aria-keyshortcuts="Alt+ArrowDown"
              title="Move down (Alt+↓)"
              disabled={i === attributions.length - 1}
              onClick={() => onEdit({ kind: 'move', sourceId: a.sourceId, delta: 1 })}
            >
              ↓
            </ActionIcon>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={`Remove ${name}`}
              aria-keyshortcuts="Delete"
              title="Remove (Delete)"
              onClick={() => onEdit({ kind: 'remove', sourceId: a.sourceId })}
            >
              ✕
            </ActionIcon>
          </Group>
        )
      })}
    </Stack>
  )
}
