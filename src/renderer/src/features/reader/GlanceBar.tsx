// Above the article: Back after a jump, the status counts, the legend, and the filters.
import { Button, Group, Stack } from '@mantine/core'
import { LegendButton } from './Legend'
import { ReaderFilters } from './ReaderFilters'
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
  return (
    <Stack gap={6} px="lg" pt="xs" maw="46rem" mx="auto">
      <Group gap="xs" justify="space-between" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          {jumps.canGoBack && (
            <Button
              size="compact-sm"
              variant="light"
              onClick={jumps.back}
              title="Back to where the last jump started (Backspace)"
            >
              ← Back
            </Button>
          )}
          {counts && (
            <StatusBar
              counts={counts}
              active={filter.status}
              onFilter={(status) => setFilter({ ...filter, status })}
            />
          )}
        </Group>
        <LegendButton />
      </Group>
      <ReaderFilters
        workspace={workspace}
        filter={filter}
        onFilter={setFilter}
        hide={glance.hide}
        onHide={glance.setHide}
        sourceMargin={glance.sourceMargin}
        onSourceMargin={glance.setSourceMargin}
      />
    </Stack>
  )
}
