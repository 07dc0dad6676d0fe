import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../model'
import { GENESIS_HASH, canonicalJson, type HistoryChange } from './index'
import { chainEntry, hashEntry, verifyChain } from './chain'

const changes: HistoryChange[] = [
  {
    at: '2026-11-26T09:00:00.000Z',
    entity: 'source',
    entityId: 'src-kindratenko',
    before: undefined,
    after: { id: 'src-kindratenko', name: 'Col. Oleksandr Kindratenko', reliability: 'B' }
  },
  {
    at: '2026-11-26T09:01:00.000Z',
    entity: 'assessment',
    entityId: 'dprk:1',
    before: undefined,
    after: {
      sentenceId: 'dprk:1',
      credibility: 2,
      attributions: [{ sourceId: 'src-kindratenko', role: 'paraphrase' }]
    }
  },
  {
    at: '2026-11-26T09:05:00.000Z',
    entity: 'assessment',
    entityId: 'dprk:1',
    before: { sentenceId: 'dprk:1', credibility: 2 },
    after: { sentenceId: 'dprk:1', credibility: 3 }
  }
]

async function trail(): Promise<HistoryEntry[]> {
  const entries: HistoryEntry[] = []
  for (const change of changes) entries.push(await chainEntry(change, entries.at(-1)))
  return entries
}

describe('canonicalJson', () => {
  it('writes typed arrays (stand-off sentence tables) as the numbers they hold', () => {
    expect(
      canonicalJson({ starts: new Uint32Array([0, 12, 4_000_000_000]), kinds: new Uint8Array([1, 0]) })
    ).toBe('{"kinds":[1,0],"starts":[0,12,4000000000]}')
    expect(canonicalJson(new Uint32Array([1, 2]))).toBe(canonicalJson([1, 2]))
  })

  it('orders keys at every depth, so key order never changes the hash', () => {
    const a = { b: 1, a: { d: [3, { z: 1, y: 2 }], c: 'x' } }
    const b = { a: { c: 'x', d: [3, { y: 2, z: 1 }] }, b: 1 }
    expect(canonicalJson(a)).toBe('{"a":{"c":"x","d":[3,{"y":2,"z":1}]},"b":1}')
    expect(canonicalJson(b)).toBe(canonicalJson(a))
  })

  it('follows JSON for undefined, dates and non-finite numbers', () => {
    expect(canonicalJson({ before: undefined, after: null, list: [undefined, NaN] })).toBe(
      '{"after":null,"list":[null,null]}'
    )
    expect(canonicalJson(new Date('2026-11-26T09:00:00Z'))).toBe('"2026-11-26T09:00:00.000Z"')
    expect(canonicalJson(undefined)).toBe('null')
    expect(canonicalJson('Kindratenko said: “DPRK”')).toBe('"Kindratenko said: “DPRK”"')
  })

  it('refuses values JSON would lose silently', () => {
    expect(() => canonicalJson({ tags: new Set(['kursk']) })).toThrow(/Set/)
    expect(() => canonicalJson(new Map())).toThrow(/Map/)
    expect(() => canonicalJson({ n: 10n })).toThrow(/bigint/)
    const cyclic: Record<string, unknown> = {}
    cyclic.self = cyclic
    expect(() => canonicalJson(cyclic)).toThrow(/cycle/)
  })

  it('allows the same object twice when it is not a cycle', () => {
    const shared = { sourceId: 'src-x' }
    expect(canonicalJson([shared, shared])).toBe('[{"sourceId":"src-x"},{"sourceId":"src-x"}]')
  })
})

describe('hash chain', () => {
  it('chains each entry to the one before, starting at the genesis hash', async () => {
    const entries = await trail()
    expect(entries[0].prevHash).toBe(GENESIS_HASH)
    expect(entries[1].prevHash).toBe(entries[0].hash)
    expect(entries[2].prevHash).toBe(entries[1].hash)
    expect(entries[0].hash).toMatch(/^[0-9a-f]{64}$/)
    expect(await verifyChain(entries)).toEqual({ ok: true })
    expect(await verifyChain([])).toEqual({ ok: true })
  })

  it('hashes the same content the same way whatever the key order', async () => {
    const [change] = changes
    const reordered = {
      after: change.after,
      before: change.before,
      entityId: change.entityId,
      entity: change.entity,
      at: change.at
    }
    expect(await hashEntry(reordered, GENESIS_HASH)).toBe(await hashEntry(change, GENESIS_HASH))
    expect(await hashEntry(change, 'f'.repeat(64))).not.toBe(await hashEntry(change, GENESIS_HASH))
  })

  it('ignores the stored id, which the database assigns after hashing', async () => {
    const entries = await trail()
    expect(await verifyChain(entries.map((e, i) => ({ ...e, id: i + 1 })))).toEqual({ ok: true })
  })

  it('detects an entry whose content was changed', async () => {
    const entries = await trail()
    entries[1] = { ...entries[1], after: { sentenceId: 'dprk:1', credibility: 1 } }
    const verdict = await verifyChain(entries)
    expect(verdict).toMatchObject({ ok: false, brokenAt: 1, reason: 'hash-mismatch' })
    if (!verdict.ok) expect(verdict.message).toContain('assessment dprk:1')
  })

  it('detects a rewritten entry even when its own hash was recomputed', async () => {
    const entries = await trail()
    const forged = { ...changes[1], after: { sentenceId: 'dprk:1', credibility: 1 } }
    entries[1] = await chainEntry(forged, entries[0])
    expect(await verifyChain(entries)).toMatchObject({ ok: false, brokenAt: 2, reason: 'prev-hash-mismatch' })
  })

  it('detects a removed or reordered entry', async () => {
    const entries = await trail()
    expect(await verifyChain([entries[0], entries[2]])).toMatchObject({ ok: false, brokenAt: 1 })
    expect(await verifyChain([entries[1], entries[0], entries[2]])).toMatchObject({
      ok: false,
      brokenAt: 0,
      reason: 'prev-hash-mismatch'
    })
  })

  it('verifies a later segment from a given start hash', async () => {
    const entries = await trail()
    expect(await verifyChain(entries.slice(1), entries[0].hash)).toEqual({ ok: true })
    expect(await verifyChain(entries.slice(1))).toMatchObject({ ok: false, brokenAt: 0 })
  })
})
