// Files the browser hands over for import, picked in its file dialog or dropped on the window, by
// one rule: a file over the size limit is refused by its size alone, never read, and on its own;
// the other files of the same pick or drop are read. A file the browser cannot read (moved or
// deleted after it was picked, say) is refused on its own too, by name and with the browser's
// reason: the pick as a whole never fails for it, and nothing is left unsaid.
import { sizeRefusal } from '@shared/files/size-limit'
import type { ChosenFile } from './platform'

export function readChosenFiles(files: ArrayLike<File>): Promise<ChosenFile[]> {
  return Promise.all(
    Array.from(files, async (file): Promise<ChosenFile> => {
      const refusal = sizeRefusal(file.name, file.size)
      if (refusal) return { fileName: file.name, refusal }
      try {
        return { fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        return { fileName: file.name, refusal: `${file.name} could not be read: ${reason}` }
      }
    })
  )
}
