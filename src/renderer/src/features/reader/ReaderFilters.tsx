// The reader's filters besides the status counts (by source, by reliability class, by tag, key
// evidence). Their pickers are Mantine's Select: the filters are loaded when first unfolded (or
// after the first paint), and the filter in force is told by FilterSummary, in the first load.
import { useMemo } from 'react'
import { Group, Select } from '@mantine/core'
import { sourceName, Toggle } from './FilterSummary'
import {
  RELIABILITY_CLASS_LABELS,
  RELIABILITY_CLASSES,
  type ReaderFilter,
  type ReliabilityClass
} from './reader-filter'
import type { Workspace } from './use-workspace'

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
