// One key judgment, editable in place: the analyst's wording, ICD 203 likelihood and confidence
// (kept apart), why that confidence, the evidence, assumptions and alternative explanations.
import { useState } from 'react'
import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  Radio,
  SegmentedControl,
  Stack,
  Text,
  Title
} from '@mantine/core'
import type { ExternalTarget } from '@shared/corroboration'
import { checkEvidence } from '@shared/judgments'
import {
  CONFIDENCE_WORDS,
  LIKELIHOOD_WORDS,
  type Judgment,
  type Likelihood,
  type Source
} from '@shared/model'
import { CONFIDENCE_LABELS, LIKELIHOOD_RANGES } from '@shared/scales'
import { db, serially } from '../../db'
import { addEvidence, deleteJudgment, moveJudgment, removeEvidence, updateJudgment } from '../../db/judgments'
import { CitationForm } from '../inspector/CitationForm'
import { EvidenceList } from './EvidenceList'
import { JudgmentTextField } from './JudgmentTextField'
import { failure } from './case-actions'

export const NEEDS_REWORDING = 'Needs rewording — still in the article’s words'

interface JudgmentCardProps {
  judgment: Judgment
  number: number
  count: number
  sources: ReadonlyMap<string, Source>
  onGoToSentence: (sentenceId: string) => void
  onError: (message: string) => void
}

export function JudgmentCard({
  judgment,
  number,
  count,
  sources,
  onGoToSentence,
  onError
}: JudgmentCardProps) {
  const [citationRelation, setCitationRelation] = useState<'supports' | 'contradicts'>('supports')
  const [citationError, setCitationError] = useState<string>()
  const [confirmDelete, setConfirmDelete] = useState(false)
  const write = (what: string, action: () => Promise<unknown>) =>
    serially(action).catch((e: unknown) => onError(failure(what, e)))

  const addCitation = async (target: ExternalTarget): Promise<boolean> => {
    const evidence = { relation: citationRelation, target, note: '' }
    // The rule the database applies, so a refusal is said in the form and nothing is written.
    const checked = checkEvidence(judgment, evidence)
    if (!checked.ok) {
      setCitationError(checked.error)
      return false
    }
    try {
      await serially(() => addEvidence(db, judgment.id, evidence))
      setCitationError(undefined)
      return true
    } catch (e) {
      setCitationError(e instanceof Error ? e.message : String(e))
      return false
    }
  }

  return (
    <Card
      withBorder
      padding="sm"
      role="article"
      aria-label={`Key judgment ${number}`}
      data-judgment-id={judgment.id}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Title order={4} size="h5">
              Key judgment {number}
            </Title>
            {judgment.needsRewording && <Badge color="orange">{NEEDS_REWORDING}</Badge>}
          </Group>
          <Group gap={4} wrap="nowrap">
            <Button
              variant="subtle"
              size="compact-xs"
              disabled={number === 1}
              aria-label={`Move key judgment ${number} up`}
              onClick={() => write('Not moved', () => moveJudgment(db, judgment.id, number - 2))}
            >
              ↑ Up
            </Button>
            <Button
              variant="subtle"
              size="compact-xs"
              disabled={number === count}
              aria-label={`Move key judgment ${number} down`}
              onClick={() => write('Not moved', () => moveJudgment(db, judgment.id, number))}
            >
              ↓ Down
            </Button>
            <Button variant="subtle" color="red" size="compact-xs" onClick={() => setConfirmDelete(true)}>
              Delete
            </Button>
          </Group>
        </Group>
        <JudgmentTextField
          judgment={judgment}
          part="text"
          label="Judgment"
          placeholder="The judgment in your own words"
          onError={onError}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label="Likelihood"
            value={judgment.likelihood ?? ''}
            data={[
              { value: '', label: 'Not stated' },
              ...LIKELIHOOD_WORDS.map((w) => ({ value: w, label: `${w} (${LIKELIHOOD_RANGES[w]})` }))
            ]}
            onChange={(e) => {
              const value = e.currentTarget.value
              write('The likelihood was not saved', () =>
                updateJudgment(db, judgment.id, { likelihood: value ? (value as Likelihood) : null })
              )
            }}
          />
          <Radio.Group
            label="Confidence"
            description={judgment.confidence ? CONFIDENCE_LABELS[judgment.confidence] : 'Not stated'}
            value={judgment.confidence ?? ''}
            onChange={(value) =>
              write('The confidence was not saved', () =>
                updateJudgment(db, judgment.id, {
                  confidence: CONFIDENCE_WORDS.find((w) => w === value) ?? null
                })
              )
            }
          >
            <Group gap="sm" mt={4}>
              {CONFIDENCE_WORDS.map((w) => (
                <Radio key={w} value={w} label={w} />
              ))}
            </Group>
          </Radio.Group>
        </Group>
        <JudgmentTextField
          judgment={judgment}
          part="confidenceReason"
          label="Why this confidence"
          placeholder="The sources and the reasoning: what makes it high, moderate or low"
          onError={onError}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            Evidence
          </Text>
          <EvidenceList
            judgment={judgment}
            sources={sources}
            onGoToSentence={onGoToSentence}
            onRemove={(index) =>
              write('The evidence was not removed', () => removeEvidence(db, judgment.id, index))
            }
          />
        </Stack>
        <details>
          <summary>
            <Text span size="sm">
              Add external citation
            </Text>
          </summary>
          <Stack gap="xs" mt="xs">
            <SegmentedControl
              aria-label="Citation relation"
              value={citationRelation}
              onChange={(v) => setCitationRelation(v === 'contradicts' ? 'contradicts' : 'supports')}
              data={[
                { value: 'supports', label: 'Supports' },
                { value: 'contradicts', label: 'Contradicts' }
              ]}
            />
            <CitationForm sources={sources} onAdd={addCitation} />
            {citationError && (
              <Alert color="red" role="alert" p="xs">
                {citationError}
              </Alert>
            )}
          </Stack>
        </details>
        <JudgmentTextField
          judgment={judgment}
          part="assumptions"
          label="Assumptions"
          placeholder="What the judgment takes for granted"
          onError={onError}
        />
        <JudgmentTextField
          judgment={judgment}
          part="alternatives"
          label="Alternative explanations"
          placeholder="Other ways to read the same evidence"
          onError={onError}
        />
      </Stack>
      <Modal opened={confirmDelete} onClose={() => setConfirmDelete(false)} title="Delete key judgment">
        <Stack>
          <Text size="sm">
            Delete key judgment {number} with its evidence, assumptions and alternatives? The sentences it
            cites stay. You can undo this.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirmDelete(false)}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                setConfirmDelete(false)
                write('The key judgment was not deleted', () => deleteJudgment(db, judgment.id))
              }}
            >
              Delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  )
}
