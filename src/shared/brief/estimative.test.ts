import { describe, expect, it } from 'vitest'
import {
  confidenceWords,
  likelihoodWords,
  nonStandardLikelihoodWords,
  SEVEN_TERMS,
  sentencesOf
} from './estimative'

describe('estimative words', () => {
  it('accepts the seven terms and the adverb of “almost certain”, whatever their case', () => {
    for (const text of [
      'North Korean units have almost certainly left Kursk.',
      'A return before spring is Very Unlikely.',
      'There is almost no chance of a ceasefire.',
      'It is a roughly even chance that Seoul confirms the figure.',
      'Pyongyang will likely send replacements.'
    ]) {
      expect(nonStandardLikelihoodWords(text), text).toEqual([])
      expect(likelihoodWords(text), text).not.toEqual([])
    }
  })

  it('names hedges outside the seven terms as written, once each, in reading order', () => {
    expect(
      nonStandardLikelihoodWords(
        'The units possibly withdrew, and Moscow could deny it; we believe they MIGHT return, possibly soon.'
      )
    ).toEqual(['possibly', 'could', 'we believe', 'might'])
    expect(nonStandardLikelihoodWords('Perhaps it is probably over; Kyiv may say so.')).toEqual([
      'perhaps',
      'probably',
      'may'
    ])
    expect(nonStandardLikelihoodWords('A strike is highly likely.')).toEqual(['highly likely'])
    expect(nonStandardLikelihoodWords('There is an even chance of talks.')).toEqual(['chance'])
  })

  it('matches whole words only: “mayor”, “couldn’t-care” and “likelihood” are not hedges', () => {
    expect(nonStandardLikelihoodWords('The mayor of Sudzha left; the likelihood is unclear.')).toEqual([])
    expect(nonStandardLikelihoodWords('Officials couldn’t confirm it.')).toEqual([])
  })

  it('leaves the month May and the noun “might” alone', () => {
    expect(nonStandardLikelihoodWords('The units left Kursk in May.')).toEqual([])
    expect(nonStandardLikelihoodWords('The units left on 5 May and returned on May 20.')).toEqual([])
    expect(nonStandardLikelihoodWords('Russia used its military might against Sudzha.')).toEqual([])
    expect(nonStandardLikelihoodWords('May brings a new offensive, and Russia may strike.')).toEqual(['may'])
  })

  it('finds words of confidence, but not confidence-building measures', () => {
    expect(confidenceWords('We assess with high confidence that the units left.')).toEqual([
      'high confidence'
    ])
    expect(confidenceWords('We are confident, with Moderate-confidence sourcing.')).toEqual([
      'confident',
      'moderate confidence'
    ])
    expect(confidenceWords('Both sides agreed confidence-building measures.')).toEqual([])
    expect(confidenceWords('North Korean units have likely left the Kursk front.')).toEqual([])
  })

  it('splits what the analyst wrote into sentences with the article segmenter', () => {
    expect(
      sentencesOf('We have high confidence in the ISW maps. The U.S. assessment is likely right.')
    ).toEqual(['We have high confidence in the ISW maps.', 'The U.S. assessment is likely right.'])
  })

  it('lists the seven terms to suggest them', () => {
    expect(SEVEN_TERMS).toBe(
      'almost no chance, very unlikely, unlikely, roughly even chance, likely, very likely, almost certain'
    )
  })
})
