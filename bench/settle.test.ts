import { describe, expect, it } from 'vitest'
import { FRAME_MS, keyPhases } from './settle'

describe('the delays before timed keys', () => {
  it('fall in every part of a frame, not at one point of it', () => {
    const phases = keyPhases(30)
    expect(phases).toHaveLength(30)
    for (const phase of phases) {
      expect(phase).toBeGreaterThanOrEqual(0)
      expect(phase).toBeLessThan(FRAME_MS)
    }
    // Each quarter of the frame gets some of the 30 keys.
    const quarters = new Set(phases.map((phase) => Math.floor((phase / FRAME_MS) * 4)))
    expect([...quarters].sort()).toEqual([0, 1, 2, 3])
  })

  it('are the same in every run, so two runs press their keys alike', () => {
    expect(keyPhases(30)).toEqual(keyPhases(30))
    expect(keyPhases(30, 1)).not.toEqual(keyPhases(30, 2))
  })
})
