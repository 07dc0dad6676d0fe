// Opens the library before the app renders; the app appears only on a library it can read.
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { Center, Loader } from '@mantine/core'
import type { SourcemarkDatabase } from '../../db/database'
import { closeOnVersionChange, openLibrary, type LibraryOpening } from '../../db/open-library'
import type { SaveOutcome } from '../../platform'
import { UnreadableLibrary } from '../../components/lazy-panels'
import { startUpShown } from '../../start-up'
import { warmImporter } from '../../segmenting/segment-client'

interface LibraryGateProps {
  db: SourcemarkDatabase
  save: (fileName: string, content: string) => Promise<SaveOutcome>
  /** What happens when another window upgrades or deletes the open library: the app reloads. */
  onVersionChange?: () => void
  children: ReactNode
}

const reload = () => window.location.reload()

export function LibraryGate({ db, save, onVersionChange = reload, children }: LibraryGateProps) {
  const [opening, setOpening] = useState<LibraryOpening | null>(null)
  // Read when the change happens: a new callback on each render must not reopen the library.
  const onChange = useRef(onVersionChange)
  useEffect(() => {
    onChange.current = onVersionChange
  })
  useEffect(() => {
    let live = true
    // A first start imports the sample next: its importer loads while the library is created.
    void openLibrary(db, { creating: warmImporter }).then((result) => {
      if (!live) return
      setOpening(result)
      // The app's start-up ends here when the library cannot be read: this is the first screen.
      if (!result.ok) startUpShown()
      // The open is still waiting for the other window: once that lets go, the app appears.
      if (!result.ok && result.problem.kind === 'cannot-open' && result.problem.heldOpen) {
        db.open().then(
          () => live && setOpening({ ok: true }),
          () => {}
        )
      }
    })
    const stopWatching = closeOnVersionChange(db, () => onChange.current())
    return () => {
      live = false
      stopWatching()
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
