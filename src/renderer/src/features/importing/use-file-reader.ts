// Reads a picked or dropped file into a draft for the import dialog: one read at a time (a newer
// file cancels the older read), its progress, Cancel, and the password a locked PDF asks for.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { PickedFile } from '../../platform'
import { FileReadError, readFileAsDraft, type FileDraft, type ReadProgress } from './read-file'

export type FileReaderState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string; progress?: ReadProgress }
  | { kind: 'password'; file: PickedFile; wrong: boolean }

export interface FileReader {
  state: FileReaderState
  read: (file: PickedFile) => void
  /** Reads the locked file again with the password the analyst typed. */
  unlock: (password: string) => void
  cancel: () => void
}

export function useFileReader(
  onRead: (file: PickedFile, draft: FileDraft) => void,
  onError: (message: string | null) => void
): FileReader {
  const [state, setState] = useState<FileReaderState>({ kind: 'idle' })
  const current = useRef<AbortController | null>(null)

  const start = useCallback(
    (file: PickedFile, password?: string) => {
      current.current?.abort()
      const controller = new AbortController()
      current.current = controller
      onError(null)
      setState({ kind: 'reading', fileName: file.fileName })
      readFileAsDraft(file, {
        signal: controller.signal,
        password,
        onProgress: (progress) => setState({ kind: 'reading', fileName: file.fileName, progress })
      }).then(
        (draft) => {
          if (controller.signal.aborted) return
          setState({ kind: 'idle' })
          onRead(file, draft)
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
    read: useCallback((file: PickedFile) => start(file), [start]),
    unlock: (password: string) => {
      if (state.kind === 'password') start(state.file, password)
    },
    cancel
  }
}
