// The review of a batch: one row per file with its detected title, outlet, date, sentence count
// and what it would become if imported; each row's details are its own and editable in place.
import { useState } from 'react'
import { Button, Checkbox, Group, PasswordInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core'
import type { BatchRow, RowDetails, RowOutcome } from './batch'

export interface ReviewListProps {
  rows: BatchRow[]
  outcomes: Map<number, RowOutcome>
  /** While the import runs, or after it, nothing is edited any more. */
  locked: boolean
  onDetails: (id: number, details: Partial<RowDetails>) => void
  onInclude: (id: number, included: boolean) => void
  onAgree: (id: number, agreed: boolean) => void
  onPassword: (id: number, password: string) => void
  onRestore: (row: BatchRow) => void
}

export function ReviewList(props: ReviewListProps) {
  return (
    <Stack component="ul" aria-label="Files to import" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
      {props.rows.map((row) => (
        <ReviewRow key={row.id} row={row} outcome={props.outcomes.get(row.id)!} {...props} />
      ))}
    </Stack>
  )
}

/** What a row would become, in the analyst's words. */
export function outcomeLabel(outcome: RowOutcome): string {
  switch (outcome.kind) {
    case 'reading':
      if (outcome.waiting) return 'Waiting to be read'
      return outcome.progress
        ? `Reading: page ${outcome.progress.done} of ${outcome.progress.total}`
        : 'Reading…'
    case 'ready':
      return 'Ready'
    case 'duplicate':
      return outcome.inBatch
        ? `Duplicate of “${outcome.title}” in this batch`
        : `Duplicate of “${outcome.title}”, already in the library`
    case 'needs-agreement':
      return 'Needs your agreement'
    case 'needs-password':
      return 'Needs a password'
    case 'backup':
      return 'A backup: restore it instead'
    case 'refused':
      return `Refused: ${outcome.message}`
  }
}

const OUTCOME_COLOURS: Record<RowOutcome['kind'], string> = {
  reading: 'dimmed',
  ready: 'green',
  duplicate: 'yellow',
  'needs-agreement': 'orange',
  'needs-password': 'orange',
  backup: 'blue',
  refused: 'red'
}

type ReviewRowProps = ReviewListProps & { row: BatchRow; outcome: RowOutcome }

function ReviewRow({
  row,
  outcome,
  locked,
  onDetails,
  onInclude,
  onAgree,
  onPassword,
  onRestore
}: ReviewRowProps) {
  const [expanded, setExpanded] = useState(false)
  const [password, setPassword] = useState('')
  const name = `“${row.fileName}”`
  const read = row.read.kind === 'article' ? row.read : null
  const facts = read
    ? [
        row.details.outlet,
        row.details.publishedAt,
        `${read.sentenceCount.toLocaleString('en')} sentence${read.sentenceCount === 1 ? '' : 's'}`
      ].filter(Boolean)
    : []
  const result = row.result
  return (
    <li aria-label={row.fileName} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Stack gap={4} pb="xs">
        <Group gap="xs" wrap="nowrap" align="center">
          <Checkbox
            aria-label={`Import ${name}`}
            checked={row.included}
            disabled={locked}
            onChange={(event) => onInclude(row.id, event.currentTarget.checked)}
          />
          <Text size="sm" fw={600} style={{ wordBreak: 'break-all' }}>
            {row.fileName}
          </Text>
          <Text
            size="sm"
            c={row.included ? OUTCOME_COLOURS[outcome.kind] : 'dimmed'}
            data-testid="row-outcome"
          >
            {row.included ? outcomeLabel(outcome) : 'Left out'}
          </Text>
        </Group>
        {read && (
          <>
            <Group gap="xs" align="end" wrap="nowrap">
              <TextInput
                style={{ flex: 1 }}
                size="xs"
                aria-label={`Title of ${name}`}
                value={row.details.title}
                disabled={locked}
                onChange={(event) => onDetails(row.id, { title: event.currentTarget.value })}
              />
              <Button
                variant="subtle"
                size="compact-xs"
                aria-expanded={expanded}
                aria-label={`Details of ${name}`}
                onClick={() => setExpanded(!expanded)}
              >
                {expanded ? 'Hide details' : 'Details'}
              </Button>
            </Group>
            <Text size="xs" c="dimmed">
              {facts.join(' · ')}
            </Text>
            {expanded && <DetailFields row={row} locked={locked} onDetails={onDetails} />}
          </>
        )}
        {row.damaged && (
          <Stack gap={4}>
            <Text size="xs">{row.damaged}</Text>
            <Checkbox
              size="xs"
              label="Import it with � in place of each invalid sequence"
              aria-label={`Import ${name} with � in place of each invalid sequence`}
              checked={row.agreed}
              disabled={locked}
              onChange={(event) => onAgree(row.id, event.currentTarget.checked)}
            />
          </Stack>
        )}
        {row.read.kind === 'password' && (
          <Group align="end" gap="xs">
            <PasswordInput
              size="xs"
              style={{ flex: 1 }}
              label={`Password to open ${name}`}
              error={row.read.wrong ? 'That is not the password of this PDF.' : undefined}
              value={password}
              disabled={locked}
              onChange={(event) => setPassword(event.currentTarget.value)}
            />
            <Button
              size="xs"
              variant="default"
              disabled={!password || locked}
              onClick={() => {
                onPassword(row.id, password)
                setPassword('')
              }}
            >
              Open PDF
            </Button>
          </Group>
        )}
        {row.read.kind === 'backup' && (
          <Group gap="xs">
            <Text size="xs">It is a Sourcemark backup: it is restored, not imported with the others.</Text>
            <Button size="compact-xs" variant="default" onClick={() => onRestore(row)}>
              Restore it instead…
            </Button>
          </Group>
        )}
        {result && <ResultLine result={result} />}
      </Stack>
    </li>
  )
}

function DetailFields({ row, locked, onDetails }: Pick<ReviewRowProps, 'row' | 'locked' | 'onDetails'>) {
  const name = `“${row.fileName}”`
  return (
    <SimpleGrid cols={2} spacing="xs">
      {(
        [
          ['outlet', 'Outlet', 'text'],
          ['author', 'Author', 'text'],
          ['publishedAt', 'Published', 'date'],
          ['url', 'URL', 'url']
        ] as const
      ).map(([key, label, type]) => (
        <TextInput
          key={key}
          size="xs"
          label={label}
          aria-label={`${label} of ${name}`}
          type={type}
          value={row.details[key]}
          disabled={locked}
          onChange={(event) => onDetails(row.id, { [key]: event.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  )
}

function ResultLine({ result }: { result: NonNullable<BatchRow['result']> }) {
  const text =
    result.kind === 'imported'
      ? `Imported: ${result.sentenceCount.toLocaleString('en')} sentences.${result.note ? ` ${result.note}` : ''}`
      : result.kind === 'duplicate'
        ? `Already in the library as “${result.title}”; nothing written.`
        : result.kind === 'failed'
          ? `Not imported: ${result.message}`
          : 'Not imported: cancelled before it.'
  return (
    <Text size="xs" c={result.kind === 'imported' ? 'green' : result.kind === 'failed' ? 'red' : 'dimmed'}>
      {text}
    </Text>
  )
}
