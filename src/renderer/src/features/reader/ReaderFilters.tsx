// The reader's filters besides the status counts (by source, by reliability class, by tag, key
// evidence), and the filter in force, in words: dim or hide what it does not match, or clear it.
import { useMemo } from 'react'
import { Button, Group, Select, Text } from '@mantine/core'
import {
  describeFilter,
  isFiltering,
  NO_FILTER,
  RELIABILITY_CLASS_LABELS,
  RELIABILITY_CLASSES,
  type ReaderFilter,
  type ReliabilityClass
} from './reader-filter'
import type { Workspace } from './use-workspace'

const sourceName = (sources: Workspace['sources'], id: string) => sources.get(id)?.name ?? 'a deleted source'

interface ReaderFiltersProps {
  workspace: Workspace
  filter: ReaderFilter
  onFilter: (filter: ReaderFilter) => void
  sourceMargin: boolean
  onSourceMargin: (on: boolean) => void
}

export function ReaderFilters(props: ReaderFiltersProps) {
  const { workspace, filter, onFilter, sourceMargin, onSourceMargin } = props
  const { assessments, sources } = workspace
  // The sources and tags of this article only: a filter that matches nothing here is no help.
  const { sourceIds, tags } = useMemo(() => {
    const ids = new Set<string>()
    const found = new Set<string>()
    for (const a of assessments.values()) {
      for (const attribution of a.attributions) ids.add(attribution.sourceId)
      for (const tag of a.tags) found.add(tag)
    }
    return { sourceIds: ids, tags: [...found].sort((x, y) => x.localeCompare(y)) }
  }, [assessments])
  // A source or tag chosen in another article stays listed, so the filter can still be read.
  const listed = filter.sourceId ? [...sourceIds, filter.sourceId] : [...sourceIds]
  const sourceOptions = [...new Set(listed)]
    .map((id) => ({ value: id, label: sourceName(sources, id) }))
    .sort((a, b) => a.label.localeCompare(b.label))
  const tagOptions = filter.tag && !tags.includes(filter.tag) ? [...tags, filter.tag] : tags

  return (
    <Group gap="xs" align="flex-end" role="group" aria-label="Reader filters">
      <Select
        size="xs"
        w={170}
        label="Source"
        placeholder="Any source"
        clearable
        searchable
        data={sourceOptions}
        value={filter.sourceId}
        onChange={(sourceId) => onFilter({ ...filter, sourceId })}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        size="xs"
        w={170}
        label="Rating"
        placeholder="Any rating"
        clearable
        data={RELIABILITY_CLASSES.map((c) => ({ value: c, label: RELIABILITY_CLASS_LABELS[c] }))}
        value={filter.reliability}
        onChange={(value) => onFilter({ ...filter, reliability: value as ReliabilityClass | null })}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        size="xs"
        w={140}
        label="Tag"
        placeholder={tags.length ? 'Any tag' : 'No tags yet'}
        clearable
        searchable
        data={tagOptions}
        value={filter.tag}
        onChange={(tag) => onFilter({ ...filter, tag })}
        comboboxProps={{ withinPortal: true }}
      />
      <Toggle
        label="Key evidence"
        on={filter.keyEvidence}
        onChange={(keyEvidence) => onFilter({ ...filter, keyEvidence })}
      />
      <Toggle label="Sources in margin" on={sourceMargin} onChange={onSourceMargin} />
    </Group>
  )
}

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
function Toggle(props: { label: string; on: boolean; onChange: (on: boolean) => void }) {
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
