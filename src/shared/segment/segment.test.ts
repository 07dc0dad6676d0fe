import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { invariantViolation } from './invariants'

const samplePath = new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url)

function split(text: string, language?: string): [string, string][] {
  return segmentSentences(text, { language }).map((s) => [s.kind, text.slice(s.start, s.end)])
}

describe('the sample article', () => {
  const text = readFileSync(samplePath, 'utf8')

  it('splits the way an editor would', () => {
    expect(split(text)).toEqual([
      [
        'body',
        'North Korean troops deployed to aid Russia’s offensive in Ukraine have reportedly withdrawn from the Kursk region after suffering heavy losses, a Ukrainian military official told CNN.'
      ],
      [
        'body',
        'Colonel Oleksandr Kindratenko, a spokesperson for Ukraine’s Special Operations Forces, stated that no North Korean troops have been observed on the battlefield for the past three weeks.'
      ],
      [
        'quote',
        '“The presence of DPRK troops has not been observed for about three weeks, and they were probably forced to withdraw after suffering heavy losses,” Kindratenko said.'
      ],
      [
        'body',
        'Ukrainian presidential adviser Mykhailo Podolyak also confirmed reports of North Korean troops leaving the region.'
      ],
      ['heading', 'North Korea’s Military Losses in Russia'],
      [
        'body',
        'According to Ukrainian officials and Western intelligence reports, around 12,000 North Korean soldiers have been deployed to Russia, with an estimated 4,000 killed or injured in combat.'
      ],
      [
        'body',
        'The North Korean troops were reportedly stationed in the Kursk region, where they were aiding Russia’s military efforts against Ukraine.'
      ],
      [
        'body',
        'However, Ukraine’s recent advances in Kursk, as reported by the Institute for the Study of War (ISW) on January 26, may have contributed to their withdrawal.'
      ],
      ['heading', 'Conflicting Reports on Kursk Region'],
      [
        'body',
        'While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.'
      ],
      [
        'body',
        'The exact situation remains unclear as both sides continue to release conflicting statements.'
      ],
      ['heading', 'Sweden Sends Largest Defense Package to Ukraine'],
      [
        'body',
        'Meanwhile, Ukraine has received its largest-ever defense package from Sweden, amounting to $1.23 billion (13.5 billion SEK).'
      ],
      [
        'body',
        'Ukrainian President Volodymyr Zelenskyy expressed gratitude, stating that the aid would help meet Ukraine’s military needs and strengthen its defense capabilities.'
      ],
      ['body', 'Sharing details on X (formerly Twitter), Zelenskyy wrote:'],
      [
        'quote',
        '“We deeply appreciate that this military aid meets the urgent needs of the Ukrainian army and significantly contributes to strengthening our defense capabilities.'
      ],
      ['quote', 'Peace through strength can be achieved.”'],
      [
        'body',
        'The Swedish aid package includes long-range weapons and investments in Ukraine’s weapons production, further boosting Ukraine’s resistance against Russian aggression.'
      ]
    ])
  })

  it('keeps the invariants', () => {
    expect(invariantViolation(text, segmentSentences(text))).toBeNull()
  })
})

describe('conventions', () => {
  it('treats every newline as a hard break, CR LF included', () => {
    expect(
      split('By Jane Smith\r\nKYIV, Ukraine (AP) —\r\nRussia attacked overnight, officials said.')
    ).toEqual([
      ['heading', 'By Jane Smith'],
      ['heading', 'KYIV, Ukraine (AP) —'],
      ['body', 'Russia attacked overnight, officials said.']
    ])
  })

  it('keeps bullets and numbers with their list items', () => {
    expect(split('The package includes:\n• 155mm shells\n• Air defence. It ships now.\n2) Training')).toEqual(
      [
        ['body', 'The package includes:'],
        ['list-item', '• 155mm shells'],
        ['list-item', '• Air defence.'],
        ['list-item', 'It ships now.'],
        ['list-item', '2) Training']
      ]
    )
  })

  it('keeps an attribution after a quoted question with its quote', () => {
    expect(split('“Why?” she asked. “Who knows?” Smith asked. “Now!” The crowd left.')).toEqual([
      ['quote', '“Why?” she asked.'],
      ['quote', '“Who knows?” Smith asked.'],
      ['quote', '“Now!”'],
      ['body', 'The crowd left.']
    ])
  })

  it('does not split at titles, ranks, dates, money or web addresses', () => {
    const text =
      'Lt. Gen. Keith Kellogg met U.S. officials at 10 a.m. on Jan. 26 at No. 10 Downing St. in London. ' +
      'The deal is worth $1.23 billion, see https://example.com/a?b=1 or mail press@example.org. It closed.'
    expect(split(text).map(([, s]) => s)).toEqual([
      'Lt. Gen. Keith Kellogg met U.S. officials at 10 a.m. on Jan. 26 at No. 10 Downing St. in London.',
      'The deal is worth $1.23 billion, see https://example.com/a?b=1 or mail press@example.org.',
      'It closed.'
    ])
  })

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([])
    expect(segmentSentences(' \n\t\r\n ')).toEqual([])
  })
})
