// The import's preparation on whichever thread calls it, hashing with WebCrypto: what the import
// worker runs, and the fallback where no worker can start.
import { prepareArticleText, type ImportStage, type PreparedText } from '@shared/segment/prepare'
import { digestTableHex } from '@shared/segment/table-digest'
import { digestSha256Hex } from '@shared/text/fingerprint'

export function prepareHere(
  text: string,
  language: string,
  onStage?: (stage: ImportStage) => void
): Promise<PreparedText> {
  return prepareArticleText(text, language, { hash: digestSha256Hex, hashTable: digestTableHex, onStage })
}
