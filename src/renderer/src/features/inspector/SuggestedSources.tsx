// The sources the sentence itself names, offered for one click or the `a` key.
import { Badge, Button, Group, Text, Tooltip } from '@mantine/core'
import type { AttributionSuggestion } from '@shared/attribution'
import { ROLE_LABELS } from './suggestions'

interface SuggestedSourcesProps {
  suggestions: AttributionSuggestion[]
  onAccept: (suggestion: AttributionSuggestion) => void
}

export function SuggestedSources({ suggestions, onAccept }: SuggestedSourcesProps) {
  if (suggestions.length === 0) return null
  return (
    <Group gap={6} aria-label="Suggested sources" role="group">
      <Text size="xs" c="dimmed">
        The text names:
      </Text>
      {suggestions.map((s, i) => (
        <Tooltip
          key={`${s.name}-${i}`}
          label={[
            s.sourceId ? 'In the registry' : 'New source',
            s.affiliation && `for ${s.affiliation}`,
            s.channel && `via ${s.channel.name}`,
            `${s.confidence} confidence`
          ]
            .filter(Boolean)
            .join(' · ')}
        >
          <Button
            size="compact-xs"
            variant={i === 0 ? 'light' : 'default'}
            onClick={() => onAccept(s)}
            rightSection={
              i === 0 ? (
                <Badge size="xs" variant="outline">
                  a
                </Badge>
              ) : undefined
            }
          >
            {s.name} · {ROLE_LABELS[s.role]}
          </Button>
        </Tooltip>
      ))}
    </Group>
  )
}
