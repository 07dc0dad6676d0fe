import { describe, expect, it } from 'vitest'
import { isLibraryMarker, markerProblem, parseLibraryMarker } from './library-marker'

const marker = { version: 1, articles: 3, imported: 2, graded: 41, changedAt: '2026-11-30T09:15:00.000Z' }

describe('the library marker read at start', () => {
  it('reads back a marker as it was written, with its last backup', () => {
    const kept = {
      ...marker,
      lastBackup: { fileName: 'sourcemark-backup-2026-11-30.json', at: '2026-11-30T10:00:00+01:00' }
    }
    expect(parseLibraryMarker(JSON.stringify(kept))).toEqual(kept)
    expect(parseLibraryMarker(JSON.stringify(marker))).toEqual(marker)
  })

  it('accepts times with or without seconds and fractions, with Z or an offset', () => {
    for (const changedAt of [
      '2026-11-30T09:15Z',
      '2026-11-30T09:15:07Z',
      '2026-11-30T09:15:07.5-05:00',
      '2026-11-30T09:15:07+0530'
    ])
      expect(isLibraryMarker({ ...marker, changedAt })).toBe(true)
  })

  it('is absent when the text is not JSON or not a marker, rather than inventing a library', () => {
    expect(parseLibraryMarker('{"version":1,')).toBeNull()
    expect(parseLibraryMarker('null')).toBeNull()
    expect(parseLibraryMarker('[]')).toBeNull()
    expect(parseLibraryMarker(JSON.stringify({ ...marker, version: 2 }))).toBeNull()
  })

  it('names the field that is wrong and why', () => {
    expect(markerProblem({ ...marker, articles: -1 })).toEqual({
      path: ['articles'],
      reason: 'must be a whole number from 0 to 1e9'
    })
    expect(markerProblem({ ...marker, graded: 2.5 })?.path).toEqual(['graded'])
    expect(markerProblem({ ...marker, imported: 1e9 + 1 })?.path).toEqual(['imported'])
    expect(markerProblem({ ...marker, changedAt: 'yesterday' })?.path).toEqual(['changedAt'])
    expect(markerProblem({ ...marker, changedAt: '2026-11-30T09:15:00' })?.path).toEqual(['changedAt'])
    expect(markerProblem({ ...marker, changedAt: '2026-13-30T09:15:00Z' })?.path).toEqual(['changedAt'])
    expect(markerProblem({ ...marker, owner: 'x' })).toEqual({
      path: ['owner'],
      reason: 'is not a field of a marker'
    })
    const { graded: _graded, ...missing } = marker
    expect(markerProblem(missing)?.path).toEqual(['graded'])
    expect(markerProblem({ ...marker, lastBackup: { fileName: '', at: marker.changedAt } })?.path).toEqual([
      'lastBackup',
      'fileName'
    ])
    expect(markerProblem({ ...marker, lastBackup: { fileName: 'a.json', at: 'now' } })?.path).toEqual([
      'lastBackup',
      'at'
    ])
    expect(
      markerProblem({ ...marker, lastBackup: { fileName: 'a.json', at: marker.changedAt, size: 1 } })?.path
    ).toEqual(['lastBackup', 'size'])
    expect(markerProblem(marker)).toBeUndefined()
  })
})
