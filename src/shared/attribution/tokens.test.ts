// The tokenizer's two jobs that the rules rely on: words with their offsets, and which of them
// lie inside a quotation.
import { describe, expect, it } from 'vitest'
import { english } from './languages/en'
import { tokenize } from './tokens'

describe('tokenize', () => {
  it('keeps initialisms, possessives, hyphens and title abbreviations whole', () => {
    const { list } = tokenize('Col. John F. Kennedy’s U.S. long-range plan.', english)
    expect(list.map((t) => t.text)).toEqual([
      'Col.',
      'John',
      'F.',
      'Kennedy’s',
      'U.S.',
      'long-range',
      'plan',
      '.'
    ])
    expect(list[0]).toMatchObject({ lower: 'col', start: 0, end: 4, capital: true })
  })

  it('marks the words of a quotation, including one the sentence closes without opening', () => {
    const whole = tokenize('“I said no,” Smith said.', english)
    expect(whole.list.filter((t) => t.quoted && t.type === 'word').map((t) => t.text)).toEqual([
      'I',
      'said',
      'no'
    ])
    expect(whole.partialQuote).toBe(false)
    const tail = tokenize('Peace through strength can be achieved.” Then he left.', english)
    expect(tail.partialQuote).toBe(true)
    expect(tail.list.find((t) => t.text === 'Then')?.quoted).toBe(false)
    expect(tail.list.find((t) => t.text === 'Peace')?.quoted).toBe(true)
  })

  it('tells straight quotation marks that open from those that close', () => {
    const { list, quotedWords } = tokenize('"We are ready," he said.', english)
    expect(list.map((t) => t.type).slice(0, 1)).toEqual(['open'])
    expect(quotedWords).toBe(3)
  })

  it('reads German quotation marks „…“', () => {
    expect(tokenize('„Wir sind bereit“, sagte er.', english).partialQuote).toBe(false)
  })
})
