// The analyser's suggestions as the inspector offers them, from real sentences.
import { describe, expect, it } from 'vitest'
import { suggestAttribution, type RegistryEntry } from '../attribution'
import { expandSuggestions } from './suggest'

function suggest(sentence: string, registry: RegistryEntry[] = []) {
  return expandSuggestions(sentence, suggestAttribution(sentence, { sources: registry }), registry)
}
const names = (sentence: string) => suggest(sentence).map((s) => s.name)

describe('expandSuggestions', () => {
  it('proposes every source of "according to A, B and C", in order, with one role', () => {
    const out = suggest('According to Reuters, AP and AFP, the troops left Kursk.')
    expect(out.map((s) => s.name)).toEqual(['Reuters', 'AP', 'AFP'])
    expect(new Set(out.map((s) => s.role))).toEqual(new Set(['reported']))
    expect(out.map((s) => s.kind)).toEqual(['media', 'media', 'media'])
  })

  it('proposes both sources of "A and B said"', () => {
    expect(names('Zelensky and Macron said the talks were useful.')).toEqual(['Zelensky', 'Macron'])
  })

  it('takes no part of a name the analyser found whole for another member', () => {
    expect(
      names(
        'According to Ukrainian officials and Western intelligence reports, around 12,000 soldiers were deployed.'
      )
    ).toEqual(['Ukrainian officials', 'Western intelligence'])
  })

  it('keeps one source when the sentence names one', () => {
    expect(names('According to Reuters, Russia has withdrawn its troops.')).toEqual(['Reuters'])
    expect(names('The troops have withdrawn, a Ukrainian military official said.')).toEqual([
      'Ukrainian military official'
    ])
  })

  it('strips the article from new names, and keeps it where it is part of the name', () => {
    expect(names('The Russian military said it had repelled the attack.')).toEqual(['Russian military'])
    expect(names('The troops were redeployed, The New York Times reported.')).toEqual(['The New York Times'])
  })

  it('guesses the kind of a new source and says that it is a guess', () => {
    const [military] = suggest('The troops were redeployed, the Armed Forces of Ukraine said.')
    expect(military).toMatchObject({ name: 'Armed Forces of Ukraine', kind: 'military', kindGuessed: true })
    const [ministry] = suggest('The Ministry of Defence said the package was worth $500m.')
    expect(ministry).toMatchObject({ kind: 'government', kindGuessed: true })
    const [official] = suggest('The troops have withdrawn, a Ukrainian military official said.')
    expect(official).toMatchObject({ kind: 'military', description: 'Not named in the text' })
  })

  it('finds list members the registry knows by another name, and guesses nothing for them', () => {
    const registry = [{ id: 'afp', name: 'Agence France-Presse', aliases: ['AFP'] }]
    const known = suggest('According to Reuters, AP and AFP, the troops left.', registry)
    expect(known.map((s) => s.sourceId)).toEqual([undefined, undefined, 'afp'])
    expect(known[2]).toMatchObject({ kindGuessed: false })
  })
})
