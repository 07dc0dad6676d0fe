// Wire copy at the edges: unnamed sources, documents, sentences that must be offered nothing,
// quotations and pronouns that take their source from earlier sentences, and hostile input.
import { describe, expect, it } from 'vitest'
import { suggestAttribution } from '.'
import type { AttributionContext, AttributionSuggestion } from './types'

function first(sentence: string, context: AttributionContext = {}): AttributionSuggestion | undefined {
  return suggestAttribution(sentence, context)[0]
}

/** The words a span highlights. */
function words(sentence: string, span: { start: number; end: number }): string {
  return sentence.slice(span.start, span.end)
}

describe('unnamed sources: named by description, reported through the outlet', () => {
  it.each([
    [
      'Two sources familiar with the matter told Reuters the talks had stalled.',
      { name: 'two sources familiar with the matter', channel: { name: 'Reuters', kind: 'media' } }
    ],
    [
      'People familiar with the matter said the deal could be signed next week.',
      { name: 'people familiar with the matter' }
    ],
    [
      'A senior U.S. official, speaking on condition of anonymity, said the shipment had arrived.',
      { name: 'a senior U.S. official' }
    ],
    ['Officials said the blast was caused by a gas leak.', { name: 'officials', kind: 'anonymous' }],
    ['Sources said the meeting would take place in Istanbul.', { name: 'sources', kind: 'anonymous' }],
    [
      'A source close to the Kremlin said Putin would not attend.',
      { name: 'a source close to the Kremlin', kind: 'anonymous' }
    ],
    [
      'U.S. officials told the Associated Press that the missiles had been delivered.',
      { name: 'U.S. officials', channel: { name: 'the Associated Press', kind: 'media' } }
    ],
    [
      'A spokesman for the ministry said no decision had been taken.',
      { name: 'a spokesman for the ministry', affiliation: 'the ministry', kind: 'government' }
    ],
    [
      'According to people familiar with the matter, the talks collapsed on Friday.',
      { name: 'people familiar with the matter' }
    ]
  ])('%s', (sentence, expected) => {
    expect(first(sentence)).toMatchObject({ role: 'reported', anonymous: true, ...expected })
  })

  it('keeps a quoted unnamed source a direct quotation', () => {
    expect(
      first('“There is no ceasefire,” the official said, speaking on condition of anonymity.')
    ).toMatchObject({
      name: 'the official',
      role: 'direct-quote',
      anonymous: true
    })
  })
})

describe('documents', () => {
  it.each([
    [
      'The ministry’s statement said three soldiers were wounded.',
      { name: 'the ministry', kind: 'government' }
    ],
    [
      'The statement said three soldiers were wounded.',
      { name: 'the statement', kind: 'document', confidence: 'medium' }
    ],
    [
      'According to a report by the United Nations, 12,000 civilians have been killed.',
      { name: 'United Nations', kind: 'organisation' }
    ],
    [
      'The data, published by the Kyiv School of Economics, show losses of $155 billion.',
      { name: 'Kyiv School of Economics', kind: 'organisation' }
    ]
  ])('%s', (sentence, expected) => {
    expect(first(sentence)).toMatchObject({ role: 'document', ...expected })
  })
})

describe('sentences that attribute nothing', () => {
  it.each([
    'The aid package includes long-range weapons.',
    'Said Ahmed was elected mayor.',
    'The spokesman declined to say how many troops were involved.',
    'The report is said to have been written in March.',
    'Reuters could not independently verify the report.',
    'The claims could not be verified.',
    'Russia’s claims were dismissed by Kyiv.',
    'Reports of explosions in Crimea could not be confirmed.',
    'The law was passed by parliament on Tuesday.',
    'The explosion was reportedly heard across the city.',
    'The shelling continued overnight.',
    'The government plans to spend $2 billion on drones.',
    'It was not immediately clear who carried out the attack.',
    'Conflicting Reports on Kursk Region',
    'He said the front line was stable.'
  ])('%s', (sentence) => {
    expect(suggestAttribution(sentence)).toEqual([])
  })
})

describe('continuation from earlier sentences', () => {
  it('names "he" after the nearest earlier source', () => {
    const previous = ['Putin says Russia is ready for talks.']
    expect(first('“We are ready,” he added.', { previous })).toMatchObject({
      name: 'Putin',
      role: 'direct-quote',
      confidence: 'medium'
    })
    const sentence = 'She said the evacuation would continue.'
    const pronoun = first(sentence, { previous: ['“We need more air defence,” Kuleba added.'] })
    expect(pronoun).toMatchObject({ name: 'Kuleba', role: 'paraphrase' })
    expect(words(sentence, pronoun?.nameSpan ?? { start: 0, end: 0 })).toBe('She')
  })

  it('looks past a sentence that is itself "he said", less sure the further it goes', () => {
    const previous = ['Smith said the plan had failed.', 'He added that it would be revised.']
    expect(first('He also said a new one was ready.', { previous })).toMatchObject({
      name: 'Smith',
      confidence: 'low'
    })
  })

  it('continues a quotation only through the sentences of that quotation', () => {
    const previous = ['Smith said the plan had failed.', 'The city was quiet on Sunday.']
    expect(suggestAttribution('“It will not happen again.”', { previous })).toEqual([])
    expect(first('“It will not happen again.”', { previous: previous.slice(0, 1) })).toMatchObject({
      name: 'Smith'
    })
  })
})

describe('where the words are', () => {
  it('highlights the name and the cue', () => {
    const sentence = 'Russia’s Defense Ministry said on Telegram that its forces had repelled an attack.'
    const s = first(sentence)
    expect(s && words(sentence, s.nameSpan)).toBe('Russia’s Defense Ministry')
    expect(s && words(sentence, s.cueSpan)).toBe('said')
    expect(s?.channel && words(sentence, s.channel.span)).toBe('Telegram')
  })

  it('ranks a subordinate clause after the main one', () => {
    const names = suggestAttribution(
      'While Moscow claims its troops advanced, Kyiv says the attack failed.'
    ).map((s) => s.name)
    expect(names).toEqual(['Kyiv', 'Moscow'])
  })

  it('ignores cue words inside a quotation', () => {
    expect(suggestAttribution('“I said no,” Smith said.').map((s) => s.name)).toEqual(['Smith'])
  })

  // How fast this runs is measured by `npm run bench` (attribution.hostile_ms); here, only that it ends.
  it('finishes on long and hostile input', () => {
    const hostile = [
      `${'Alpha '.repeat(20_000)}said.`,
      `${'Alpha Beta, '.repeat(5_000)}said.`,
      `${'Alpha '.repeat(5_000)}${', saying'.repeat(5_000)}.`,
      `according to ${'the Institute for the Study of '.repeat(3_000)}War.`,
      '“'.repeat(10_000) + ' said '.repeat(10_000)
    ]
    for (const sentence of hostile) expect(Array.isArray(suggestAttribution(sentence))).toBe(true)
  })
})
