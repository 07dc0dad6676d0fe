import { describe, expect, it } from 'vitest'
import type { Source } from '../model'
import { queryRegistry } from './registry-query'

const source = (id: string, name: string, patch: Partial<Source> = {}): Source => ({
  id,
  name,
  aliases: [],
  kind: 'person',
  reliability: null,
  ...patch
})
const SOURCES = [
  source('z', 'Volodymyr Zelenskyy', { aliases: ['Zelensky'], kind: 'government', reliability: 'B' }),
  source('r', 'Reuters', { kind: 'media', reliability: 'A' }),
  source('k', 'Oleksandr Kindratenko', { kind: 'military' }),
  source('t', 'TASS', { kind: 'media', reliability: 'E' }),
  source('s', 'Šimon Pánek')
]
const USES = new Map([
  ['z', 4],
  ['r', 1],
  ['t', 4]
])
const names = (query: Parameters<typeof queryRegistry>[2]) =>
  queryRegistry(SOURCES, USES, query).map((s) => s.name)

describe('queryRegistry', () => {
  it('sorts by name, by reliability with not graded last, and by use with the most cited first', () => {
    expect(names({})).toEqual([
      'Oleksandr Kindratenko',
      'Reuters',
      'Šimon Pánek',
      'TASS',
      'Volodymyr Zelenskyy'
    ])
    expect(names({ sort: 'reliability' })).toEqual([
      'Reuters',
      'Volodymyr Zelenskyy',
      'TASS',
      'Oleksandr Kindratenko',
      'Šimon Pánek'
    ])
    expect(names({ sort: 'use' })).toEqual([
      'TASS',
      'Volodymyr Zelenskyy',
      'Reuters',
      'Oleksandr Kindratenko',
      'Šimon Pánek'
    ])
  })

  it('searches names and other names without case or accents', () => {
    expect(names({ search: 'zelensky' })).toEqual(['Volodymyr Zelenskyy'])
    expect(names({ search: 'simon panek' })).toEqual(['Šimon Pánek'])
    expect(names({ search: 'Kyiv' })).toEqual([])
  })

  it('filters by kind, by grade or not graded, and by use', () => {
    expect(names({ kind: 'media' })).toEqual(['Reuters', 'TASS'])
    expect(names({ reliability: 'B' })).toEqual(['Volodymyr Zelenskyy'])
    expect(names({ reliability: 'ungraded' })).toEqual(['Oleksandr Kindratenko', 'Šimon Pánek'])
    expect(names({ use: 'unused' })).toEqual(['Oleksandr Kindratenko', 'Šimon Pánek'])
    expect(names({ use: 'used', kind: 'media', sort: 'use' })).toEqual(['TASS', 'Reuters'])
  })
})
