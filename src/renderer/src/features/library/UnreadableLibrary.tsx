// The page shown instead of the app when the library cannot be read: what is wrong, that nothing
// was changed, what to do, and a way to save everything stored before anything else happens.
import { useState } from 'react'
import { Alert, Button, Code, Container, List, Stack, Text, Title } from '@mantine/core'
import type { UnreadableLibrary as Problem } from '../../db/open-library'
import { rawLibraryJson, readRawLibrary } from '../../db/migrations/raw-library'
import type { SaveOutcome } from '../../platform'

interface UnreadableLibraryProps {
  problem: Problem
  /** The IndexedDB database that holds the library. */
  databaseName: string
  /** Saves the file (the platform's `saveData`). */
  save: (fileName: string, content: string) => Promise<SaveOutcome>
}

export function UnreadableLibrary({ problem, databaseName, save }: UnreadableLibraryProps) {
  const [busy, setBusy] = useState(false)
  const [outcome, setOutcome] = useState<{ text: string; error?: boolean } | null>(null)
  const { title, what, todo } = wording(problem)

  const backUp = async () => {
    setBusy(true)
    try {
      const raw = await readRawLibrary(databaseName)
      const fileName = `sourcemark-library-as-stored-${new Date().toISOString().slice(0, 10)}.json`
      const saved = await save(fileName, rawLibraryJson(raw))
      if (saved.saved) {
        const rows = Object.values(raw.stores).reduce((n, store) => n + store.rows.length, 0)
        const where = saved.location ? `to ${saved.location}` : `as ${fileName}`
        setOutcome({ text: `Saved ${rows} stored records ${where}.` })
      }
    } catch (e) {
      setOutcome({
        text: `The backup could not be made: ${e instanceof Error ? e.message : String(e)}`,
        error: true
      })
    } finally {
      setBusy(false)
    }
  }

  return (
    <Container size="sm" py="xl" component="main" aria-labelledby="unreadable-title">
      <Stack gap="md">
        <Title order={1} id="unreadable-title">
          {title}
        </Title>
        <Text>{what}</Text>
        {problem.kind !== 'newer' && (
          <Text size="sm" c="dimmed">
            What went wrong: <Code>{problem.reason}</Code>
          </Text>
        )}
        <Text fw={600}>Nothing in your library was changed or deleted.</Text>
        <List spacing="xs">
          {todo.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
        <div>
          <Button onClick={() => void backUp()} loading={busy}>
            Back up what can be read
          </Button>
        </div>
        <Text size="sm" c="dimmed">
          The file holds every record as it is stored, untouched. It is not a backup this version can restore;
          keep it safe until a Sourcemark that reads your library is installed.
        </Text>
        {outcome && (
          <Alert color={outcome.error ? 'red' : 'green'} role={outcome.error ? 'alert' : 'status'}>
            {outcome.text}
          </Alert>
        )}
      </Stack>
    </Container>
  )
}

function wording(problem: Problem): { title: string; what: string; todo: string[] } {
  switch (problem.kind) {
    case 'newer':
      return {
        title: 'Your library was saved by a newer Sourcemark',
        what:
          `It is stored in library format ${problem.storedVersion}; this Sourcemark reads formats up ` +
          `to ${problem.appVersion}. Opening it here could damage it, so this Sourcemark has not opened it.`,
        todo: [
          'Install the newer Sourcemark that saved this library and open it there.',
          'Before anything else, you can back up what can be read to a file.'
        ]
      }
    case 'upgrade-failed':
      return {
        title: 'Your library could not be brought up to date',
        what:
          `It is stored in library format ${problem.storedVersion}, and updating it to format ` +
          `${problem.appVersion} stopped on a record this Sourcemark does not understand. ` +
          'The update was undone as a whole.',
        todo: [
          'Back up what can be read to a file and keep it safe.',
          'Report the problem with the message below; do not delete the library.'
        ]
      }
    case 'cannot-open':
      return {
        title: 'Your library cannot be opened',
        what: 'The browser storage that holds your library refused to open it.',
        todo: [
          'Close every other Sourcemark window and start Sourcemark again.',
          'If it still fails, back up what can be read to a file and keep it safe.'
        ]
      }
  }
}
