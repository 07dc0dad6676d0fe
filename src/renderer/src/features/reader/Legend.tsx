// What the reader's chips, marks and underlines mean. Every sample is drawn by the reader's own
// style rules (the same classes and data attributes), so the legend cannot drift from the text.
import { Button, Popover, Stack, Table, Text } from '@mantine/core'
import type { CorroborationStatus } from '@shared/model'
import { RELIABILITY_CLASSES, RELIABILITY_CLASS_LABELS, type ReliabilityClass } from './reader-filter'
import { RatingChip } from './RatingChip'
import { STATUS_LABELS, WEAK_LABEL } from './status'
import classes from './Reader.module.css'

const SAMPLE_RATINGS: Record<ReliabilityClass, string> = { ab: 'B2', c: 'C3', de: 'E5', unknown: '?2' }

const UNDERLINES: { label: string; status: CorroborationStatus; weak?: boolean }[] = [
  { label: STATUS_LABELS.corroborated, status: 'corroborated' },
  { label: WEAK_LABEL, status: 'corroborated', weak: true },
  { label: STATUS_LABELS.contested, status: 'contested' },
  { label: STATUS_LABELS.circular, status: 'circular' },
  { label: STATUS_LABELS.uncorroborated, status: 'uncorroborated' }
]

export function Legend() {
  return (
    <Stack gap="xs" aria-label="Legend" role="group">
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs">
        <Table.Tbody>
          {RELIABILITY_CLASSES.map((c) => (
            <Table.Tr key={c} data-legend={`reliability-${c}`}>
              <Table.Td>
                <RatingChip rating={SAMPLE_RATINGS[c]} />
              </Table.Td>
              <Table.Td>
                <Text size="sm">{RELIABILITY_CLASS_LABELS[c]}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
          <Table.Tr data-legend="ungraded">
            <Table.Td>
              <span className={classes.ungradedMark} />
            </Table.Td>
            <Table.Td>
              <Text size="sm">Not graded yet</Text>
            </Table.Td>
          </Table.Tr>
          <Table.Tr data-legend="judgment">
            <Table.Td>
              <span className={classes.judgmentMark}>J</span>
            </Table.Td>
            <Table.Td>
              <Text size="sm">Evidence for a key judgment (J2: for two)</Text>
            </Table.Td>
          </Table.Tr>
          {UNDERLINES.map((u) => (
            <Table.Tr key={u.label} data-legend={u.weak ? 'weak' : u.status}>
              <Table.Td>
                <span
                  className={classes.sentence}
                  data-corroboration={u.status}
                  data-weak={u.weak ? 'true' : undefined}
                >
                  Claim
                </span>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{u.label}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  )
}

/** The legend behind a button, beside the status bar. */
export function LegendButton() {
  return (
    <Popover position="bottom-end" withArrow shadow="md">
      <Popover.Target>
        <Button variant="subtle" size="compact-sm">
          Legend
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Legend />
      </Popover.Dropdown>
    </Popover>
  )
}
