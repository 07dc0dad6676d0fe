// Files dropped anywhere on the window go to the import dialog; the page never navigates to them.
import { useEffect, useState } from 'react'
import { sizeRefusal } from '@shared/files/size-limit'
import type { PickedFile } from '../../platform'

/** A dropped file, read; or refused before reading, with the reason. */
export type DroppedFile = PickedFile | { fileName: string; refusal: string }

/** Reads dropped files; one over the size limit is refused by its size alone, never read. */
export function readDroppedFiles(files: ArrayLike<File>): Promise<DroppedFile[]> {
  return Promise.all(
    Array.from(files, async (file): Promise<DroppedFile> => {
      const refusal = sizeRefusal(file.name, file.size)
      if (refusal) return { fileName: file.name, refusal }
      return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
    })
  )
}

/** Calls `onFile` with the first file dropped, read, or refused by its size. */
export function useFileDrop(onFile: (file: DroppedFile) => void): boolean {
  const [dragging, setDragging] = useState(false)
  useEffect(() => {
    const hasFiles = (event: DragEvent) => Boolean(event.dataTransfer?.types.includes('Files'))
    const over = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragging(true)
    }
    const leave = (event: DragEvent) => {
      // Leaving for a child element is not leaving the window.
      if (!event.relatedTarget) setDragging(false)
    }
    const drop = async (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      setDragging(false)
      const file = event.dataTransfer?.files[0]
      if (file) onFile((await readDroppedFiles([file]))[0])
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [onFile])
  return dragging
}
