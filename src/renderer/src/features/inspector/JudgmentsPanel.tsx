// The key judgments the selected sentence is evidence for, and the way a sentence of any article
// becomes evidence: start a judgment from it, or add it to a judgment of any case.
import { useMemo, useState } from 'react'
import { ActionIcon, Badge, Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core'
import { evidenceKey } from '@shared/judgments'
import type { JudgmentEvidence, Sentence } from '@shared/model'
import { db, serially } from '../../db'
import { rememberCase } from '../../db/case-choice'
import { addEvidence, removeEvidence } from '../../db/judgments'
import { evidenceChoices, snippet, type CitingJudgment } from '../reader/judgment-index'
import type { Workspace } from '../reader/use-workspace'

type Relation = JudgmentEvidence['relation']

interface JudgmentsPanelProps {
  workspace: Workspace
  sentence: Sentence
  /** Starts a judgment from the sentence (the K key does the same). */
  onStart: () => void
  onOpenJudgment: (caseId: string, judgmentId: string) => void
  onError: (message: string) => void
}

const RELATION_COLORS: Record<Relation, string> = { supports: 'teal', contradicts: 'red' }

export function JudgmentsPanel({
  workspace,
  sentence,
  onStart,
  onOpenJudgment,
  onError
}: JudgmentsPanelProps) {
  const { article, judgments } = workspace
  const citing = judgments.citing.get(sentence.id) ?? []
  const choices = useMemo(() => evidenceChoices(judgments, article.id), [judgments, article.id])
  const [choice, setChoice] = useState<string | null>(null)
  const [relation, setRelation] = useState<Relation>('supports')
  const report = (e: unknown) => onError(e instanceof Error ? e.message : String(e))

  const add = () => {
    const chosen = judgments.byCase.flatMap((g) => g.judgments).find((j) => j.id === choice)
    if (!chosen) return
    const evidence: JudgmentEvidence = {
      relation,
      target: { kind: 'sentence', sentenceId: sentence.id },
      note: ''
    }
    serially(() => addEvidence(db, chosen.id, evidence)).then(async () => {
      setChoice(null)
      // Evidence added to one of the article's cases makes it the case its next judgment goes to.
      const holder = judgments.byCase.find((g) => g.case.id === chosen.caseId)?.case
      if (holder?.articleIds.includes(article.id)) await rememberCase(db, article.id, holder.id)
    }, report)
  }

  const remove = ({ judgment }: CitingJudgment) => {
    const index = judgment.evidence.findIndex(
      (e) => evidenceKey(e) === evidenceKey({ target: { kind: 'sentence', sentenceId: sentence.id } })
    )
    if (index >= 0) serially(() => removeEvidence(db, judgment.id, index)).catch(report)
  }

  return (
    <Stack gap="xs" role="group" aria-label="Key judgments">
      <Text size="sm" fw={500}>
        Key judgments
      </Text>
      {citing.length === 0 ? (
        <Text size="xs" c="dimmed">
          This sentence is evidence for no key judgment yet.
        </Text>
      ) : (
        <Stack
          gap={4}
          component="ul"
          aria-label="Key judgments this sentence is evidence for"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {citing.map((c) => (
            <Group key={c.judgment.id} component="li" gap="xs" wrap="nowrap" align="flex-start">
              <Badge color={RELATION_COLORS[c.relation]} style={{ flexShrink: 0 }}>
                {c.relation}
              </Badge>
              <Stack gap={2} style={{ flex: 1 }}>
                <Text size="xs">{snippet(c.judgment.text || 'Not written yet', 100)}</Text>
                <Text size="xs" c="dimmed">
                  Key judgment {c.number} of “{c.case.name}”
                  {c.judgment.needsRewording && ' · still in the article’s words'}
                </Text>
              </Stack>
              <Button
                variant="subtle"
                size="compact-xs"
                aria-label={`Open key judgment ${c.number} of “${c.case.name}”`}
                onClick={() => onOpenJudgment(c.case.id, c.judgment.id)}
              >
                Open
              </Button>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`Remove as evidence for key judgment ${c.number} of “${c.case.name}”`}
                onClick={() => remove(c)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      )}
      {/* Short enough for the narrowest inspector; the undo history names it the same way. */}
      <Button variant="light" onClick={onStart}>
        Start judgment from sentence (K)
      </Button>
      <Select
        label="Add as evidence to…"
        placeholder={choices.length ? 'Pick a key judgment' : 'No key judgments yet'}
        searchable
        data={choices}
        value={choice}
        onChange={setChoice}
        nothingFoundMessage="No such key judgment"
        comboboxProps={{ withinPortal: true }}
      />
      <SegmentedControl
        aria-label="Evidence relation"
        value={relation}
        onChange={(v) => setRelation(v as Relation)}
        data={[
          { value: 'supports', label: 'Supports' },
          { value: 'contradicts', label: 'Contradicts' }
        ]}
      />
      <Button variant="light" disabled={!choice} onClick={add}>
        Add as evidence
      </Button>
    </Stack>
  )
}
