// A table read back from the library is taken for the one an import handed over only when every
// row is the same: one number changed anywhere, in any column, and it is another table.
import { describe, expect, it } from 'vitest'
import type { SentenceTable } from './database'
import {
  expandSentences,
  IDLE_CHUNKS,
  IDLE_ROWS,
  sameTable,
  sentencesOf,
  sentencesWhenIdle,
  sentenceTableFor,
  withRow
} from './sentences'

function table(): SentenceTable {
  return {
    articleId: 'a1',
    nextSeq: 3,
    seqs: Uint32Array.of(0, 1, 2),
    starts: Uint32Array.of(0, 40, 95),
    ends: Uint32Array.of(39, 94, 300),
    kinds: Uint8Array.of(1, 0, 0)
  }
}

describe('sameTable', () => {
  it('holds for another table of the same rows, and for a structured clone (what a read gives)', () => {
    expect(sameTable(table(), table())).toBe(true)
    expect(sameTable(structuredClone(table()), table())).toBe(true)
  })

  it('fails for one number changed in any column, a row more or less, or another article', () => {
    for (const column of ['seqs', 'starts', 'ends', 'kinds'] as const) {
      const changed = table()
      changed[column][1] += 1
      expect(sameTable(changed, table())).toBe(false)
    }
    const split = withRow(table(), 1, { seq: 3, start: 60, end: 94, kind: 'body' })
    expect(sameTable(split, table())).toBe(false)
    expect(sameTable(withRow(table(), 2, null), table())).toBe(false)
    expect(sameTable({ ...table(), nextSeq: 4 }, table())).toBe(false)
    expect(sameTable({ ...table(), articleId: 'a2' }, table())).toBe(false)
  })
})

describe('sentencesWhenIdle', () => {
  /** A table of `count` rows, as an import of a long article makes one. */
  function long(count: number): SentenceTable {
    const segments = Array.from({ length: count }, (_, i) => ({
      start: i * 50,
      end: i * 50 + 49,
      kind: i % 40 === 0 ? ('heading' as const) : ('body' as const)
    }))
    return sentenceTableFor(crypto.randomUUID(), segments)
  }

  /** Idle periods run by hand, each with `ms` left before its deadline. */
  function idlePeriods(ms: number) {
    const queued: ((deadline?: IdleDeadline) => void)[] = []
    const deadline = { didTimeout: false, timeRemaining: () => ms }
    return {
      schedule: (step: (deadline?: IdleDeadline) => void) => void queued.push(step),
      /** Runs the next idle period; false when none is asked for. */
      run: () => {
        const step = queued.shift()
        step?.(deadline)
        return step !== undefined
      }
    }
  }

  it('makes a long table’s sentences a few thousand per idle period when the period is short', () => {
    const table = long(10 * IDLE_ROWS + 1)
    const idle = idlePeriods(0)
    sentencesWhenIdle(table, idle.schedule)
    let periods = 0
    while (idle.run()) periods++
    expect(periods).toBe(11)
    const sentences = sentencesOf(table)
    expect(sentences).toEqual(expandSentences(table))
    // Made once: the render takes the array made while the page was idle.
    expect(sentencesOf(table)).toBe(sentences)
  })

  it('makes a few thousand in one long idle period, so a message that comes meanwhile waits little', () => {
    const table = long(2 * IDLE_CHUNKS * IDLE_ROWS + 1)
    const idle = idlePeriods(50)
    sentencesWhenIdle(table, idle.schedule)
    let periods = 0
    while (idle.run()) periods++
    expect(periods).toBe(3)
    expect(sentencesOf(table)).toEqual(expandSentences(table))
  })

  it('gives a render that needs them first all of them, made on from where the idle periods stopped', () => {
    const table = long(4 * IDLE_ROWS + 7)
    const idle = idlePeriods(0)
    sentencesWhenIdle(table, idle.schedule)
    idle.run()
    idle.run()
    const sentences = sentencesOf(table)
    expect(sentences).toEqual(expandSentences(table))
    // The idle periods asked for after this make nothing more.
    expect(idle.run()).toBe(true)
    expect(idle.run()).toBe(false)
    expect(sentencesOf(table)).toBe(sentences)
    expect(sentences).toHaveLength(4 * IDLE_ROWS + 7)
  })
})
