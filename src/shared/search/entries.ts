// The sentences of an article as the index takes them, read from its stand-off table: headings
// are titles, not claims, so neither the palette nor the link picker offers them.
import { SENTENCE_KINDS, sentenceId, type SentenceTable } from '../model'
import type { SentenceEntry } from './library-index'

const HEADING = SENTENCE_KINDS.indexOf('heading')

export function sentenceEntries(
  text: string,
  table: Pick<SentenceTable, 'articleId' | 'seqs' | 'starts' | 'ends' | 'kinds'>
): SentenceEntry[] {
  const entries: SentenceEntry[] = []
  for (let i = 0; i < table.seqs.length; i++) {
    if (table.kinds[i] === HEADING) continue
    entries.push({
      id: sentenceId(table.articleId, table.seqs[i]),
      text: text.slice(table.starts[i], table.ends[i])
    })
  }
  return entries
}
