// Where a running import is, so a long article shows progress instead of a frozen dialog.
import { Progress, Stack, Text } from '@mantine/core'
import { IMPORT_STAGES, type ImportStage } from '@shared/segment/prepare'

const LABELS: Record<ImportStage, string> = {
  reading: 'Reading the article',
  normalising: 'Normalising the text',
  segmenting: 'Splitting it into sentences',
  saving: 'Saving to the library'
}

export function ImportProgress({ stage }: { stage: ImportStage }) {
  const step = IMPORT_STAGES.indexOf(stage) + 1
  const label = `${LABELS[stage]}… (step ${step} of ${IMPORT_STAGES.length})`
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Text size="sm">{label}</Text>
      {/* Still, not striped and moving, nor growing between steps: an import's steps take a
          fraction of a second, and each frame of such an animation was painted and composited on
          a core the import's own work was waiting for. */}
      <Progress value={(step / IMPORT_STAGES.length) * 100} aria-label={label} transitionDuration={0} />
    </Stack>
  )
}
