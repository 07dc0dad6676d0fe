// What the import of the form's text will make, said before Import article once the text is
// prepared ahead (use-prepared-ahead.ts): its sentences, and the long lines it will split.
import { Group, Text } from '@mantine/core'
import { describeLongRunSplit } from '@shared/segment/long-runs'
import type { AheadCount } from './use-prepared-ahead'

export function SentenceCount({ count }: { count: AheadCount }) {
  if (count.kind === 'none') return null
  const split = count.kind === 'counted' ? describeLongRunSplit(count.split, 'ahead') : null
  return (
    <Group justify="flex-end" gap="xs" data-testid="import-sentence-count" aria-live="polite">
      {split && (
        <Text size="xs" c="dimmed" style={{ flex: 1 }}>
          {split}
        </Text>
      )}
      <Text size="sm" c="dimmed">
        {count.kind === 'counting'
          ? 'Counting sentences…'
          : `${count.sentenceCount.toLocaleString('en')} sentence${count.sentenceCount === 1 ? '' : 's'}`}
      </Text>
    </Group>
  )
}
