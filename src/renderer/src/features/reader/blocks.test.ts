// The reader's blocks: a paragraph to a block in a short article, a few thousand blocks at most in
// a long one, each paragraph in exactly one block, in order, and each sentence found in its own.
import { describe, expect, it } from 'vitest'
import readme from '../../../../../README.md?raw'
import { Blocks, blockSize, MOST_BLOCKS } from './blocks'
import { Paragraphs } from './paragraphs'

/** `count` one-line paragraphs, paragraph p holding 1 + p % 3 sentences. */
function paragraphs(count: number) {
  const sentences: { index: number; start: number; end: number }[] = []
  let text = ''
  for (let p = 0; p < count; p++) {
    for (let s = 0; s < 1 + (p % 3); s++) {
      if (s > 0) text += ' '
      sentences.push({ index: sentences.length, start: text.length, end: text.length + 6 })
      text += 'Truce.'
    }
    text += '\n'
  }
  return { sentences, paragraphs: new Paragraphs(text, sentences) }
}

describe('the reader’s blocks', () => {
  it('give each paragraph its own block up to MOST_BLOCKS paragraphs, then keep to MOST_BLOCKS', () => {
    expect(blockSize(1)).toBe(1)
    expect(blockSize(MOST_BLOCKS)).toBe(1)
    expect(blockSize(MOST_BLOCKS + 1)).toBe(2)
    // The 5 MB article's 30,000 paragraphs.
    expect(blockSize(30_000)).toBe(8)
    for (const count of [1, 3, 160, MOST_BLOCKS, MOST_BLOCKS + 1, 12_345, 30_000, 75_000]) {
      const blocks = new Blocks(paragraphs(count).paragraphs)
      expect(blocks.count).toBeLessThanOrEqual(MOST_BLOCKS)
      expect(blocks.count).toBe(Math.ceil(count / blockSize(count)))
    }
  })

  it('hold every paragraph once, in order, and find each sentence in the block of its paragraph', () => {
    for (const count of [7, MOST_BLOCKS + 5, 30_001]) {
      const { sentences, paragraphs: all } = paragraphs(count)
      const blocks = new Blocks(all)
      let next = 0
      for (let b = 0; b < blocks.count; b++) {
        expect(blocks.first(b)).toBe(next)
        expect(blocks.end(b)).toBeGreaterThan(blocks.first(b))
        expect(blocks.end(b) - blocks.first(b)).toBeLessThanOrEqual(blocks.size)
        next = blocks.end(b)
      }
      expect(next).toBe(count)
      for (const sentence of sentences) {
        const b = blocks.of(sentence.index)
        const p = all.of(sentence.index)
        expect(p).toBeGreaterThanOrEqual(blocks.first(b))
        expect(p).toBeLessThan(blocks.end(b))
      }
      expect(blocks.of(-1)).toBe(-1)
      expect(blocks.of(sentences.length)).toBe(-1)
    }
  })

  it('count an overscan of paragraphs in whole blocks, never more paragraphs than asked', () => {
    const short = new Blocks(paragraphs(200).paragraphs)
    expect(short.inBlocks(40)).toBe(40)
    expect(short.inBlocks(4)).toBe(4)
    const long = new Blocks(paragraphs(30_000).paragraphs)
    expect(long.inBlocks(40)).toBe(5)
    expect(long.inBlocks(4)).toBe(0)
  })

  it('are as many as the README says', () => {
    const most = MOST_BLOCKS.toLocaleString('en')
    // The README's lines are wrapped: its words are compared with single spaces.
    const said = readme.replace(/\s+/g, ' ')
    expect(said).toContain(`a paragraph to a block up to ${most} paragraphs`)
    expect(said).toContain(`more in a longer article (eight in one of 30,000)`)
    expect(blockSize(30_000)).toBe(8)
    expect(said).toContain(`never more than ${most} blocks to lay out`)
  })
})
