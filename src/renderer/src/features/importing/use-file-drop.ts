// Files dropped anywhere on the window go to the import dialog; the page never navigates to them.
import { useEffect, useState } from 'react'
import { readChosenFiles, type ChosenFile } from '../../platform'

/** A dropped file, read; or refused before reading, with the reason. */
export type DroppedFile = ChosenFile

/** Reads dropped files; one over the size limit is refused by its size alone, never read. */
export const readDroppedFiles = readChosenFiles

/** Calls `onFiles` with every file dropped, each read or refused by its size. */
export function useFileDrop(onFiles: (files: DroppedFile[]) => void): boolean {
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
      const files = event.dataTransfer?.files
      if (files?.length) onFiles(await readDroppedFiles(files))
    }
    window.addEventListener('dragover', over)
    window.addEventListener('dragleave', leave)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('dragleave', leave)
      window.removeEventListener('drop', drop)
    }
  }, [onFiles])
  return dragging
}
