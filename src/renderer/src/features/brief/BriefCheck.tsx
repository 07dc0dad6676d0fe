// The brief check in the export dialog: warnings first, then what is merely unfinished. Each issue
// opens what it is about in place, so the analyst can read it without losing the dialog.
import { memo, useId, useState } from 'react'
import { Alert, Anchor, List, Stack, Text } from '@mantine/core'
import type { BriefIssue } from '@shared/brief/check'
import { IssueDetails } from './IssueDetails'

export interface BriefCheckProps {
  warnings: BriefIssue[]
  notes: BriefIssue[]
  loading: boolean
  /** Leaves the dialog for the sentence an issue is about. */
  onShowSentence: (sentenceId: string) => void
  /** Leaves the dialog for the key judgment an issue is about; without it, no "Go to judgment". */
  onShowJudgment?: (judgmentId: string) => void
}

/** Stable across a new check that finds the same issue, so what is open stays open. */
const issueKey = (issue: BriefIssue): string =>
  [issue.code, issue.judgmentId ?? '', issue.sentenceId ?? '', issue.message].join('\u0000')

/** Rendered again only when its issues or handlers change, not with every change to the dialog. */
export const BriefCheck = memo(function BriefCheck({
  warnings,
  notes,
  loading,
  onShowSentence,
  onShowJudgment
}: BriefCheckProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const baseId = useId()
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
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (!next.delete(key)) next.add(key)
      return next
    })
  const item = (group: string) => (issue: BriefIssue, i: number) => {
    const key = issueKey(issue)
    const about = issue.about
    const shown = open.has(key)
    const detailsId = `${baseId}-${group}-${i}`
    return (
      <List.Item key={key} data-testid="brief-issue">
        {issue.message}{' '}
        {about && (
          <Anchor
            component="button"
            type="button"
            size="sm"
            // In the text's own colour, underlined: a link colour on the warning's tint is too faint.
            c="inherit"
            underline="always"
            aria-expanded={shown}
            aria-controls={shown ? detailsId : undefined}
            onClick={() => toggle(key)}
          >
            {shown ? 'Hide' : 'Show'}
          </Anchor>
        )}
        {about && shown && (
          <IssueDetails
            about={about}
            id={detailsId}
            onShowSentence={onShowSentence}
            onShowJudgment={onShowJudgment}
          />
        )}
      </List.Item>
    )
  }
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
            {warnings.map(item('warning'))}
          </List>
        </Alert>
      )}
      {notes.length > 0 && (
        <List size="sm" c="dimmed" spacing={2}>
          {notes.map(item('note'))}
        </List>
      )}
    </Stack>
  )
})
