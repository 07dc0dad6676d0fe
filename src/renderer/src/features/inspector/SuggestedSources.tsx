// The sources the sentence itself names, offered one by one (a click) or all at once (the `a` key).
import { Badge, Button, Group, Stack, Text, Tooltip } from '@mantine/core'
import type { SourceSuggestion } from '@shared/sources/suggest'
import { ROLE_LABELS } from '@shared/sources/attributions'

interface SuggestedSourcesProps {
  suggestions: SourceSuggestion[]
  onAccept: (suggestions: SourceSuggestion[]) => void
}

export function SuggestedSources({ suggestions, onAccept }: SuggestedSourcesProps) {
  if (suggestions.length === 0) return null
  const guessed = suggestions.filter((s) => !s.sourceId && s.kindGuessed)
  return (
    <Stack gap={4}>
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
            <Button size="compact-xs" variant={i === 0 ? 'light' : 'default'} onClick={() => onAccept([s])}>
              {s.name} · {ROLE_LABELS[s.role]}
            </Button>
          </Tooltip>
        ))}
        <Button
          size="compact-xs"
          variant="subtle"
          aria-keyshortcuts="a"
          onClick={() => onAccept(suggestions)}
          rightSection={
            <Badge size="xs" variant="outline">
              a
            </Badge>
          }
        >
          {suggestions.length > 1 ? `Accept all ${suggestions.length}` : 'Accept'}
        </Button>
      </Group>
      {guessed.length > 0 && (
        <Text size="xs" c="dimmed">
          Kind guessed from the name, for a new source:{' '}
          {guessed.map((s) => `${s.name} — ${s.kind}`).join('; ')}. Edit the source to correct it.
        </Text>
      )}
    </Stack>
  )
}
