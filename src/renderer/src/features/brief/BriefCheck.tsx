// The brief check in the export dialog: warnings first, then what is merely unfinished, each
// with a way to what it is about.
import { Alert, Anchor, List, Stack, Text } from '@mantine/core'
import type { BriefIssue } from '@shared/brief/check'

export interface BriefCheckProps {
  warnings: BriefIssue[]
  notes: BriefIssue[]
  loading: boolean
  onShowSentence: (sentenceId: string) => void
}

export function BriefCheck({ warnings, notes, loading, onShowSentence }: BriefCheckProps) {
  if (loading)
    return (
      <Text size="sm" c="dimmed">
        Checking the brief…
      </Text>
    )
  if (warnings.length === 0 && notes.length === 0) {
    return (
      <Text size="sm" c="teal" data-testid="brief-check">
        Brief check: nothing misstates the evidence.
      </Text>
    )
  }
  const item = (issue: BriefIssue, i: number) => (
    <List.Item key={i}>
      {issue.message}{' '}
      {issue.sentenceId && (
        <Anchor component="button" type="button" size="sm" onClick={() => onShowSentence(issue.sentenceId!)}>
          Show
        </Anchor>
      )}
    </List.Item>
  )
  return (
    <Stack gap={4} data-testid="brief-check">
      {warnings.length > 0 && (
        <Alert
          color="orange"
          title={`Brief check: ${warnings.length} warning${warnings.length === 1 ? '' : 's'}`}
          p="xs"
        >
          <Text size="xs" mb={4}>
            The brief can still be exported; the reader will see what you leave.
          </Text>
          <List size="sm" spacing={2}>
            {warnings.map(item)}
          </List>
        </Alert>
      )}
      {notes.length > 0 && (
        <List size="sm" c="dimmed" spacing={2}>
          {notes.map(item)}
        </List>
      )}
    </Stack>
  )
}
