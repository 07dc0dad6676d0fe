// Above the article: Back after a jump, the status counts, the legend, the filters (folded away
// until wanted, so the text starts high on a small window) and the filter in force.
import { useState } from 'react'
import { Button, Group, Stack } from '@mantine/core'
import { LegendButton, ReaderFilters } from '../../components/lazy-panels'
import { FilterSummary } from './FilterSummary'
import { StatusBar } from './StatusBar'
import type { JumpHistory } from './use-jump-history'
import type { ReaderGlance } from './use-reader-glance'
import type { Workspace } from './use-workspace'

interface GlanceBarProps {
  workspace: Workspace
  glance: ReaderGlance
  jumps: JumpHistory
}

export function GlanceBar({ workspace, glance, jumps }: GlanceBarProps) {
  const { filter, setFilter, counts } = glance
  const [open, setOpen] = useState(false)
  return (
    <Stack gap={6} px="lg" pt="xs" maw="46rem" mx="auto">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          {jumps.canGoBack && (
            <Button size="compact-sm" variant="light" onClick={jumps.back} title="Backspace">
              ← Back
            </Button>
          )}
          <StatusBar
            counts={counts}
            total={workspace.sentences.length}
            active={filter.status}
            onFilter={(status) => setFilter({ ...filter, status })}
          />
        </Group>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="subtle" aria-expanded={open} onClick={() => setOpen(!open)}>
            Filters
          </Button>
          <LegendButton />
        </Group>
      </Group>
      {open && (
        <ReaderFilters
          workspace={workspace}
          filter={filter}
          onFilter={setFilter}
          sourceMargin={glance.sourceMargin}
          onSourceMargin={glance.setSourceMargin}
        />
      )}
      <FilterSummary
        workspace={workspace}
        filter={filter}
        onFilter={setFilter}
        hide={glance.hide}
        onHide={glance.setHide}
      />
    </Stack>
  )
}
