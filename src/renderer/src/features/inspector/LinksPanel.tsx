// Corroboration: the derived status, its warnings, and the evidence links of the sentence.
import { useMemo, useState } from 'react'
import { ActionIcon, Alert, Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { corroborationWarnings } from '@shared/corroboration'
import type { Assessment, Link, Sentence, Source } from '@shared/model'
import { STATUS_COLORS, STATUS_LABELS } from '../reader/status'
import type { SentenceView } from '../reader/use-workspace'

interface LinksPanelProps {
  sentence: Sentence
  sentences: Sentence[]
  text: string
  view: SentenceView
  assessment: Assessment | undefined
  assessments: Map<string, Assessment>
  sources: Map<string, Source>
  onAddLink: (relation: 'supports' | 'contradicts', targetSentenceId: string) => void
  onRemoveLink: (linkId: string) => void
}

const snippet = (text: string, s: Sentence, max = 90) => {
  const t = text.slice(s.start, s.end)
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

export function LinksPanel(props: LinksPanelProps) {
  const { sentence, sentences, text, view, assessment, assessments, sources, onAddLink, onRemoveLink } = props
  const [relation, setRelation] = useState<'supports' | 'contradicts'>('supports')
  const [target, setTarget] = useState<string | null>(null)
  const byId = useMemo(() => new Map(sentences.map((s) => [s.id, s])), [sentences])
  // Built once per article, not per selection: a long article has thousands of sentences.
  const options = useMemo(
    () =>
      sentences
        .filter((s) => s.kind !== 'heading')
        .map((s) => ({ value: s.id, label: `${s.index + 1}. ${snippet(text, s)}` })),
    [sentences, text]
  )
  const warnings = corroborationWarnings({
    sentence,
    assessment,
    links: view.links,
    assessmentsBySentenceId: assessments,
    sourcesById: sources
  })

  const describe = (link: Link) => {
    const otherId =
      link.fromSentenceId === sentence.id
        ? link.target.kind === 'sentence'
          ? link.target.sentenceId
          : undefined
        : link.fromSentenceId
    const other = otherId ? byId.get(otherId) : undefined
    if (link.target.kind === 'external') return link.target.citation
    return other ? `${other.index + 1}. ${snippet(text, other)}` : 'A sentence of another article'
  }

  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Text size="sm" fw={500}>
          Corroboration
        </Text>
        <Badge color={STATUS_COLORS[view.status]} data-testid="corroboration-status">
          {STATUS_LABELS[view.status]}
        </Badge>
      </Group>
      {warnings.map((w) => (
        <Alert key={w.code} color="orange" variant="light" p="xs">
          <Text size="xs">{w.message}</Text>
        </Alert>
      ))}
      {view.links.length > 0 && (
        <Stack
          gap={4}
          component="ul"
          aria-label="Evidence links"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {view.links.map((link) => (
            <Group key={link.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={link.relation === 'contradicts' ? 'red' : 'teal'} style={{ flexShrink: 0 }}>
                {link.relation}
              </Badge>
              <Text size="xs" style={{ flex: 1 }}>
                {describe(link)}
              </Text>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Remove ${link.relation} link`}
                onClick={() => onRemoveLink(link.id)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      <SegmentedControl
        aria-label="Link relation"
        value={relation}
        onChange={(v) => setRelation(v as 'supports' | 'contradicts')}
        data={[
          { value: 'supports', label: 'Supports' },
          { value: 'contradicts', label: 'Contradicts' }
        ]}
      />
      <Select
        label="Linked sentence"
        placeholder="Find a sentence of this article"
        searchable
        data={options}
        value={target}
        onChange={setTarget}
        nothingFoundMessage="No such sentence"
        limit={40}
        comboboxProps={{ withinPortal: true }}
      />
      <Button
        variant="light"
        disabled={!target || target === sentence.id}
        onClick={() => {
          if (target) onAddLink(relation, target)
          setTarget(null)
        }}
      >
        Add link
      </Button>
    </Stack>
  )
}
