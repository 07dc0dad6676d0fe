// A new case: its name and the articles it starts with, the open article ticked already.
import { useEffect, useState } from 'react'
import { Button, Checkbox, Group, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core'
import { db, serially } from '../../db'
import { createCase } from '../../db/cases'
import { useArticleSummaries } from '../../db/hooks'
import { failure } from './case-actions'

interface NewCaseDialogProps {
  opened: boolean
  /** The article open in the reader: ticked when the dialog opens. */
  openArticleId: string | null
  onClose: () => void
  onCreated: (caseId: string, name: string) => void
}

export function NewCaseDialog({ opened, openArticleId, onClose, onCreated }: NewCaseDialogProps) {
  const articles = useArticleSummaries()
  const [name, setName] = useState('')
  const [ticked, setTicked] = useState<string[]>([])
  const [error, setError] = useState<string>()

  useEffect(() => {
    if (!opened) return
    setName('')
    setTicked(openArticleId ? [openArticleId] : [])
    setError(undefined)
  }, [opened, openArticleId])

  const create = () => {
    if (!name.trim()) return setError('Case name: give the case a name.')
    // In the library's order, whatever order they were ticked in.
    const ids = (articles ?? []).map((a) => a.id).filter((id) => ticked.includes(id))
    serially(() => createCase(db, name, ids)).then(
      (created) => onCreated(created.id, created.name),
      (e: unknown) => setError(failure('The case was not created', e))
    )
  }

  return (
    <Modal opened={opened} onClose={onClose} title="New case">
      <Stack gap="sm">
        <TextInput
          label="Case name"
          placeholder="e.g. Kursk withdrawal"
          value={name}
          data-autofocus
          error={error?.startsWith('Case name') ? error : undefined}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') create()
          }}
        />
        <Checkbox.Group label="Articles" value={ticked} onChange={setTicked}>
          <ScrollArea.Autosize mah={260}>
            <Stack gap={6} mt={4}>
              {(articles ?? []).map((a) => (
                <Checkbox key={a.id} value={a.id} label={a.title} />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        </Checkbox.Group>
        {error && !error.startsWith('Case name') && (
          <Text size="sm" c="red" role="alert">
            {error}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={create}>Create case</Button>
        </Group>
      </Stack>
    </Modal>
  )
}
