// Consecutive paragraphs grouped in blocks, the reader's unit of windowing. The virtualizer lays
// out every item it is given again at each pass (the first render, the first sizes measured, the
// overscan widened), so an article of 30,000 paragraphs is given a few thousand blocks instead.

import type { Paragraphs } from './paragraphs'

/** The most blocks an article is given: a short one has a paragraph to a block. */
export const MOST_BLOCKS = 4096

/** How many paragraphs go to a block in an article of `paragraphs` paragraphs. */
export function blockSize(paragraphs: number): number {
  return Math.max(1, Math.ceil(paragraphs / MOST_BLOCKS))
}

/** The blocks of an article's paragraphs: block `b` holds paragraphs `b * size` to the next block's first. */
export class Blocks<S extends { start: number; end: number }> {
  /** Paragraphs to a block (the last may hold fewer). */
  readonly size: number
  readonly count: number

  constructor(readonly paragraphs: Paragraphs<S>) {
    this.size = blockSize(paragraphs.count)
    this.count = Math.ceil(paragraphs.count / this.size)
  }

  /** The index of block `b`'s first paragraph. */
  first(b: number): number {
    return b * this.size
  }

  /** One past the index of block `b`'s last paragraph. */
  end(b: number): number {
    return Math.min((b + 1) * this.size, this.paragraphs.count)
  }

  /** The block holding sentence `index`, or -1 when there is no such sentence. */
  of(index: number): number {
    const p = this.paragraphs.of(index)
    return p === -1 ? -1 : Math.floor(p / this.size)
  }

  /**
   * `paragraphs` paragraphs counted in whole blocks, rounded down: a block at the edge of the view
   * already brings in paragraphs past it, half a block on average.
   */
  inBlocks(paragraphs: number): number {
    return Math.floor(paragraphs / this.size)
  }
}
