// Registry matching: the analyst's sources found again under the names news copy gives them.
import { describe, expect, it } from 'vitest'
import { suggestAttribution } from '.'
import { english } from './languages/en'
import { nameKey } from './registry'

const sources = [
  { id: 'kindratenko', name: 'Col. Oleksandr Kindratenko', aliases: [] },
  { id: 'isw', name: 'Institute for the Study of War', aliases: ['ISW'] },
  { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', aliases: [] },
  { id: 'army', name: 'The Russian military', aliases: ['Russian Armed Forces'] },
  { id: 'tsikhanouskaya', name: 'Sviatlana Tsikhanouskaya', aliases: [] },
  { id: 'smith-a', name: 'Anna Smith', aliases: [] },
  { id: 'smith-j', name: 'John Smith', aliases: [] },
  { id: 'kremlin', name: 'Kremlin', aliases: [] }
]

function sourceOf(sentence: string): string | undefined {
  return suggestAttribution(sentence, { sources })[0]?.sourceId
}

describe('nameKey', () => {
  it.each([
    ['Col. Oleksandr Kindratenko', 'oleksandr kindratenko'],
    ['Colonel Oleksandr Kindratenko', 'oleksandr kindratenko'],
    ['the Russian military', 'russian military'],
    ['Ukraine’s Special Operations Forces', 'ukraine special operations forces'],
    ['Tsikhanoŭskaja', 'tsikhanouskaja'],
    ['President Zelenskyy', 'zelenskyy'],
    ['U.S. officials', 'us officials'],
    ['President', 'president']
  ])('%s → %s', (name, key) => {
    expect(nameKey(name, english)).toBe(key)
  })
})

describe('matching a suggestion to the registry', () => {
  it('finds a ranked person by surname alone', () => {
    expect(sourceOf('“We saw none of them,” Kindratenko said.')).toBe('kindratenko')
    expect(sourceOf('Colonel Oleksandr Kindratenko said the troops had left.')).toBe('kindratenko')
  })

  it('finds an organisation by its alias, named either way', () => {
    expect(sourceOf('The ISW said Russian forces were regrouping.')).toBe('isw')
    expect(
      sourceOf('Ukraine’s advances, as reported by the Institute for the Study of War, continued.')
    ).toBe('isw')
  })

  it('ignores case, diacritics, a leading "the" and titles', () => {
    expect(sourceOf('THE RUSSIAN MILITARY said it had recaptured the village.')).toBe('army')
    expect(sourceOf('President Volodymyr Zelenskyy said the aid would help.')).toBe('zelenskyy')
    expect(sourceOf('Sviatlana Tsikhanoŭskaya said the vote was rigged.')).toBe('tsikhanouskaya')
  })

  it('does not take one spelling for another without an alias that says so', () => {
    expect(sourceOf('Zelensky said the aid would help.')).toBeUndefined()
    const withAlias = [{ id: 'z', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] }]
    expect(suggestAttribution('Zelensky said the aid would help.', { sources: withAlias })[0]?.sourceId).toBe(
      'z'
    )
  })

  it('leaves an ambiguous surname unmatched rather than guess', () => {
    expect(sourceOf('Smith said the plan had failed.')).toBeUndefined()
    expect(sourceOf('Anna Smith said the plan had failed.')).toBe('smith-a')
  })

  it('does not match an institution by its last word', () => {
    expect(sourceOf('The Ukrainian military said it had repelled the attack.')).toBeUndefined()
    expect(sourceOf('The Kremlin said no decision had been made.')).toBe('kremlin')
  })

  it('matches nothing without a registry', () => {
    expect(suggestAttribution('Kindratenko said the troops had left.')[0]?.sourceId).toBeUndefined()
  })
})
