// Undo and redo of the analyst's last actions: header buttons and Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y.
// The stacks are this window's own and outlive a reload of it.
import { memo, useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { Modal } from '../../components/lazy-modal'
import { Tooltip } from '../../components/lazy-panels'
import { renderProbe } from '../../components/render-probe'
import { db } from '../../db'
import { gradeWriter } from '../../db/grade-writer'
import { UndoRefused, redo, undo, type UndoableAction } from '../../db/undo'
import { isTyping } from '../reader/use-reader-keys'

db.undo.persistIn(sessionStorage, `sourcemark:undo:${db.name}`)
// A grade the window showed but had not yet stored when it reloaded is stored now, undoably.
void gradeWriter.recover(db)

const subscribe = (listener: () => void) => db.undo.subscribe(listener)

export function UndoButtons({ onMessage }: { onMessage: (text: string, error?: boolean) => void }) {
  const nextUndo = useSyncExternalStore(subscribe, () => db.undo.peekUndo())
  const nextRedo = useSyncExternalStore(subscribe, () => db.undo.peekRedo())
  // A refusal is read in full, not as a line in the header that truncates it.
  const [refusal, setRefusal] = useState<{ kind: Kind; text: string } | null>(null)

  const run = useCallback(
    async (kind: Kind) => {
      try {
        const label = await (kind === 'undo' ? undo(db) : redo(db))
        if (label) onMessage(`${kind === 'undo' ? 'Undone' : 'Redone'}: ${label}`)
      } catch (e) {
        if (e instanceof UndoRefused) setRefusal({ kind, text: e.message })
        else onMessage(e instanceof Error ? e.message : String(e), true)
      }
    },
    [onMessage]
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || isTyping(event.target)) return
      const key = event.key.toLowerCase()
      if (key === 'z') void run(event.shiftKey ? 'redo' : 'undo')
      else if (key === 'y' && !event.shiftKey) void run('redo')
      else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [run])

  const closeRefusal = useCallback(() => setRefusal(null), [])
  return (
    <Group gap={4} wrap="nowrap">
      <StackButton kind="undo" next={nextUndo} run={run} />
      <StackButton kind="redo" next={nextRedo} run={run} />
      <RefusalDialog refusal={refusal} onClose={closeRefusal} />
    </Group>
  )
}

type Kind = 'undo' | 'redo'

const parts = renderProbe<`${Kind} button` | 'refusal dialog'>()

/** Told of each commit of the undo buttons' parts, by name; nothing listens outside tests. */
export const UndoRenderProbe = parts.Context

const NAMES = { undo: 'Undo', redo: 'Redo' } as const

/**
 * Undo or Redo with what it would take back in its tooltip. Each action changes the undo stack's
 * top, so it renders Undo's; Redo's and the closed dialog stay as they are.
 */
const StackButton = memo(function StackButton({
  kind,
  next,
  run
}: {
  kind: Kind
  next: UndoableAction | undefined
  run: (kind: Kind) => Promise<void>
}) {
  const name = NAMES[kind]
  return (
    <parts.Probe part={`${kind} button`}>
      <Tooltip label={next ? `${name}: ${next.label}` : `Nothing to ${kind}`}>
        <Button variant="subtle" disabled={!next} onClick={() => void run(kind)}>
          {name}
        </Button>
      </Tooltip>
    </parts.Probe>
  )
})

/** A refused undo or redo, read in full. */
const RefusalDialog = memo(function RefusalDialog({
  refusal,
  onClose
}: {
  refusal: { kind: Kind; text: string } | null
  onClose: () => void
}) {
  return (
    <parts.Probe part="refusal dialog">
      <Modal
        opened={refusal !== null}
        onClose={onClose}
        title={refusal?.kind === 'redo' ? 'Redo refused' : 'Undo refused'}
      >
        <Text size="sm" mb="md">
          {refusal?.text}
        </Text>
        <Group justify="flex-end">
          <Button onClick={onClose}>OK</Button>
        </Group>
      </Modal>
    </parts.Probe>
  )
})
