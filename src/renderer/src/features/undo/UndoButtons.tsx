// Undo and redo of the analyst's last actions: header buttons and Ctrl/⌘+Z, Ctrl/⌘+Shift+Z, Ctrl+Y.
// The stacks are this window's own and outlive a reload of it.
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import { Button, Group, Text } from '@mantine/core'
import { Modal } from '../../components/lazy-modal'
import { Tooltip } from '../../components/lazy-panels'
import { db } from '../../db'
import { gradeWriter } from '../../db/grade-writer'
import { UndoRefused, redo, undo } from '../../db/undo'
import { isTyping } from '../reader/use-reader-keys'

db.undo.persistIn(sessionStorage, `sourcemark:undo:${db.name}`)
// A grade the window showed but had not yet stored when it reloaded is stored now, undoably.
void gradeWriter.recover(db)

const subscribe = (listener: () => void) => db.undo.subscribe(listener)

export function UndoButtons({ onMessage }: { onMessage: (text: string, error?: boolean) => void }) {
  const nextUndo = useSyncExternalStore(subscribe, () => db.undo.peekUndo())
  const nextRedo = useSyncExternalStore(subscribe, () => db.undo.peekRedo())
  // A refusal is read in full, not as a line in the header that truncates it.
  const [refusal, setRefusal] = useState<{ kind: 'undo' | 'redo'; text: string } | null>(null)

  const run = useCallback(
    async (kind: 'undo' | 'redo') => {
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

  return (
    <Group gap={4} wrap="nowrap">
      <Tooltip label={nextUndo ? `Undo: ${nextUndo.label}` : 'Nothing to undo'}>
        <Button variant="subtle" disabled={!nextUndo} onClick={() => run('undo')}>
          Undo
        </Button>
      </Tooltip>
      <Tooltip label={nextRedo ? `Redo: ${nextRedo.label}` : 'Nothing to redo'}>
        <Button variant="subtle" disabled={!nextRedo} onClick={() => run('redo')}>
          Redo
        </Button>
      </Tooltip>
      <Modal
        opened={refusal !== null}
        onClose={() => setRefusal(null)}
        title={refusal?.kind === 'redo' ? 'Redo refused' : 'Undo refused'}
      >
        <Text size="sm" mb="md">
          {refusal?.text}
        </Text>
        <Group justify="flex-end">
          <Button onClick={() => setRefusal(null)}>OK</Button>
        </Group>
      </Modal>
    </Group>
  )
}
