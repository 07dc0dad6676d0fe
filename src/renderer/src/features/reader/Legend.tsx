// What the reader's chips, marks and underlines mean. Every sample is drawn by the reader's own
// style rules (the same classes and data attributes), so the legend cannot drift from the text.
import { Button, Popover, Text } from '@mantine/core'
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
    // A plain table: the legend needs no more, and the app's first load carries nothing extra.
    <table className={classes.legend} aria-label="Legend">
      <tbody>
        {RELIABILITY_CLASSES.map((c) => (
          <tr key={c} data-legend={`reliability-${c}`}>
            <td>
              <RatingChip rating={SAMPLE_RATINGS[c]} />
            </td>
            <td>
              <Text size="sm">{RELIABILITY_CLASS_LABELS[c]}</Text>
            </td>
          </tr>
        ))}
        <tr data-legend="ungraded">
          <td>
            <span className={classes.ungradedMark} />
          </td>
          <td>
            <Text size="sm">Not graded yet</Text>
          </td>
        </tr>
        <tr data-legend="judgment">
          <td>
            <span className={classes.judgmentMark}>J</span>
          </td>
          <td>
            <Text size="sm">Evidence for key judgments (J2: two)</Text>
          </td>
        </tr>
        {UNDERLINES.map((u) => (
          <tr key={u.label} data-legend={u.weak ? 'weak' : u.status}>
            <td>
              <span
                className={classes.sentence}
                data-corroboration={u.status}
                data-weak={u.weak ? 'true' : undefined}
              >
                Claim
              </span>
            </td>
            <td>
              <Text size="sm">{u.label}</Text>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** The legend behind a button, beside the status bar; open at once when asked for while it loaded. */
export function LegendButton({ defaultOpened }: { defaultOpened?: boolean }) {
  return (
    <Popover position="bottom-end" withArrow shadow="md" defaultOpened={defaultOpened}>
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
