// Edit a registry source: its names, kind, affiliation and why it has the reliability it has.
// The changes apply in every article that cites it.
import { useEffect, useState } from 'react'
import {
  Button,
  Divider,
  Group,
  Modal,
  Select,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput
} from '@mantine/core'
import {
  RELIABILITY_GRADES,
  SOURCE_KINDS,
  type Reliability,
  type Source,
  type SourceKind
} from '@shared/model'
import { RELIABILITY_LABELS } from '@shared/scales'
import { SourceActions } from '../sources/SourceActions'

interface EditSourceDialogProps {
  source: Source | null
  onClose: () => void
  onSave: (patch: Partial<Omit<Source, 'id'>>) => void
}

const UNGRADED = 'ungraded'

const KIND_LABELS: Record<SourceKind, string> = {
  person: 'Person',
  organisation: 'Organisation',
  government: 'Government',
  military: 'Military',
  media: 'Media',
  intelligence: 'Intelligence',
  'social-media': 'Social media',
  document: 'Document',
  anonymous: 'Anonymous',
  other: 'Other'
}

export function EditSourceDialog({ source, onClose, onSave }: EditSourceDialogProps) {
  const [draft, setDraft] = useState<Source | null>(source)
  useEffect(() => setDraft(source), [source])
  if (!draft || !source) return null
  const set = (patch: Partial<Source>) => setDraft({ ...draft, ...patch })
  const name = draft.name.trim()
  return (
    <Modal opened onClose={onClose} title="Edit source">
      <form
        onSubmit={(event) => {
          event.preventDefault()
          if (!name) return
          onSave({
            name,
            aliases: draft.aliases.map((a) => a.trim()).filter((a) => a && a !== name),
            kind: draft.kind,
            reliability: draft.reliability,
            affiliation: draft.affiliation?.trim() || undefined,
            description: draft.description?.trim() || undefined,
            reliabilityNote: draft.reliabilityNote?.trim() || undefined
          })
        }}
      >
        <Stack gap="sm">
          <TextInput
            label="Name"
            value={draft.name}
            error={name ? undefined : 'A source needs a name.'}
            onChange={(e) => set({ name: e.currentTarget.value })}
          />
          <TagsInput
            label="Other names"
            description="Spellings and short forms the text may use; press Enter after each"
            value={draft.aliases}
            onChange={(aliases) => set({ aliases })}
          />
          <Group grow>
            <Select
              label="Kind"
              allowDeselect={false}
              data={SOURCE_KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
              value={draft.kind}
              onChange={(kind) => kind && set({ kind: kind as SourceKind })}
            />
            <TextInput
              label="Affiliation"
              value={draft.affiliation ?? ''}
              onChange={(e) => set({ affiliation: e.currentTarget.value })}
            />
          </Group>
          <Textarea
            label="Description"
            value={draft.description ?? ''}
            onChange={(e) => set({ description: e.currentTarget.value })}
          />
          <Select
            label="Reliability"
            allowDeselect={false}
            data={[
              ...RELIABILITY_GRADES.map((g) => ({ value: g, label: `${g} — ${RELIABILITY_LABELS[g]}` })),
              { value: UNGRADED, label: 'Not graded yet' }
            ]}
            value={draft.reliability ?? UNGRADED}
            onChange={(v) => v && set({ reliability: v === UNGRADED ? null : (v as Reliability) })}
          />
          <Textarea
            label="Why this reliability"
            description="Track record, access, motive (the grade is also Shift+A–F in the reader)"
            value={draft.reliabilityNote ?? ''}
            onChange={(e) => set({ reliabilityNote: e.currentTarget.value })}
          />
          <Text size="xs" c="dimmed">
            Changes apply in every article that cites this source.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" disabled={!name}>
              Save source
            </Button>
          </Group>
        </Stack>
      </form>
      <Divider my="sm" />
      <SourceActions source={source} onDone={onClose} />
    </Modal>
  )
}

/** The dialog as lazyDialog loads it: shown while `opened`, so its code is fetched on first use. */
export function EditSourceModal(props: EditSourceDialogProps & { opened: boolean }) {
  return <EditSourceDialog {...props} source={props.opened ? props.source : null} />
}
