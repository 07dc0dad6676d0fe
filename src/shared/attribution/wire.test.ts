// Small cases from realistic wire copy (Reuters, AP, CNN, Kyiv Independent style): people with
// their titles, institutions, outlets and states, and what the analyst should be offered for each.
import { describe, expect, it } from 'vitest'
import { suggestAttribution } from '.'
import type { AttributionContext, AttributionSuggestion } from './types'

function first(sentence: string, context: AttributionContext = {}): AttributionSuggestion | undefined {
  return suggestAttribution(sentence, context)[0]
}

describe('named people and their titles', () => {
  it.each([
    [
      'Kremlin spokesman Dmitry Peskov told reporters that no decision had been made.',
      {
        name: 'Dmitry Peskov',
        kind: 'person',
        role: 'paraphrase',
        affiliation: 'Kremlin',
        description: 'Kremlin spokesman',
        channel: { name: 'reporters' }
      }
    ],
    [
      '“We will not stop,” said Andriy Yermak, head of the presidential office.',
      {
        name: 'Andriy Yermak',
        role: 'direct-quote',
        kind: 'person',
        description: 'head of the presidential office',
        affiliation: 'the presidential office'
      }
    ],
    [
      'The strike killed at least 12 people, according to regional governor Oleh Syniehubov.',
      { name: 'Oleh Syniehubov', role: 'reported', kind: 'person', description: 'regional governor' }
    ],
    [
      'Dmytro Kuleba, Ukraine’s foreign minister, said the talks were constructive.',
      { name: 'Dmytro Kuleba', kind: 'person', description: 'Ukraine’s foreign minister' }
    ],
    [
      'The head of Ukraine’s military intelligence, Kyrylo Budanov, said Russia was preparing an offensive.',
      { name: 'Kyrylo Budanov', kind: 'person', affiliation: 'Ukraine’s military intelligence' }
    ],
    [
      '“This is a turning point,” NATO Secretary General Mark Rutte told a news conference in Brussels.',
      {
        name: 'Mark Rutte',
        role: 'direct-quote',
        description: 'NATO Secretary General',
        channel: { name: 'a news conference' }
      }
    ],
    [
      'Speaking to reporters in Kyiv, Defence Minister Rustem Umerov said the troops were ready.',
      { name: 'Rustem Umerov', kind: 'person', description: 'Defence Minister' }
    ],
    [
      'In a Telegram post, Ihor Terekhov, the mayor of Kharkiv, said two people were injured.',
      {
        name: 'Ihor Terekhov',
        kind: 'person',
        description: 'mayor of Kharkiv',
        channel: { name: 'Telegram', kind: 'social-media' }
      }
    ],
    [
      'Ukraine’s Foreign Ministry spokesperson Heorhii Tykhyi told journalists the report was false.',
      { name: 'Heorhii Tykhyi', affiliation: 'Ukraine’s Foreign Ministry' }
    ],
    [
      '“The situation is difficult but under control,” said Serhii Bratchuk, spokesperson for the Southern Defense Forces.',
      { name: 'Serhii Bratchuk', role: 'direct-quote', affiliation: 'the Southern Defense Forces' }
    ],
    [
      'President Joe Biden told reporters at the White House that he would speak with Zelenskyy.',
      { name: 'Joe Biden', kind: 'person', description: 'President' }
    ],
    [
      'Oleksandr Syrskyi, commander-in-chief of Ukraine’s armed forces, wrote on Facebook that the situation was tense.',
      { name: 'Oleksandr Syrskyi', kind: 'person', channel: { name: 'Facebook', kind: 'social-media' } }
    ],
    [
      'Russian military blogger Rybar wrote on Telegram that the front had collapsed.',
      { name: 'Rybar', kind: 'person', description: 'Russian military blogger' }
    ],
    [
      'Zelenskyy says Ukraine will not cede territory.',
      { name: 'Zelenskyy', role: 'paraphrase', confidence: 'high' }
    ],
    ['“We need more air defence,” Kuleba added.', { name: 'Kuleba', role: 'direct-quote' }],
    ['Zelenskyy wrote: “We will never give up.”', { name: 'Zelenskyy', role: 'direct-quote' }],
    [
      'The governor told local media the fire had been extinguished.',
      { name: 'the governor', kind: 'person', channel: { name: 'local media', kind: 'media' } }
    ]
  ])('%s', (sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected)
  })
})

describe('institutions, outlets and states', () => {
  it.each([
    [
      'Russian forces launched 90 drones overnight, Ukraine’s air force said on Monday.',
      { name: 'Ukraine’s air force', kind: 'military', role: 'paraphrase' }
    ],
    [
      'The Pentagon said in a statement that the package would be delivered within weeks.',
      { name: 'Pentagon', kind: 'military', channel: { name: 'a statement', kind: 'document' } }
    ],
    [
      'Russia’s Defence Ministry claimed its forces had captured the village.',
      { name: 'Russia’s Defence Ministry', kind: 'government' }
    ],
    [
      "Ukraine's General Staff reported 120 clashes along the front line.",
      { name: "Ukraine's General Staff", kind: 'military', role: 'reported' }
    ],
    [
      'The Kyiv Independent reported that the bridge was damaged.',
      { name: 'Kyiv Independent', kind: 'media', role: 'reported' }
    ],
    [
      'Russian state news agency TASS reported that the talks would resume.',
      { name: 'TASS', kind: 'media', role: 'reported', description: 'Russian state news agency' }
    ],
    [
      'The strike was confirmed by the Ukrainian military.',
      { name: 'the Ukrainian military', kind: 'military' }
    ],
    [
      'In a statement, the company said it would cooperate with investigators.',
      { name: 'the company', kind: 'organisation', channel: { name: 'a statement' } }
    ],
    [
      'The White House announced a new $500 million aid package on Thursday.',
      { name: 'White House', kind: 'government' }
    ],
    ['The Kremlin has repeatedly said it wants guarantees.', { name: 'Kremlin', kind: 'government' }],
    [
      'The army said in a Facebook post that a strike had hit the depot.',
      { name: 'the army', kind: 'military', channel: { name: 'Facebook', kind: 'social-media' } }
    ],
    ['The IAEA said radiation levels remained normal.', { name: 'IAEA', kind: 'organisation' }],
    [
      'Prices rose 3% in May, the statistics office said.',
      { name: 'the statistics office', kind: 'government' }
    ],
    [
      'Ukraine’s Security Service (SBU) said it had detained a Russian agent.',
      { name: 'Ukraine’s Security Service', alias: 'SBU', kind: 'intelligence' }
    ],
    [
      'Russia asserts that its forces control the town.',
      { name: 'Russia', kind: 'government', role: 'paraphrase' }
    ],
    [
      'The Ukrainian navy announced it had struck a Russian landing ship.',
      { name: 'the Ukrainian navy', kind: 'military' }
    ],
    [
      'According to the U.S. Department of Defense, the package is worth $1 billion.',
      { name: 'U.S. Department of Defense', role: 'reported', kind: 'government' }
    ],
    [
      'Analysts at the Institute for the Study of War (ISW) assessed that Russian forces were regrouping.',
      { name: 'analysts at the Institute for the Study of War', anonymous: true, alias: 'ISW' }
    ]
  ])('%s', (sentence, expected) => {
    expect(first(sentence)).toMatchObject(expected)
  })
})
