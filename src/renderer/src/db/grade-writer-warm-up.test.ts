// The grade writer's warm-up hashes entries like a grade's, one per task, while the analyst reads
// (grade-writer-warm-up.ts): its work is the hashing a grade does, and it never holds a grade back
// for more than one entry.
import { describe, expect, it } from 'vitest'
import { hashEntry } from '@shared/history/chain'
import { GENESIS_HASH } from '@shared/history'
import { verifyTrail } from '@shared/history/trail'
import { inRounds, sampleEntry } from './grade-writer-warm-up'
import { loadHistoryHashing } from './history-hashing'

describe('the grade writer’s warm-up', () => {
  it('hashes an entry as a grade’s is hashed, one the trail verifies', async () => {
    const hashing = await loadHistoryHashing()
    const entry = sampleEntry(hashing)
    expect(entry).toMatchObject({ entity: 'assessment', prevHash: GENESIS_HASH, action: 'warm-up' })
    expect(entry.hash).toBe(hashEntry(entry, GENESIS_HASH))
    expect(verifyTrail([{ ...entry, id: 1 }]).ok).toBe(true)
  })

  it('runs each round in a task of its own, so what comes meanwhile waits for one round at most', async () => {
    const order: string[] = []
    const rounds = inRounds(() => order.push('round'), 3)
    // A message that comes once the warm-up has begun.
    setTimeout(() => order.push('message'), 0)
    await rounds
    expect(order).toEqual(['round', 'message', 'round', 'round'])
  })
})
