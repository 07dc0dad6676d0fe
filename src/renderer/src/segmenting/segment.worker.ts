// Imports off the UI thread: normalises the text, fingerprints it with WebCrypto, segments it,
// builds its sentence table and hashes the table's bytes, and for a whole import writes the rows
// too, in one transaction of its own connection to the library. The page never holds a 5 MB
// text in a task of its own; its live queries hear of the new rows as of any other window's.
import type { ImportStage } from '@shared/segment/prepare'
import { tableBuffers } from '@shared/segment/table'
import { importArticle } from '../db/articles'
import { SourcemarkDatabase } from '../db/database'
import { prepareHere } from './prepare-here'
import type { ImporterRequest, ImporterResponse } from './protocol'

const reply = (response: ImporterResponse, transfer: Transferable[] = []) =>
  postMessage(response, { transfer })

/** The imports under way, by request id, each with what cancels it. */
const running = new Map<number, AbortController>()

self.onmessage = async (event: MessageEvent<ImporterRequest>) => {
  const request = event.data
  const { id } = request
  if (request.kind === 'cancel') {
    running.get(id)?.abort()
    return
  }
  const onStage = (stage: ImportStage) => reply({ id, kind: 'stage', stage })
  try {
    if (request.kind === 'import') {
      // Opened for this import and closed after it: the worker never holds the library open.
      const db = new SourcemarkDatabase(request.database)
      try {
        await db.open()
      } catch {
        // A host whose workers cannot reach the page's storage: the page imports it itself.
        reply({ id, kind: 'unavailable' })
        return
      }
      const cancel = new AbortController()
      running.set(id, cancel)
      try {
        const outcome = await importArticle(db, request.draft, {
          prepare: prepareHere,
          onStage,
          signal: cancel.signal
        })
        reply({ id, kind: 'imported', outcome })
      } finally {
        running.delete(id)
        db.close()
      }
      return
    }
    const prepared = await prepareHere(request.text, request.language, onStage)
    // The columns move to the renderer without a copy; the text string is copied once.
    reply({ id, kind: 'done', prepared }, tableBuffers(prepared.table))
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error))
    reply({ id, kind: 'failed', error: message, name })
  }
}
