// Prepares an article off the UI thread: normalises its text, fingerprints it with WebCrypto,
// segments it, builds its sentence table and hashes the table's bytes, so importing a long text
// never freezes the reader.
import { prepareArticleText } from '@shared/segment/prepare'
import { tableBuffers } from '@shared/segment/table'
import { digestTableHex } from '@shared/segment/table-digest'
import { digestSha256Hex } from '@shared/text/fingerprint'
import type { PrepareRequest, PrepareResponse } from './protocol'

const reply = (response: PrepareResponse, transfer: Transferable[] = []) =>
  postMessage(response, { transfer })

self.onmessage = async (event: MessageEvent<PrepareRequest>) => {
  const { id, text, language } = event.data
  try {
    const prepared = await prepareArticleText(text, language, {
      hash: digestSha256Hex,
      hashTable: digestTableHex,
      onStage: (stage) => reply({ id, kind: 'stage', stage })
    })
    // The columns move to the renderer without a copy; the text string is copied once.
    reply({ id, kind: 'done', prepared }, tableBuffers(prepared.table))
  } catch (error) {
    reply({ id, kind: 'failed', error: error instanceof Error ? error.message : String(error) })
  }
}
