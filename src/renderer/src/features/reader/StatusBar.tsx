// Where the article stands: how many sentences are graded, not graded, corroborated, contested
// and circular, counted from the views the reader shows. Each count filters the reader to them.
import { Button, Group } from '@mantine/core'
import { STATUS_FILTER_LABELS, STATUS_FILTERS, type StatusCounts, type StatusFilter } from './reader-filter'

interface StatusBarProps {
  counts: StatusCounts
  active: StatusFilter | null
  onFilter: (status: StatusFilter | null) => void
}

export function StatusBar({ counts, active, onFilter }: StatusBarProps) {
  return (
    <Group gap={4} role="toolbar" aria-label="Article status">
      {STATUS_FILTERS.map((status) => (
        <Button
          key={status}
          size="compact-sm"
          variant={active === status ? 'filled' : 'default'}
          aria-pressed={active === status}
          data-status-count={status}
          onClick={() => onFilter(active === status ? null : status)}
        >
          {STATUS_FILTER_LABELS[status]} {counts[status]}
        </Button>
      ))}
    </Group>
  )
}
