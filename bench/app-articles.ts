// Articles for the app benchmarks, made deterministically from the news corpus: only its sentences
// of news length (35 characters or more) in paragraphs of one to four, so that 5 MB holds about as
// many sentences (~75k) as the long article the issue measured, not the corpus's short list items.
import { segmentSentences } from '../src/shared/segment'
import { newsCorpus } from './corpus'

export interface BenchArticle {
  title: string
  /** Its first sentence, unique in the library: how the bench knows the article is on screen. */
  headline: string
  text: string
}

const MIN_LENGTH = 35

/** Sentences of news length from the corpus, in corpus order, about `chars` characters in all. */
function newsSentences(chars: number, seed: number): string[] {
  const corpus = newsCorpus(Math.ceil(chars * 1.8) + 10_000, seed)
  const sentences: string[] = []
  let size = 0
  for (const { start, end } of segmentSentences(corpus)) {
    if (end - start < MIN_LENGTH) continue
    sentences.push(corpus.slice(start, end))
    size += end - start + 1
    if (size >= chars) break
  }
  return sentences
}

/** Paragraphs of one to four sentences (the same on every run), separated by blank lines. */
function paragraphs(sentences: readonly string[]): string {
  const parts: string[] = []
  for (let i = 0, n = 0; i < sentences.length; n++) {
    const take = 1 + (n % 4)
    parts.push(sentences.slice(i, i + take).join(' '))
    i += take
  }
  return parts.join('\n\n')
}

/** An article of `size.chars` characters, or of about `size.sentences` sentences. */
export function benchArticle(
  label: string,
  seed: number,
  size: { chars: number } | { sentences: number }
): BenchArticle {
  const headline = `Benchmark dispatch ${label} from the Kursk front`
  const article = (body: string) => ({
    title: `Benchmark ${label}`,
    headline,
    // The body starts on the line under the headline: a headline set apart by a blank line would
    // be taken as the file's title and leave the text, and the scenarios wait for it as sentence 0.
    text: `${headline}\n${body}`
  })
  if ('chars' in size) {
    return article(paragraphs(newsSentences(size.chars, seed)).slice(0, size.chars - headline.length - 1))
  }
  // Cut where the segmenter ends sentence N: joined sentences are not always split where they were.
  const { text } = article(paragraphs(newsSentences(size.sentences * 80, seed)))
  const ranges = segmentSentences(text)
  return { ...article(''), text: text.slice(0, ranges[Math.min(size.sentences, ranges.length) - 1]!.end) }
}
