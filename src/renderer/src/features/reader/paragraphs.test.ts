// The reader's paragraphs from one typed pass are the paragraphs it grouped sentence by sentence
// before: the same sentences together, over random texts of lines and sentences.
import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { Paragraphs } from './paragraphs'

interface Span {
  index: number
  start: number
  end: number
}

/** The reader's grouping before the typed pass: an array per paragraph, built sentence by sentence. */
function paragraphsOf(text: string, sentences: Span[]): Span[][] {
  const paragraphs: Span[][] = []
  let current: Span[] | undefined
  let previousEnd = 0
  for (const sentence of sentences) {
    if (!current || text.slice(previousEnd, sentence.start).includes('\n'))
      paragraphs.push((current = [sentence]))
    else current.push(sentence)
    previousEnd = sentence.end
  }
  return paragraphs
}

/** A text of lines of sentences, with the sentences' spans as a segmenter gives them. */
const article = fc
  .array(
    fc.record({
      sentences: fc.array(fc.stringMatching(/^[A-Za-z ,.“”é]{1,30}$/), { minLength: 1, maxLength: 5 }),
      breaks: fc.integer({ min: 1, max: 3 }),
      // Between two sentences of a line: a space or none.
      gap: fc.constantFrom('', ' ', '  ')
    }),
    { maxLength: 30 }
  )
  .map((lines) => {
    let text = ''
    const sentences: Span[] = []
    for (const line of lines) {
      for (const words of line.sentences) {
        sentences.push({ index: sentences.length, start: text.length, end: text.length + words.length })
        text += words + line.gap
      }
      text += '\n'.repeat(line.breaks)
    }
    return { text, sentences }
  })

describe('the reader’s paragraphs', () => {
  it('group the same sentences as grouping them one by one did', () => {
    fc.assert(
      fc.property(article, ({ text, sentences }) => {
        const expected = paragraphsOf(text, sentences)
        const paragraphs = new Paragraphs(text, sentences)
        expect(paragraphs.count).toBe(expected.length)
        expect(Array.from({ length: paragraphs.count }, (_, p) => paragraphs.at(p))).toEqual(expected)
        expected.forEach((paragraph, p) => {
          expect(paragraphs.first(p)).toBe(paragraph[0].index)
          expect(paragraphs.end(p)).toBe(paragraph[paragraph.length - 1].index + 1)
          expect(paragraphs.length(p)).toBe(paragraph[paragraph.length - 1].end - paragraph[0].start)
          for (const sentence of paragraph) expect(paragraphs.of(sentence.index)).toBe(p)
        })
        expect(paragraphs.of(-1)).toBe(-1)
        expect(paragraphs.of(sentences.length)).toBe(-1)
      }),
      { numRuns: 300 }
    )
  })

  it('make a paragraph’s list once, when it is asked for, and the same list each time', () => {
    const text = 'Troops withdrew. Officials confirmed it.\n\nA resident saw the convoy.\nNo figure.\n'
    const sentences = [
      { index: 0, start: 0, end: 16 },
      { index: 1, start: 17, end: 40 },
      { index: 2, start: 42, end: 68 },
      { index: 3, start: 69, end: 79 }
    ]
    const paragraphs = new Paragraphs(text, sentences)
    expect(paragraphs.count).toBe(3)
    expect(paragraphs.at(0)).toBe(paragraphs.at(0))
    expect(paragraphs.at(2)).toEqual([sentences[3]])
    expect(paragraphs.at(2)[0]).toBe(sentences[3])
  })
})
