// What an import prepares before it writes: the same text, fingerprint and sentences as the steps
// it is made of, in a table whose columns can be transferred and stored exactly as they are.
import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SENTENCE_KINDS } from '../model'
import { normaliseText } from '../text'
import { sha256Hex } from '../text/sha256'
import { articleIdOf, digestSha256Hex } from '../text/fingerprint'
import { segmentSentences } from './index'
import { MAX_SENTENCE_CHARS } from './long-runs'
import { prepareArticleText } from './prepare'
import { tableBuffers } from './table'
import { digestTableHex, tableDigestHex } from './table-digest'

const SAMPLE = readFileSync(join(import.meta.dirname, '../../../resources/samples/dprk-kursk.txt'), 'utf8')
const RAW = `\uFEFF${SAMPLE.replace(/\n/g, ' \r\n')}`

describe('prepareArticleText', () => {
  it('normalises, fingerprints and segments the text, kinds stored as codes', async () => {
    const prepared = await prepareArticleText(RAW, 'en', { hash: sha256Hex, hashTable: tableDigestHex })
    const text = normaliseText(RAW)
    expect(prepared.text).toBe(text)
    expect(prepared.sha256).toBe(sha256Hex(text))
    const segments = segmentSentences(text, { language: 'en' })
    const { table } = prepared
    expect(table.articleId).toBe(articleIdOf(prepared.sha256))
    expect(table.nextSeq).toBe(segments.length)
    expect(Array.from(table.seqs)).toEqual(segments.map((_, i) => i))
    expect(Array.from(table.starts)).toEqual(segments.map((s) => s.start))
    expect(Array.from(table.ends)).toEqual(segments.map((s) => s.end))
    expect(Array.from(table.kinds, (code) => SENTENCE_KINDS[code])).toEqual(segments.map((s) => s.kind))
    expect(new Set(segments.map((s) => s.kind)).size).toBeGreaterThan(1)
  })

  it('gives the same result whichever hash computes the fingerprint', async () => {
    const js = await prepareArticleText(RAW, 'en', { hash: sha256Hex, hashTable: tableDigestHex })
    const native = await prepareArticleText(RAW, 'en', { hash: digestSha256Hex, hashTable: digestTableHex })
    expect(native).toEqual(js)
  })

  it('splits a line with no sentence end past 2,000 characters, and says how', async () => {
    const line = 'drone '.repeat(1_000).trim()
    const prepared = await prepareArticleText(`Kursk update\n\n${line}\n\nThe end.`, 'en', {
      hash: sha256Hex,
      hashTable: tableDigestHex
    })
    const { starts, ends } = prepared.table
    const lengths = Array.from(starts, (start, i) => ends[i] - start)
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_SENTENCE_CHARS)
    expect(lengths).toHaveLength(1 + 4 + 1)
    expect(prepared.split).toEqual({ runs: 1, longest: line.length, parts: 4 })
    const plain = await prepareArticleText(RAW, 'en', { hash: sha256Hex, hashTable: tableDigestHex })
    expect(plain.split.runs).toBe(0)
  })

  it('reports normalising, then segmenting', async () => {
    const stages: string[] = []
    await prepareArticleText(RAW, 'en', {
      hash: sha256Hex,
      hashTable: tableDigestHex,
      onStage: (s) => stages.push(s)
    })
    expect(stages).toEqual(['normalising', 'segmenting'])
  })

  it('gives every column a buffer of its own, exactly as long as the column', async () => {
    const { table } = await prepareArticleText(RAW, 'en', { hash: sha256Hex, hashTable: tableDigestHex })
    const n = table.seqs.length
    const buffers = tableBuffers(table)
    expect(new Set(buffers).size).toBe(4)
    expect(buffers.map((b) => b.byteLength)).toEqual([4 * n, 4 * n, 4 * n, n])
  })

  it('gives an empty text an empty table', async () => {
    const prepared = await prepareArticleText(' \r\n\t\uFEFF', 'en', {
      hash: sha256Hex,
      hashTable: tableDigestHex
    })
    expect(prepared.text).toBe('')
    expect(prepared.table.seqs).toHaveLength(0)
  })
})
