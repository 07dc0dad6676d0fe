// An article's paragraphs as one typed array of where each begins in its sentence list: the reader
// opens a 76,000-sentence article without an array per paragraph, and makes a paragraph's list of
// sentences only when it renders it.

interface Span {
  start: number
  end: number
}

/**
 * The index of each paragraph's first sentence, in one pass: sentences on one line of the text form
 * a paragraph, so a new one begins where a line break lies between a sentence and the one before.
 */
export function paragraphFirsts(text: string, sentences: ArrayLike<Span>): Uint32Array {
  const firsts = new Uint32Array(sentences.length)
  let count = 0
  let previousEnd = 0
  // The first line break at or after previousEnd: found once per line, never by copying the text
  // between two sentences (76,000 copies in a 5 MB article).
  let lineBreak = -1
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]
    if (lineBreak < previousEnd) {
      lineBreak = text.indexOf('\n', previousEnd)
      if (lineBreak === -1) lineBreak = Infinity
    }
    if (i === 0 || lineBreak < sentence.start) firsts[count++] = i
    previousEnd = sentence.end
  }
  return firsts.slice(0, count)
}

/** The paragraphs of one list of sentences; a paragraph's own list is made once, when first asked for. */
export class Paragraphs<S extends Span> {
  readonly count: number
  private readonly firsts: Uint32Array
  private readonly made = new Map<number, S[]>()

  constructor(
    text: string,
    private readonly sentences: readonly S[]
  ) {
    this.firsts = paragraphFirsts(text, sentences)
    this.count = this.firsts.length
  }

  /** The index of paragraph `p`'s first sentence. */
  first(p: number): number {
    return this.firsts[p]
  }

  /** One past the index of paragraph `p`'s last sentence. */
  end(p: number): number {
    return p + 1 < this.count ? this.firsts[p + 1] : this.sentences.length
  }

  /** Paragraph `p`'s sentences: the same array each time, so a memoised paragraph sees no change. */
  at(p: number): S[] {
    let paragraph = this.made.get(p)
    if (!paragraph) this.made.set(p, (paragraph = this.sentences.slice(this.first(p), this.end(p))))
    return paragraph
  }

  /** How many characters of the text paragraph `p` spans, from its first sentence to its last. */
  length(p: number): number {
    return this.sentences[this.end(p) - 1].end - this.sentences[this.first(p)].start
  }

  /** The paragraph holding sentence `index`, or -1 when there is no such sentence. */
  of(index: number): number {
    if (!(index >= 0 && index < this.sentences.length)) return -1
    let low = 0
    let high = this.count - 1
    while (low < high) {
      const mid = (low + high + 1) >>> 1
      if (this.firsts[mid] <= index) low = mid
      else high = mid - 1
    }
    return low
  }
}
