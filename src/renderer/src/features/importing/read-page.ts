// Tests' way to read a saved page as the import dialog does: its bytes through readArticleFile,
// so the page is parsed where it always is, in the file reader's worker.
import { readArticleFile, type ReadArticle } from './read-file'

export async function readPage(html: string, fileName: string): Promise<ReadArticle> {
  const outcome = await readArticleFile({ fileName, bytes: new TextEncoder().encode(html) })
  if (outcome.kind === 'article') return outcome.article
  throw new Error(
    outcome.kind === 'refused' || outcome.kind === 'invalid-utf8' ? outcome.message : outcome.kind
  )
}
