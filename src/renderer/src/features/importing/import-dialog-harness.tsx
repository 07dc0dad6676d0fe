// For browser tests of the import dialog: opened over a library that already holds one article,
// with files dropped on it one after another as the window would hand them over.
import { act, useState } from 'react'
import { db } from '../../db'
import { importArticle } from '../../db/articles'
import type { PickedFile } from '../../platform'
import { mountInApp } from '../../test-support/in-app'
import { ImportDialog } from './ImportDialog'

export { libraryRows } from '../../test-support/in-app'

export interface OpenImportDialog {
  /** Drops `file` on the open dialog. */
  drop: (file: PickedFile) => void
}

export async function openImportDialog(): Promise<OpenImportDialog> {
  await importArticle(db, {
    title: 'Already here',
    text: 'A sentence already in the library.',
    origin: 'paste'
  })
  let setDropped: (file: PickedFile) => void = () => {}
  function Harness() {
    const [dropped, setFile] = useState<PickedFile | null>(null)
    setDropped = setFile
    return <ImportDialog opened onClose={() => {}} onImported={() => {}} dropped={dropped} />
  }
  await mountInApp(<Harness />)
  return { drop: (file) => act(() => setDropped(file)) }
}
