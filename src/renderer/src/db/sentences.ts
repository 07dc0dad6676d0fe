// Converts between the stand-off sentence table and the Sentence objects the UI works with.
import { sentenceId, type Segment, type Sentence } from '@shared/model'
import type { SentenceTable } from './database'

export function sentenceTableFor(articleId: string, segments: readonly Segment[]): SentenceTable {
  return {
    articleId,
    nextSeq: segments.length,
    seqs: segments.map((_, i) => i),
    starts: segments.map((s) => s.start),
    ends: segments.map((s) => s.end),
    kinds: segments.map((s) => s.kind)
  }
}

export function expandSentences(table: SentenceTable): Sentence[] {
  const { articleId } = table
  return table.seqs.map((seq, index) => ({
    id: sentenceId(articleId, seq),
    articleId,
    index,
    start: table.starts[index],
    end: table.ends[index],
    kind: table.kinds[index]
  }))
}

export function sentenceText(text: string, sentence: Pick<Sentence, 'start' | 'end'>): string {
  return text.slice(sentence.start, sentence.end)
}
