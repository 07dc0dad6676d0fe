// Renaming a case, and deleting it after saying what goes with it (its key judgments) and what
// stays (its articles).
import { useEffect, useState } from 'react'
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core'
import type { Case } from '@shared/model'
import { db, serially } from '../../db'
import { deleteCase, renameCase } from '../../db/cases'
import { failure } from './case-actions'

interface RenameCaseDialogProps {
  kase: Case
  opened: boolean
  onClose: () => void
}

export function RenameCaseDialog({ kase, opened, onClose }: RenameCaseDialogProps) {
  const [name, setName] = useState(kase.name)
  const [error, setError] = useState<string>()
  useEffect(() => {
    if (opened) {
      setName(kase.name)
      setError(undefined)
    }
  }, [opened, kase.name])
  const save = () =>
    serially(() => renameCase(db, kase.id, name)).then(onClose, (e: unknown) =>
      setError(e instanceof Error ? e.message : String(e))
    )
  return (
    <Modal opened={opened} onClose={onClose} title="Rename case">
      <Stack gap="sm">
        <TextInput
          label="Case name"
          value={name}
          data-autofocus
          error={error}
          onChange={(e) => setName(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void save()
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()}>Rename</Button>
        </Group>
      </Stack>
    </Modal>
  )
}

interface DeleteCaseDialogProps {
  kase: Case
  judgmentCount: number
  opened: boolean
  onClose: () => void
  onDeleted: () => void
  onError: (message: string) => void
}

export function DeleteCaseDialog(props: DeleteCaseDialogProps) {
  const { kase, judgmentCount, opened, onClose, onDeleted, onError } = props
  const judgments =
    judgmentCount === 0
      ? 'It has no key judgments'
      : `Its ${judgmentCount} key judgment${judgmentCount === 1 ? '' : 's'} go${judgmentCount === 1 ? 'es' : ''} with it`
  return (
    <Modal opened={opened} onClose={onClose} title="Delete case">
      <Stack>
        <Text size="sm">
          Delete the case “{kase.name}”? {judgments}, and its brief header. Its articles stay in the library.
          You can undo this.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            color="red"
            onClick={() => {
              onClose()
              serially(() => deleteCase(db, kase.id)).then(onDeleted, (e: unknown) =>
                onError(failure('The case was not deleted', e))
              )
            }}
          >
            Delete
          </Button>
        </Group>
      </Stack>
    </Modal>
  )
}
