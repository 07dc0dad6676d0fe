// A key judgment's evidence as the analyst reads it: what supports or contradicts it, each
// sentence quoted with its rating and article, each citation with its address, source and date.
import { Anchor, Badge, Button, Group, List, Text } from '@mantine/core'
import type { Judgment, JudgmentEvidence, Source } from '@shared/model'
import { rating, ratingHint } from '@shared/scales'
import { useQuotedSentences } from '../../db/hooks'

interface EvidenceListProps {
  judgment: Judgment
  sources: ReadonlyMap<string, Source>
  onRemove: (index: number) => void
  onGoToSentence: (sentenceId: string) => void
}

export function EvidenceList({ judgment, sources, onRemove, onGoToSentence }: EvidenceListProps) {
  const quoted = useQuotedSentences(
    judgment.evidence.flatMap((e) => (e.target.kind === 'sentence' ? [e.target.sentenceId] : []))
  )
  if (judgment.evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence yet. Start a judgment from a sentence in the reader, or add a sentence or a citation to it
        there; add an external citation below.
      </Text>
    )
  return (
    <List listStyleType="none" spacing="xs" aria-label="Evidence">
      {judgment.evidence.map((item, index) => (
        <List.Item key={index} data-testid="evidence-item" data-relation={item.relation}>
          <Group gap={6} align="baseline" wrap="nowrap">
            <Badge color={item.relation === 'supports' ? 'teal' : 'red'} style={{ flexShrink: 0 }}>
              {item.relation === 'supports' ? 'Supports' : 'Contradicts'}
            </Badge>
            <Text size="sm" style={{ flex: 1, overflowWrap: 'anywhere' }}>
              <EvidenceText item={item} quoted={quoted} sources={sources} />
            </Text>
            {item.target.kind === 'sentence' && quoted?.has(item.target.sentenceId) && (
              <Anchor
                component="button"
                type="button"
                size="sm"
                style={{ flexShrink: 0 }}
                onClick={() => item.target.kind === 'sentence' && onGoToSentence(item.target.sentenceId)}
              >
                Go to sentence
              </Anchor>
            )}
            <Button
              variant="subtle"
              color="red"
              size="compact-xs"
              style={{ flexShrink: 0 }}
              aria-label={`Remove evidence ${index + 1}`}
              onClick={() => onRemove(index)}
            >
              Remove
            </Button>
          </Group>
        </List.Item>
      ))}
    </List>
  )
}

function EvidenceText({
  item,
  quoted,
  sources
}: {
  item: JudgmentEvidence
  quoted: ReturnType<typeof useQuotedSentences>
  sources: ReadonlyMap<string, Source>
}) {
  const target = item.target
  if (target.kind === 'external') {
    const source = target.sourceId ? sources.get(target.sourceId)?.name : undefined
    return (
      <>
        {target.citation}
        {target.url && <> · {target.url}</>}
        {source && <> · {source}</>}
        {target.accessedOn && <> · accessed {target.accessedOn}</>}
      </>
    )
  }
  if (quoted === undefined) return <>…</>
  const found = quoted.get(target.sentenceId)
  if (!found) return <i>The sentence is no longer in the library (its article was deleted).</i>
  const grade = rating(found.assessment, sources)
  return (
    <>
      “{found.text}”{' '}
      {grade ? (
        <b title={ratingHint(grade)} data-testid="evidence-rating">
          [{grade}]
        </b>
      ) : (
        <i>not graded</i>
      )}{' '}
      — {found.articleTitle}
    </>
  )
}
