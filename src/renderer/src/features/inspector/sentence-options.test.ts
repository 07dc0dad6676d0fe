import { describe, expect, it } from 'vitest'
import { sentenceOptions } from './sentence-options'

const TEXT = 'Kursk front\n\nTroops WITHDREW on Tuesday. Officials in Kyiv said so. Troops withdrew again.'
const at = (words: string) => TEXT.indexOf(words)
const sentences = [
  { id: 'a:0', index: 0, kind: 'heading' as const, start: 0, end: 11 },
  { id: 'a:1', index: 1, kind: 'body' as const, start: at('Troops WITHDREW'), end: at(' Officials') },
  { id: 'a:2', index: 2, kind: 'body' as const, start: at('Officials'), end: at(' Troops withdrew again') },
  { id: 'a:3', index: 3, kind: 'body' as const, start: at('Troops withdrew again'), end: TEXT.length }
]

describe('the link picker’s sentence options', () => {
  it('number each sentence but the headings', () => {
    const { options } = sentenceOptions(TEXT, sentences)
    expect(options).toEqual([
      { value: 'a:1', label: '2. Troops WITHDREW on Tuesday.' },
      { value: 'a:2', label: '3. Officials in Kyiv said so.' },
      { value: 'a:3', label: '4. Troops withdrew again.' }
    ])
  })

  it('show what the index found, in its order, and only sentences of the article that are offered', () => {
    const { pick } = sentenceOptions(TEXT, sentences)
    expect(pick('withdrew', ['a:3', 'a:1'], 40).map((o) => o.value)).toEqual(['a:3', 'a:1'])
    // A heading, or a sentence of another article, is not a link target here.
    expect(pick('kursk', ['a:0', 'b:7'], 40)).toEqual([])
    expect(pick('troops', ['a:1', 'a:3'], 1).map((o) => o.value)).toEqual(['a:1'])
    // Until the index answers, nothing stale is shown.
    expect(pick('kyiv', null, 40)).toEqual([])
  })

  it('pick a sentence by its number, and show the first ones when nothing is typed', () => {
    const { pick } = sentenceOptions(TEXT, sentences)
    expect(pick('3.', null, 40).map((o) => o.value)).toEqual(['a:2'])
    expect(pick(' 4 ', null, 40).map((o) => o.value)).toEqual(['a:3'])
    // The heading's number is no option: the number is searched as words instead.
    expect(pick('1', ['a:2'], 40).map((o) => o.value)).toEqual(['a:2'])
    expect(pick('', null, 2).map((o) => o.value)).toEqual(['a:1', 'a:2'])
  })

  it('shorten a long sentence in its label', () => {
    const long = `${'word '.repeat(40)}end.`
    const { options } = sentenceOptions(long, [
      { id: 'b:0', index: 0, kind: 'body', start: 0, end: long.length }
    ])
    expect(options[0].label).toHaveLength('1. '.length + 90)
    expect(options[0].label.endsWith('…')).toBe(true)
  })
})
