import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sampleLibrary } from './fixtures'
import { planTrail, type TrailSnapshot } from './merge-trail'
import { backupFromLibrary } from './serialize'
import { newWorkspaceKey } from './signature'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const library = sampleLibrary(sample)
const key = newWorkspaceKey('analyst-workspace')
const backup = backupFromLibrary(library, '2026-11-26T15:30:00.000Z', { key })
const hashes = library.history.map((e) => e.hash)

const ownTrail = (entries: string[]): TrailSnapshot => ({
  workspaceId: 'colleague-workspace',
  hashes: new Set(entries),
  heads: new Map(entries.length ? [[null, entries.at(-1)!]] : [])
})

describe('planTrail', () => {
  it('appends the backup’s chain under the id of the workspace that signed it', () => {
    const plan = planTrail(backup, ownTrail(['ab'.repeat(32)]))
    expect(plan.joined).toEqual([{ chain: 'analyst-workspace', added: 14, present: 0, head: hashes[13] }])
    expect(plan.entries.every((e) => e.chain === 'analyst-workspace' && e.id === undefined)).toBe(true)
    expect(plan.entries.map((e) => e.hash)).toEqual(hashes)
  })

  it('adds only the entries the library lacks of a chain it already holds', () => {
    const trail: TrailSnapshot = {
      workspaceId: 'colleague-workspace',
      hashes: new Set(hashes.slice(0, 9)),
      heads: new Map([['analyst-workspace', hashes[8]]])
    }
    const plan = planTrail(backup, trail)
    expect(plan.joined).toEqual([{ chain: 'analyst-workspace', added: 5, present: 9, head: hashes[13] }])
    expect(plan.entries.map((e) => e.hash)).toEqual(hashes.slice(9))
  })

  it('recognises the library’s own chain coming back: nothing is added twice, and it stays unlabelled', () => {
    const own = { ...ownTrail(hashes), workspaceId: 'analyst-workspace' }
    expect(planTrail(backup, own)).toEqual({
      joined: [{ chain: null, added: 0, present: 14, head: hashes[13] }],
      diverged: [],
      entries: []
    })
  })

  it('leaves out a chain whose entries do not continue what the library holds of it', () => {
    const trail: TrailSnapshot = {
      workspaceId: 'colleague-workspace',
      hashes: new Set(hashes.slice(0, 3)),
      heads: new Map([['analyst-workspace', 'cd'.repeat(32)]])
    }
    expect(planTrail(backup, trail)).toEqual({ joined: [], diverged: ['analyst-workspace'], entries: [] })
  })
})
