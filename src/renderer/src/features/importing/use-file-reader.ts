// Reads a picked or dropped file for the import dialog: one read at a time (a newer file cancels
// the older read), its progress, Cancel, and the password a locked PDF asks for.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PickedFile } from '../../platform'
import { FileReadError, readArticleFile, type ReadOutcome, type ReadProgress } from './read-file'

export type FileReaderState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress?: ReadProgress }
  | { kind: 'password'; file: PickedFile; wrong: boolean }

export interface FileReader {
  state: FileReaderState
  /** Reads `file`; with `replaceInvalidUtf8`, damaged UTF-8 is read with U+FFFD (the analyst agreed). */
  read: (file: PickedFile, options?: { replaceInvalidUtf8?: boolean }) => void
  /** Reads the locked file again with the password the analyst typed. */
  unlock: (password: string) => void
  cancel: () => void
}

export function useFileReader(
  onRead: (file: PickedFile, outcome: ReadOutcome, replaceInvalidUtf8: boolean) => void,
  onError: (message: string | null) => void
): FileReader {
  const [state, setState] = useState<FileReaderState>({ kind: 'idle' })
  const current = useRef<AbortController | null>(null)

  const start = useCallback(
    (file: PickedFile, password?: string, replaceInvalidUtf8 = false) => {
      current.current?.abort()
      const controller = new AbortController()
      current.current = controller
      onError(null)
      setState({ kind: 'reading', fileName: file.fileName })
      readArticleFile(file, {
        signal: controller.signal,
        password,
        replaceInvalidUtf8,
        onProgress: (progress) => setState({ kind: 'reading', fileName: file.fileName, progress })
      }).then(
        (outcome) => {
          if (controller.signal.aborted) return
          setState({ kind: 'idle' })
          onRead(file, outcome, replaceInvalidUtf8)
        },
        (error: unknown) => {
          if (controller.signal.aborted) return
          if (
            error instanceof FileReadError &&
            (error.reason === 'password' || error.reason === 'wrong-password')
          ) {
            setState({ kind: 'password', file, wrong: error.reason === 'wrong-password' })
            if (error.reason === 'wrong-password') onError(error.message)
            return
          }
          setState({ kind: 'idle' })
          onError(error instanceof Error ? error.message : String(error))
        }
      )
    },
    [onRead, onError]
  )

  const cancel = useCallback(() => {
    current.current?.abort()
    current.current = null
    setState({ kind: 'idle' })
  }, [])

  // A read still running when the dialog goes away is stopped with it.
  useEffect(() => () => current.current?.abort(), [])

  return {
    state,
    read: useCallback(
      (file: PickedFile, options?: { replaceInvalidUtf8?: boolean }) =>
        start(file, undefined, options?.replaceInvalidUtf8),
      [start]
    ),
    unlock: (password: string) => {
      if (state.kind === 'password') start(state.file, password)
    },
    cancel
  }
}
