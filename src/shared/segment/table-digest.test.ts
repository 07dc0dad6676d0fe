// The content hash of a sentence table: the same from typed arrays and from a backup's numbers, by
// WebCrypto and by the JS hash; any changed value gives another hash; a value that cannot be a
// table's is refused rather than wrapped into one that could.
import { describe, expect, it } from 'vitest'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import type { SentenceTable } from '../model'
import { rememberTableDigest, tableBytes } from './table-bytes'
import { digestTableHex, tableDigestHex } from './table-digest'

const table = (): SentenceTable => ({
  articleId: '6f1d2c9e-3b7a-4e51-9a0c-2d8e5b4f7a13',
  nextSeq: 5,
  seqs: Uint32Array.of(0, 1, 4, 3),
  starts: Uint32Array.of(0, 45, 170, 301),
  ends: Uint32Array.of(40, 168, 299, 70_000),
  kinds: Uint8Array.of(0, 1, 1, 2)
})

const plain = (t: SentenceTable) => ({
  articleId: t.articleId,
  nextSeq: t.nextSeq,
  seqs: Array.from(t.seqs),
  starts: Array.from(t.starts),
  ends: Array.from(t.ends),
  kinds: Array.from(t.kinds)
})

describe('tableBytes', () => {
  it('holds a header naming the table, then each column little-endian', () => {
    const bytes = tableBytes(table())
    const header = '["6f1d2c9e-3b7a-4e51-9a0c-2d8e5b4f7a13",5,4]\n'
    expect(new TextDecoder().decode(bytes.subarray(0, header.length))).toBe(header)
    expect(bytes.length).toBe(header.length + 13 * 4)
    // ends[3] = 70,000 = 0x00011170, low byte first.
    const ends3 = header.length + 4 * 4 * 2 + 3 * 4
    expect(Array.from(bytes.subarray(ends3, ends3 + 4))).toEqual([0x70, 0x11, 0x01, 0x00])
    expect(Array.from(bytes.subarray(-4))).toEqual([0, 1, 1, 2])
  })

  it('is the same for a backup’s plain numbers as for the database’s typed arrays', () => {
    expect(tableBytes(plain(table()))).toEqual(tableBytes(table()))
  })

  it('refuses what no table holds, instead of wrapping it into a value that fits', () => {
    const over = { ...plain(table()), starts: [0, 45, 170 + 2 ** 32, 301] }
    expect(() => tableBytes(over)).toThrow('starts[2] is 4294967466')
    expect(() => tableBytes({ ...plain(table()), kinds: [0, 1, 256, 2] })).toThrow('kinds[2] is 256')
    expect(() => tableBytes({ ...plain(table()), ends: [40, 168.5, 299, 1] })).toThrow('ends[1]')
    expect(() => tableBytes({ ...plain(table()), seqs: [0, 1] })).toThrow('starts has 4 rows, seqs 2')
    expect(() => tableBytes({ ...plain(table()), kinds: [0, 1, 1] })).toThrow('kinds has 3 rows, seqs 4')
    expect(() => tableBytes({ ...plain(table()), nextSeq: -1 })).toThrow('nextSeq -1')
  })
})

describe('tableDigestHex', () => {
  it('is the SHA-256 of the bytes, by WebCrypto and by the JS hash alike', async () => {
    const hex = bytesToHex(sha256(tableBytes(table())))
    expect(tableDigestHex(table())).toBe(hex)
    expect(tableDigestHex(plain(table()))).toBe(hex)
    expect(await digestTableHex(table())).toBe(hex)
  })

  it('changes with any value of the table', () => {
    const base = tableDigestHex(table())
    const edits: ((t: SentenceTable) => void)[] = [
      (t) => (t.articleId = 'c84b1e07-5d2f-4a96-b3e8-71f0a9d6c425'),
      (t) => (t.nextSeq = 6),
      (t) => (t.seqs[2] = 2),
      (t) => (t.starts[1] = 44),
      (t) => (t.ends[3] = 70_001),
      (t) => (t.kinds[3] = 1),
      // The last row dropped: the header counts the rows, so no column's bytes slide into another.
      (t) =>
        Object.assign(t, {
          seqs: t.seqs.subarray(0, 3),
          starts: t.starts.subarray(0, 3),
          ends: t.ends.subarray(0, 3),
          kinds: t.kinds.subarray(0, 3)
        })
    ]
    const hashes = edits.map((edit) => {
      const t = table()
      edit(t)
      return tableDigestHex(t)
    })
    expect(new Set([base, ...hashes]).size).toBe(edits.length + 1)
  })

  it('takes a digest computed where the table was built, until the table gets new columns', () => {
    const t = table()
    rememberTableDigest(t, 'f'.repeat(64))
    expect(tableDigestHex(t)).toBe('f'.repeat(64))
    expect(tableDigestHex({ ...t })).toBe(tableDigestHex(table()))
    t.starts = Uint32Array.from(t.starts)
    expect(tableDigestHex(t)).toBe(tableDigestHex(table()))
  })
})
