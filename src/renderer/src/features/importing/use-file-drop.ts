// Files dropped anywhere on the window go to the import dialog; the page never navigates to them.
import { useEffect, useState } from 'react'
import type { PickedFile } from '../../platform'

export function useFileDrop(onFile: (file: PickedFile) => void): boolean {
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
      if (file) onFile({ fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })
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
