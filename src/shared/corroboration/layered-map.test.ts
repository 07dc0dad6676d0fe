// Layered maps against plain Maps given the same changes: every read, the order of iteration, the
// maps they were made from left as they were, and the chain folded once it is deep.
import { describe, expect, it } from 'vitest'
import { keysSetOver, MAX_DEPTH, withChanges } from './layered-map'

function random(seed: number) {
  let a = seed >>> 0
  return (n: number) => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a % n
  }
}

describe('withChanges', () => {
  it('reads, sizes and iterates like a Map given the same sets, over many more layers than fold', () => {
    for (const seed of [1, 2, 3]) {
      const int = random(seed)
      const reference = new Map(Array.from({ length: 50 }, (_, i) => [`s${i}`, i]))
      let layered: ReadonlyMap<string, number> = new Map(reference)
      const history: { map: ReadonlyMap<string, number>; copy: Map<string, number> }[] = []
      for (let step = 0; step < 4 * MAX_DEPTH; step++) {
        history.push({ map: layered, copy: new Map(reference) })
        const changes = new Map<string, number>()
        for (let n = int(3); n >= 0; n--) changes.set(`s${int(70)}`, step * 100 + n)
        const next = withChanges(layered, changes)
        for (const [key, value] of changes) reference.set(key, value)
        expect([...next], `seed ${seed}, step ${step}`).toEqual([...reference])
        expect(next.size).toBe(reference.size)
        for (const key of ['s0', 's49', 's55', 's69', 'none']) {
          expect(next.get(key)).toBe(reference.get(key))
          expect(next.has(key)).toBe(reference.has(key))
        }
        expect([...next.keys()]).toEqual([...reference.keys()])
        expect([...next.values()]).toEqual([...reference.values()])
        const seen: [string, number][] = []
        next.forEach((value, key) => seen.push([key, value]))
        expect(seen).toEqual([...reference])
        layered = next
      }
      // Every map made along the way still says what it said when it was made.
      for (const { map, copy } of history) expect([...map]).toEqual([...copy])
    }
  })

  it('keeps the map itself when nothing changes, and names the keys it set over its base', () => {
    const base = new Map([
      ['a', 1],
      ['b', 2]
    ])
    expect(withChanges(base, new Map())).toBe(base)
    const next = withChanges(base, new Map([['b', 3]]))
    expect([...keysSetOver(next, base)!]).toEqual(['b'])
    expect([...keysSetOver(base, base)!]).toEqual([])
    // Made from another map: the keys are not known, the caller compares the maps whole.
    expect(keysSetOver(next, new Map(base))).toBeUndefined()
    expect(keysSetOver(new Map(next), base)).toBeUndefined()
  })

  it('folds the layers into one plain map past its depth, so reads stay short', () => {
    let map: ReadonlyMap<string, number> = new Map([['a', 0]])
    const folds: number[] = []
    for (let i = 1; i <= 2 * MAX_DEPTH + 2; i++) {
      map = withChanges(map, new Map([['a', i]]))
      if (map instanceof Map) folds.push(i)
    }
    expect(folds).toEqual([MAX_DEPTH + 1, 2 * MAX_DEPTH + 2])
    expect(map.get('a')).toBe(2 * MAX_DEPTH + 2)
  })
})
