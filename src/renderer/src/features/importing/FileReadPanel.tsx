// What the import dialog shows while a file is read: the pages read so far with a way to stop,
// or the password a locked PDF asks for; and after a read, what was kept out of the sentences.
import { useState } from 'react'
import { Alert, Button, Group, List, PasswordInput, Progress, Stack, Text } from '@mantine/core'
import type { FileReader } from './use-file-reader'

export function FileReadPanel({ reader }: { reader: FileReader }) {
  const [password, setPassword] = useState('')
  const { state } = reader
  if (state.kind === 'reading') {
    const { progress } = state
    const label = progress
      ? `Reading “${state.fileName}”: page ${progress.done} of ${progress.total}`
      : `Reading “${state.fileName}”…`
    return (
      <Stack gap={4} role="status" aria-live="polite">
        <Group justify="space-between">
          <Text size="sm">{label}</Text>
          <Button variant="subtle" size="compact-sm" onClick={reader.cancel}>
            Stop reading
          </Button>
        </Group>
        <Progress value={progress ? (progress.done / progress.total) * 100 : 5} animated aria-label={label} />
      </Stack>
    )
  }
  if (state.kind === 'password') {
    const unlock = () => {
      reader.unlock(password)
      setPassword('')
    }
    return (
      <Group align="end">
        <PasswordInput
          style={{ flex: 1 }}
          label={`Password to open “${state.file.fileName}”`}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              unlock()
            }
          }}
          autoFocus
        />
        <Button variant="default" onClick={unlock} disabled={!password}>
          Open PDF
        </Button>
      </Group>
    )
  }
  return null
}

/** Tables and footnotes a reader kept out of the sentences, named before the import. */
export function LeftOut({ items }: { items: string[] }) {
  if (!items.length) return null
  return (
    <Alert color="gray" title="Kept out of the sentences">
      <List size="sm">
        {items.map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
    </Alert>
  )
}
