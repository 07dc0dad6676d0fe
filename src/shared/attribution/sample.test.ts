// The ground truth: the sample article that ships with the app, every sentence, in reading order,
// with the suggestion an analyst would accept (or none).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '../segment'
import { suggestAttribution } from '.'
import type { AttributionSuggestion } from './types'

const text = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const sentences = segmentSentences(text).map((s) => text.slice(s.start, s.end))

function suggestionsFor(index: number): AttributionSuggestion[] {
  return suggestAttribution(sentences[index], { previous: sentences.slice(0, index) })
}

/** What the inspector shows: name, role, kind, confidence, and the words it highlights. */
function shown(index: number): object[] {
  const sentence = sentences[index]
  return suggestionsFor(index).map((s) => ({
    name: s.name,
    role: s.role,
    kind: s.kind,
    confidence: s.confidence,
    named: sentence.slice(s.nameSpan.start, s.nameSpan.end),
    cue: sentence.slice(s.cueSpan.start, s.cueSpan.end)
  }))
}

describe('the sample article, sentence by sentence', () => {
  it('has the 18 sentences these expectations were written for', () => {
    expect(sentences).toHaveLength(18)
  })

  it('0: an unnamed military official who told CNN — CNN is the channel, not the source', () => {
    expect(shown(0)).toEqual([
      {
        name: 'a Ukrainian military official',
        role: 'reported',
        kind: 'military',
        confidence: 'high',
        named: 'a Ukrainian military official',
        cue: 'told'
      }
    ])
    expect(suggestionsFor(0)[0]).toMatchObject({ anonymous: true, channel: { name: 'CNN', kind: 'media' } })
  })

  it('1: Kindratenko, with his rank and whom he speaks for', () => {
    expect(shown(1)).toEqual([
      {
        name: 'Oleksandr Kindratenko',
        role: 'paraphrase',
        kind: 'person',
        confidence: 'high',
        named: 'Oleksandr Kindratenko',
        cue: 'stated'
      }
    ])
    expect(suggestionsFor(1)[0]).toMatchObject({
      affiliation: 'Ukraine’s Special Operations Forces',
      description: 'Colonel, spokesperson for Ukraine’s Special Operations Forces'
    })
  })

  it('2: a quotation attributed after it', () => {
    expect(shown(2)).toEqual([
      {
        name: 'Kindratenko',
        role: 'direct-quote',
        kind: 'person',
        confidence: 'high',
        named: 'Kindratenko',
        cue: 'said'
      }
    ])
  })

  it('3: Podolyak, his title kept apart from his name', () => {
    expect(shown(3)).toEqual([
      {
        name: 'Mykhailo Podolyak',
        role: 'paraphrase',
        kind: 'person',
        confidence: 'high',
        named: 'Mykhailo Podolyak',
        cue: 'confirmed'
      }
    ])
    expect(suggestionsFor(3)[0].description).toBe('Ukrainian presidential adviser')
  })

  it('4, 8, 11: headings attribute nothing ("Conflicting Reports" is the noun)', () => {
    expect(shown(4)).toEqual([])
    expect(shown(8)).toEqual([])
    expect(shown(11)).toEqual([])
  })

  it('5: "according to" with two sources, the second a document', () => {
    expect(shown(5)).toEqual([
      {
        name: 'Ukrainian officials',
        role: 'reported',
        kind: 'anonymous',
        confidence: 'high',
        named: 'Ukrainian officials',
        cue: 'According to'
      },
      {
        name: 'Western intelligence',
        role: 'document',
        kind: 'intelligence',
        confidence: 'high',
        named: 'Western intelligence',
        cue: 'According to'
      }
    ])
  })

  it('6: "reportedly" alone names no one', () => {
    expect(shown(6)).toEqual([])
  })

  it('7: ISW, as reported by, with the acronym the text gives it', () => {
    expect(shown(7)).toEqual([
      {
        name: 'Institute for the Study of War',
        role: 'reported',
        kind: 'organisation',
        confidence: 'high',
        named: 'Institute for the Study of War',
        cue: 'reported'
      }
    ])
    expect(suggestionsFor(7)[0].alias).toBe('ISW')
  })

  it('9: both sides of a contested claim, the main clause first', () => {
    expect(shown(9)).toEqual([
      {
        name: 'the Russian military',
        role: 'paraphrase',
        kind: 'military',
        confidence: 'high',
        named: 'the Russian military',
        cue: 'asserts'
      },
      {
        name: 'Ukraine',
        role: 'paraphrase',
        kind: 'government',
        confidence: 'medium',
        named: 'Ukraine',
        cue: 'claims'
      }
    ])
  })

  it('10, 12, 17: narration attributes nothing', () => {
    expect(shown(10)).toEqual([])
    expect(shown(12)).toEqual([])
    expect(shown(17)).toEqual([])
  })

  it('13: a participle ("stating that") borrows the subject of its clause', () => {
    expect(shown(13)).toEqual([
      {
        name: 'Volodymyr Zelenskyy',
        role: 'paraphrase',
        kind: 'person',
        confidence: 'medium',
        named: 'Volodymyr Zelenskyy',
        cue: 'stating'
      }
    ])
    expect(suggestionsFor(13)[0].description).toBe('Ukrainian President')
  })

  it('14: "Zelenskyy wrote:" opens a quotation posted on X', () => {
    expect(shown(14)).toEqual([
      {
        name: 'Zelenskyy',
        role: 'direct-quote',
        kind: 'person',
        confidence: 'high',
        named: 'Zelenskyy',
        cue: 'wrote'
      }
    ])
    expect(suggestionsFor(14)[0].channel).toMatchObject({ name: 'X', kind: 'social-media' })
  })

  it('15, 16: the quotation runs on over two sentences, still Zelenskyy', () => {
    for (const index of [15, 16]) {
      expect(shown(index)).toEqual([
        {
          name: 'Zelenskyy',
          role: 'direct-quote',
          kind: 'person',
          confidence: 'medium',
          named: '',
          cue: expect.stringMatching(/^[“”]$/)
        }
      ])
    }
  })

  it('matches the registry: Kindratenko by surname, ISW by alias, Zelenskyy by name', () => {
    const sources = [
      { id: 'kindratenko', name: 'Col. Oleksandr Kindratenko', aliases: [] },
      { id: 'isw', name: 'Institute for the Study of War', aliases: ['ISW'] },
      { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'] },
      { id: 'podolyak', name: 'Mykhailo Podolyak', aliases: [] }
    ]
    const ids = sentences.map((s, i) =>
      suggestAttribution(s, { previous: sentences.slice(0, i), sources }).map((x) => x.sourceId)
    )
    expect(ids[1]).toEqual(['kindratenko'])
    expect(ids[2]).toEqual(['kindratenko'])
    expect(ids[3]).toEqual(['podolyak'])
    expect(ids[7]).toEqual(['isw'])
    expect(ids[13]).toEqual(['zelenskyy'])
    expect(ids[14]).toEqual(['zelenskyy'])
    expect(ids[16]).toEqual(['zelenskyy'])
    expect(ids[0]).toEqual([undefined])
  })

  // Speed over the whole article is `attribution.sample_article_ms` in `npm run bench`.
  it('gives the same suggestions when asked again with the same history', () => {
    const once = sentences.map((s, i) => suggestAttribution(s, { previous: sentences.slice(0, i) }))
    const again = sentences.map((s, i) => suggestAttribution(s, { previous: sentences.slice(0, i) }))
    expect(again).toEqual(once)
  })
})
