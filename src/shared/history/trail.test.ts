import { describe, expect, it } from 'vitest'
import type { HistoryEntry } from '../model'
import { sha256Hex } from '../text/sha256'
import { GENESIS_HASH, canonicalJson, type HistoryChange } from './index'
import { chainEntry } from './chain'
import { verifyTrail } from './trail'

const STATE = 'ab'.repeat(32)

function chain(label: string | undefined, n: number, start = 0): HistoryEntry[] {
  const out: HistoryEntry[] = []
  for (let i = 0; i < n; i++) {
    const change: HistoryChange = {
      at: `2026-11-26T09:${String(start + i).padStart(2, '0')}:00.000Z`,
      entity: 'assessment',
      entityId: `dprk:${i}`,
      before: null,
      after: { sentenceId: `dprk:${i}`, credibility: (i % 6) + 1 },
      stateHash: STATE
    }
    out.push({ ...chainEntry(change, out.at(-1)), ...(label ? { chain: label } : {}) })
  }
  return out
}

/** A library's own chain, with another workspace's chain restored into the middle of it. */
function interleaved(): HistoryEntry[] {
  const own = chain(undefined, 4)
  const theirs = chain('colleague-workspace', 3, 10)
  return [own[0], own[1], ...theirs, own[2], own[3]]
}

describe('verifyTrail', () => {
  it('verifies each chain on its own, wherever its entries lie in the trail', () => {
    const verdict = verifyTrail(interleaved())
    expect(verdict.ok).toBe(true)
    expect(verdict.chains.map((c) => [c.chain, c.count])).toEqual([
      [null, 4],
      ['colleague-workspace', 3]
    ])
  })

  it('names the chain that broke and the entry, counted in the whole trail', () => {
    const trail = interleaved()
    trail[3] = { ...trail[3], after: { sentenceId: 'dprk:1', credibility: 1 } }
    const verdict = verifyTrail(trail)
    expect(verdict.ok).toBe(false)
    if (verdict.ok) return
    expect(verdict.brokenAt).toBe(3)
    expect(verdict.message).toBe(
      'In the chain of workspace colleague-workspace: The audit trail is broken at entry 2 (assessment dprk:1 at 2026-11-26T09:11:00.000Z): its content no longer matches its hash — it was changed after it was written.'
    )
    expect(verdict.chains.find((c) => c.chain === null)?.verdict.ok).toBe(true)
  })

  it('sees an entry moved from one chain to another: both chains break', () => {
    const trail = interleaved()
    trail[2] = { ...trail[2], chain: undefined }
    const verdict = verifyTrail(trail)
    expect(verdict.chains.filter((c) => !c.verdict.ok)).toHaveLength(2)
  })

  it('covers the state hash: an entry whose state hash was changed breaks its chain', () => {
    const trail = chain(undefined, 3)
    trail[1] = { ...trail[1], stateHash: 'cd'.repeat(32) }
    expect(verifyTrail(trail).ok).toBe(false)
  })

  it('still verifies entries written before entries had a state hash or a chain', () => {
    const { stateHash: _s, ...change } = {
      at: '2026-11-20T10:00:00.000Z',
      entity: 'article' as const,
      entityId: 'dprk',
      before: null,
      after: { title: 'North Korean troops withdraw from Kursk', sha256: 'ef'.repeat(32) },
      stateHash: undefined
    }
    const old = chainEntry(change, undefined)
    expect(old).not.toHaveProperty('stateHash')
    // The hash as entries of that time were given it: exactly the fields they had.
    const { at, entity, entityId, before, after } = change
    expect(old.hash).toBe(
      sha256Hex(canonicalJson({ at, entity, entityId, before, after, prevHash: GENESIS_HASH }))
    )
    const next = chainEntry({ ...chain(undefined, 1)[0] }, old)
    expect(verifyTrail([old, next]).ok).toBe(true)
  })
})
