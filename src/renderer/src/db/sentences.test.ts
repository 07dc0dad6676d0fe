// A table read back from the library is taken for the one an import handed over only when every
// row is the same: one number changed anywhere, in any column, and it is another table.
import { describe, expect, it } from 'vitest'
import type { SentenceTable } from './database'
import { sameTable, withRow } from './sentences'

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
