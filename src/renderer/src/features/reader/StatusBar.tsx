// Where the article stands: how many sentences are graded, not graded, corroborated, contested
// and circular, counted from the views the reader shows. Each count filters the reader to them.
// The bar is drawn with the article, before a large article's counts come (it is counted after
// its first frame), each count's room kept blank meanwhile.
import { Button, Group } from '@mantine/core'
import { STATUS_FILTER_LABELS, STATUS_FILTERS, type StatusCounts, type StatusFilter } from './reader-filter'

interface StatusBarProps {
  /** undefined while the article is being counted. */
  counts: StatusCounts | undefined
  /** The article's sentences: the room kept for a count not yet known (no count is wider). */
  total: number
  active: StatusFilter | null
  onFilter: (status: StatusFilter | null) => void
}

export function StatusBar({ counts, total, active, onFilter }: StatusBarProps) {
  // Figure spaces: blank, each as wide as a digit.
  const unknown = '\u2007'.repeat(String(total).length)
  return (
    <Group gap={4} role="toolbar" aria-label="Article status" aria-busy={counts ? undefined : true}>
      {STATUS_FILTERS.map((status) => (
        <Button
          key={status}
          size="compact-sm"
          variant={active === status ? 'filled' : 'default'}
          aria-pressed={active === status}
          data-status-count={status}
          onClick={() => onFilter(active === status ? null : status)}
        >
          {STATUS_FILTER_LABELS[status]} {counts ? counts[status] : unknown}
        </Button>
      ))}
    </Group>
  )
}
