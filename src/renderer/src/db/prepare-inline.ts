// An article's text prepared on the calling thread with the JS hashes (importArticle's default,
// for tests): the segmenter and the hashes together, loaded with one import() when first used.
import { prepareArticleText, type PreparedText, type ImportStage } from '@shared/segment/prepare'
import { tableDigestHex } from '@shared/segment/table-digest'
import { sha256Hex } from '@shared/text/sha256'

export function prepareInline(
  text: string,
  language: string,
  onStage?: (stage: ImportStage) => void
): Promise<PreparedText> {
  return prepareArticleText(text, language, { hash: sha256Hex, hashTable: tableDigestHex, onStage })
}
