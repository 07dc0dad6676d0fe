// The inspector's sources block: the primary source's picker (s), the sentence's sources in order
// with their roles, a picker that adds another (S), the suggestions the text makes, and the way to
// the source's entry (Edit source, Open in registry).
import { useMemo, useState } from 'react'
import { Button, Group, Stack, Text } from '@mantine/core'
import type { Sentence } from '@shared/model'
import { db, serially } from '../../db'
import { addSources, attributeSentence, editAttributions } from '../../db/attributions'
import { updateSource } from '../../db/sources'
import { lazyDialog } from '../../components/lazy-dialog'
import { ADD_SOURCE_FIELD_ID } from '../inspector/field-ids'
import { SourcePicker } from '../inspector/SourcePicker'
import { SuggestedSources } from '../inspector/SuggestedSources'
import { acceptSuggestions } from '../inspector/accept-suggestion'
import { suggestionsFor } from '../inspector/suggestions'
import type { Workspace } from '../reader/use-workspace'
import { AttributionList } from './AttributionList'

// The dialog (with merge and delete) is fetched when first opened: it stays out of the first load.
const EditSourceDialog = lazyDialog('Edit source', () =>
  import('../inspector/EditSourceDialog').then((m) => m.EditSourceModal)
)

interface SentenceSourcesProps {
  workspace: Workspace
  sentence: Sentence
  onError: (message: string) => void
  /** Shows the registry at this source. */
  onOpenRegistry: (sourceId: string) => void
}

export function SentenceSources({ workspace, sentence, onError, onOpenRegistry }: SentenceSourcesProps) {
  const [editing, setEditing] = useState(false)
  const { article, sources } = workspace
  const stored = workspace.assessments.get(sentence.id)?.attributions
  const attributions = useMemo(() => stored ?? [], [stored])
  const primary = attributions[0]
  const source = primary ? sources.get(primary.sourceId) : undefined
  const cited = useMemo(() => new Set(attributions.map((a) => a.sourceId)), [attributions])
  const report = (e: unknown) => onError(e instanceof Error ? e.message : String(e))
  const write = (run: () => Promise<unknown>) => void serially(run).catch(report)

  const suggestions = source ? [] : suggestionsFor(workspace, sentence)
  // The role the text suggests ("quoted", "according to"), else the one already set, else reported.
  const setPrimary = (target: { id: string } | { name: string }) =>
    write(() =>
      attributeSentence(
        db,
        sentence,
        article.text,
        target,
        primary?.role ?? suggestions[0]?.role ?? 'reported'
      )
    )
  const add = (target: { id: string } | { name: string }) =>
    write(() => addSources(db, sentence, article.text, [{ source: target, role: 'reported' }]))

  return (
    <Stack gap="xs">
      <SourcePicker
        sources={sources}
        value={source}
        onPick={(s) => setPrimary({ id: s.id })}
        onCreate={(name) => setPrimary({ name })}
      />
      {source && (
        <Group justify="space-between" gap="xs">
          <Text size="xs" c="dimmed" truncate style={{ flex: 1, minWidth: 0 }}>
            {[source.kind, source.affiliation].filter(Boolean).join(' · ')}
          </Text>
          <Group gap={4} wrap="nowrap">
            <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)}>
              Edit source
            </Button>
            <Button variant="subtle" size="compact-xs" onClick={() => onOpenRegistry(source.id)}>
              Open in registry
            </Button>
          </Group>
        </Group>
      )}
      <AttributionList
        attributions={attributions}
        sources={sources}
        onEdit={(edit) => write(() => editAttributions(db, sentence, article.text, edit))}
      />
      {source && (
        <SourcePicker
          sources={sources}
          value={undefined}
          exclude={cited}
          label="Add source"
          fieldId={ADD_SOURCE_FIELD_ID}
          placeholder="Another source of this sentence (S)"
          onPick={(s) => add({ id: s.id })}
          onCreate={(name) => add({ name })}
        />
      )}
      <EditSourceDialog
        opened={editing && source !== undefined}
        source={source ?? null}
        onClose={() => setEditing(false)}
        onSave={(patch) => {
          setEditing(false)
          if (source) write(() => updateSource(db, source.id, patch))
        }}
      />
      <SuggestedSources
        suggestions={suggestions}
        onAccept={(chosen) => write(() => acceptSuggestions(db, sentence, article.text, chosen))}
      />
    </Stack>
  )
}
