// Opens the library before the app renders; the app appears only on a library it can read.
import { useEffect, useState, type ReactNode } from 'react'
import { Center, Loader } from '@mantine/core'
import type { SourcemarkDatabase } from '../../db/database'
import { openLibrary, type LibraryOpening } from '../../db/open-library'
import type { SaveOutcome } from '../../platform'
import { UnreadableLibrary } from './UnreadableLibrary'

interface LibraryGateProps {
  db: SourcemarkDatabase
  save: (fileName: string, content: string) => Promise<SaveOutcome>
  children: ReactNode
}

export function LibraryGate({ db, save, children }: LibraryGateProps) {
  const [opening, setOpening] = useState<LibraryOpening | null>(null)
  useEffect(() => {
    let live = true
    void openLibrary(db).then((result) => live && setOpening(result))
    return () => {
      live = false
    }
  }, [db])

  if (!opening) {
    return (
      <Center h="100vh">
        <Loader aria-label="Opening the library" />
      </Center>
    )
  }
  if (!opening.ok) return <UnreadableLibrary problem={opening.problem} databaseName={db.name} save={save} />
  return children
}
