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

  it("tells another article's sentences apart by their ids' prefix, without indexing either", () => {
    // A long article's lookup, with every id read counted: telling the next article apart
    // indexed all of them (a regex and a slice per id) before the next article's first paint.
    let reads = 0
    const counted = (id: string): Pick<Sentence, 'id' | 'kind'> => ({
      get id() {
        reads++
        return id
      },
      kind: 'body'
    })
    const long = new SentenceLookup(Array.from({ length: 10_000 }, (_, i) => counted(`old:${i}`)))
    reads = 0
    expect(long.sameArticleAs(new SentenceLookup(['new:0', 'new:1'].map(sentence)))).toBe(false)
    expect(reads).toBeLessThanOrEqual(1)
    // After a split (a new seq) or a merge (one gone), it is the same article.
    expect(long.sameArticleAs(new SentenceLookup(['old:0', 'old:10000', 'old:2'].map(sentence)))).toBe(true)
    expect(long.sameArticleAs(new SentenceLookup(['old:1'].map(sentence)))).toBe(true)
    expect(long.sameArticleAs(new SentenceLookup([]))).toBe(false)
    // Ids that are not article:seq are looked up.
    const plain = new SentenceLookup(['first', 'second'].map(sentence))
    expect(plain.sameArticleAs(new SentenceLookup(['second', 'third'].map(sentence)))).toBe(true)
    expect(plain.sameArticleAs(new SentenceLookup(['third'].map(sentence)))).toBe(false)
  })
})
