// Finding an article's sentence by id without hashing every id: before and after splits and
// merges, and for ids of other articles.
import { describe, expect, it } from 'vitest'
import type { Sentence } from '../model'
import { SentenceLookup } from './lazy-views'

const sentence = (id: string): Pick<Sentence, 'id' | 'kind'> => ({ id, kind: 'body' })

describe('SentenceLookup', () => {
  it('finds each sentence by its id, whatever its seq, and nothing of another article', () => {
    // A split gave sentence 1 a new seq (7); a merge took seq 3 away.
    const list = ['art:0', 'art:1', 'art:7', 'art:2', 'art:4', 'art:5'].map(sentence)
    const lookup = new SentenceLookup(list)
    for (const s of list) expect(lookup.get(s.id)).toBe(s)
    for (const id of ['art:3', 'art:6', 'art:07', 'other:1', 'art:', 'art:x', 'ar:1', '1'])
      expect(lookup.has(id), id).toBe(false)
    expect(lookup.size).toBe(6)
  })

  it('finds ids that are not article:seq, and nothing in an empty article', () => {
    const list = ['first', 'second', 'a:b:2'].map(sentence)
    const lookup = new SentenceLookup(list)
    for (const s of list) expect(lookup.get(s.id)).toBe(s)
    expect(lookup.has('third')).toBe(false)
    expect(new SentenceLookup([]).has('a:0')).toBe(false)
  })
})
