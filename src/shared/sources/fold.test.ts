import { describe, expect, it } from 'vitest'
import { findByName, foldName, matchesName } from './fold'

const zelensky = { name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Зеленський'] }
const kindratenko = { name: 'Oleksandr Kindratenko', aliases: [] }

describe('registry search', () => {
  it('matches part of a name or other name without case or diacritics', () => {
    expect(foldName('  Žilinskas  Ltd ')).toBe('zilinskas ltd')
    expect(matchesName(zelensky, 'ZELENSKY')).toBe(true)
    expect(matchesName(zelensky, 'зеленськ')).toBe(true)
    expect(matchesName({ name: 'Gabrielius Žilinskas', aliases: [] }, 'zilinsk')).toBe(true)
    expect(matchesName(kindratenko, '')).toBe(true)
  })

  it('does not match what neither name holds', () => {
    expect(matchesName(zelensky, 'Kindratenko')).toBe(false)
    expect(matchesName(kindratenko, 'zelensky')).toBe(false)
  })

  it('finds a source by a whole name only', () => {
    expect(findByName([kindratenko, zelensky], 'zelensky')).toBe(zelensky)
    expect(findByName([kindratenko, zelensky], 'Zelen')).toBeUndefined()
    expect(findByName([kindratenko, zelensky], '  ')).toBeUndefined()
  })
})
