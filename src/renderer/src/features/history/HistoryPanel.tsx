// The audit trail of the selected sentence, and a check of every chain of the whole trail. A
// sentence graded for years has a long trail: the newest changes show, the rest on demand.
import { memo, useState } from 'react'
import { useLiveQuery } from 'dexie-react-hooks'
import { Accordion, Alert, Button, Stack, Text, Timeline, type TimelineItemProps } from '@mantine/core'
import { dateFormat } from '@shared/date-format'
import { chainName } from '@shared/history'
import type { HistoryEntry, Link, Sentence, Source } from '@shared/model'
import { db } from '../../db'
import type { LibraryVerdict } from '../../db/backup'
import { sentenceTrail } from '../../db/history'
import { describeEntry } from './describe'
import { WorkspaceKey } from './WorkspaceKey'
import { Probe } from '../inspector/render-probe'

interface HistoryPanelProps {
  sentence: Sentence
  links: Link[]
  sources: Map<string, Source>
}

/** The newest changes shown before Show all: a grade renders these, not the whole trail. */
export const HISTORY_SHOWN = 50

const when = dateFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' })

interface HistoryItemProps extends Omit<TimelineItemProps, 'children' | 'title'> {
  entry: HistoryEntry
  sources: Map<string, Source>
}

/**
 * One change: a written entry never changes (its hash says what it holds), so a new change
 * describes itself, not the fifty shown before it again (Mantine's Timeline still renders each
 * item's frame, whose context it renews). The Timeline's own props are passed on.
 */
const HistoryItem = memo(
  function HistoryItem({ entry, sources, ...item }: HistoryItemProps) {
    return (
      <Timeline.Item {...item} title={<Text size="xs">{when(new Date(entry.at))}</Text>}>
        <Probe part="history entry">
          {describeEntry(entry, sources).map((line, i) => (
            <Text key={i} size="xs" c="dimmed">
              {line}
            </Text>
          ))}
        </Probe>
      </Timeline.Item>
    )
  },
  ({ entry: a, ...before }, { entry: b, ...after }) =>
    a.id === b.id &&
    a.hash === b.hash &&
    Object.keys(before).length === Object.keys(after).length &&
    Object.entries(before).every(([key, value]) => Object.is(value, (after as Record<string, unknown>)[key]))
)

export function HistoryPanel({ sentence, links, sources }: HistoryPanelProps) {
  const [verdict, setVerdict] = useState<LibraryVerdict | null>(null)
  // Show all holds for the sentence it was asked for.
  const [allOf, setAllOf] = useState<string | null>(null)
  const all = allOf === sentence.id
  // Only what is shown is read: a grade reads the newest changes again, not the whole trail.
  const trail = useLiveQuery(
    () =>
      sentenceTrail(
        db,
        sentence.id,
        links.map((l) => l.id),
        all ? Infinity : HISTORY_SHOWN
      ),
    [sentence.id, links, all]
  )
  const shown = trail?.entries
  const total = trail?.total

  // The checking code is the backup reader's: fetched when asked for, not with the app.
  const check = async () => setVerdict(await (await import('../../db/backup')).verifyLibrary(db))

  return (
    <Accordion variant="contained" chevronPosition="left">
      <Accordion.Item value="history">
        <Accordion.Control>History of this sentence ({total ?? 0})</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="sm">
            {total === 0 && (
              <Text size="xs" c="dimmed">
                Not graded yet.
              </Text>
            )}
            <Probe part="history">
              <Timeline bulletSize={10} lineWidth={1} aria-label="Changes to this sentence">
                {shown?.map((entry) => (
                  <HistoryItem key={entry.id} entry={entry} sources={sources} />
                ))}
              </Timeline>
            </Probe>
            {shown && total !== undefined && shown.length < total && (
              <Button variant="subtle" size="xs" onClick={() => setAllOf(sentence.id)}>
                Show all {total} changes
              </Button>
            )}
            <Button variant="default" onClick={() => void check()}>
              Verify audit trail
            </Button>
            {verdict &&
              (verdict.trail.ok ? (
                <Alert color="teal" p="xs" role="status">
                  <Text size="xs">
                    Audit trail intact: {verdict.entries} entries, each chained to the one before
                    {verdict.trail.chains.length > 1 &&
                      ` in ${verdict.trail.chains.length} chains, each verified on its own: ${verdict.trail.chains
                        .map((c) => `${chainName(c.chain)} (${c.count})`)
                        .join(', ')}`}
                    .
                  </Text>
                </Alert>
              ) : (
                <Alert color="red" p="xs" role="alert">
                  <Text size="xs">{verdict.trail.message}</Text>
                </Alert>
              ))}
            {verdict &&
              (verdict.records === null ? (
                <Text size="xs" c="dimmed" data-testid="records-verdict">
                  Every record is the state the audit trail last recorded for it.
                </Text>
              ) : (
                <Alert color="red" p="xs" role="alert" data-testid="records-verdict">
                  <Text size="xs">Records changed outside the audit trail: {verdict.records}</Text>
                </Alert>
              ))}
            <WorkspaceKey />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  )
}
