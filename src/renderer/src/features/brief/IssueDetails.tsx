// What a brief-check issue is about, shown under it inside the export dialog: the sentence with its
// rating and sources, the judgment with its likelihood, confidence and evidence. Leaving the
// dialog for it is a separate "Go to", for whoever wants to fix it there and then.
import { Anchor, Blockquote, Group, Paper, Stack, Text } from '@mantine/core'
import type { IssueAbout, IssueJudgment, IssueSentence } from '@shared/brief/check'

export interface IssueDetailsProps {
  about: IssueAbout
  id: string
  onShowSentence: (sentenceId: string) => void
  onShowJudgment?: (judgmentId: string) => void
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

function Judgment({ judgment, onGo }: { judgment: IssueJudgment; onGo?: (id: string) => void }) {
  const { confidence, confidenceReason } = judgment
  return (
    <Stack gap={2} data-testid="issue-judgment">
      <Text size="xs" fw={600}>
        Key judgment {judgment.number}
      </Text>
      <Text size="sm">{judgment.text.trim() || <em>No text yet</em>}</Text>
      <Text size="xs">Likelihood: {judgment.likelihood ?? 'not stated'}</Text>
      <Text size="xs">
        Confidence:{' '}
        {confidence
          ? `${confidence}${confidenceReason.trim() ? ` — ${confidenceReason.trim()}` : ' (no reason given)'}`
          : 'not stated'}
      </Text>
      <Text size="xs">
        Evidence: {plural(judgment.supports, 'supporting item', 'supporting items')},{' '}
        {plural(judgment.contradicts, 'contradicting item', 'contradicting items')}
      </Text>
      <Text size="xs">Alternatives: {judgment.alternatives.trim() || 'none written'}</Text>
      {onGo && (
        <Group>
          <Anchor component="button" type="button" size="xs" onClick={() => onGo(judgment.judgmentId)}>
            Go to judgment
          </Anchor>
        </Group>
      )}
    </Stack>
  )
}

function Sentence({ sentence, onGo }: { sentence: IssueSentence; onGo: (id: string) => void }) {
  return (
    <Stack gap={2} data-testid="issue-sentence">
      <Blockquote p={6} fz="sm">
        {sentence.text}
      </Blockquote>
      <Text size="xs">
        Rating: {sentence.rating || 'not graded'}
        {sentence.articleTitle ? ` · ${sentence.articleTitle}` : ''}
      </Text>
      <Text size="xs">
        Sources: {sentence.sources.length > 0 ? sentence.sources.join('; ') : 'none attributed'}
      </Text>
      {sentence.status && <Text size="xs">Corroboration: {sentence.status}</Text>}
      <Group>
        <Anchor component="button" type="button" size="xs" onClick={() => onGo(sentence.sentenceId)}>
          Go to sentence
        </Anchor>
      </Group>
    </Stack>
  )
}

export function IssueDetails({ about, id, onShowSentence, onShowJudgment }: IssueDetailsProps) {
  return (
    <Paper withBorder p="xs" mt={4} id={id}>
      <Stack gap="xs">
        {about.bluf !== undefined && (
          <Stack gap={2} data-testid="issue-bluf">
            <Text size="xs" fw={600}>
              In the bottom line up front
            </Text>
            <Blockquote p={6} fz="sm">
              {about.bluf}
            </Blockquote>
          </Stack>
        )}
        {about.judgment && <Judgment judgment={about.judgment} onGo={onShowJudgment} />}
        {about.sentence && <Sentence sentence={about.sentence} onGo={onShowSentence} />}
      </Stack>
    </Paper>
  )
}
