// The filter in force, in words: dim or hide what it does not match, or clear it. Shown with the
// first screen; the filters' pickers (ReaderFilters) come after it.
import { Button, Group, Text } from '@mantine/core'
import { describeFilter, isFiltering, NO_FILTER, type ReaderFilter } from './reader-filter'
import type { Workspace } from './use-workspace'

export const sourceName = (sources: Workspace['sources'], id: string) =>
  sources.get(id)?.name ?? 'a deleted source'

interface FilterSummaryProps {
  workspace: Workspace
  filter: ReaderFilter
  onFilter: (filter: ReaderFilter) => void
  hide: boolean
  onHide: (hide: boolean) => void
}

/** The filter in force, in words, with the choice to hide what it does not match, and Clear. */
export function FilterSummary({ workspace, filter, onFilter, hide, onHide }: FilterSummaryProps) {
  if (!isFiltering(filter)) return null
  const described = describeFilter(filter, (id) => sourceName(workspace.sources, id))
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label="Filter in force">
      <Text size="sm" data-filter-summary>
        Showing: {described}
      </Text>
      <Toggle label="Hide others" on={hide} onChange={onHide} />
      <Button size="compact-xs" variant="light" onClick={() => onFilter(NO_FILTER)}>
        Clear filter
      </Button>
    </Group>
  )
}

/**
 * An on/off button (aria-pressed): the reader's toggles use the app's buttons rather than a
 * switch or a checkbox component, which the first load would have to carry for these alone.
 */
export function Toggle(props: { label: string; on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Button
      size="compact-sm"
      variant={props.on ? 'filled' : 'default'}
      aria-pressed={props.on}
      onClick={() => props.onChange(!props.on)}
    >
      {props.label}
    </Button>
  )
}
