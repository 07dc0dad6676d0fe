// List items with no marker are indented lines: they are claims to grade, never headings. A
// heading at the start of its line stays a heading.
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { invariantViolation } from './invariants'
import { listItemLine } from './list-indent'

function kinds(text: string): [string, string][] {
  const segments = segmentSentences(text)
  expect(invariantViolation(text, segments)).toBeNull()
  return segments.map((s) => [s.kind, text.slice(s.start, s.end)])
}

describe('list items without a marker', () => {
  it('are the indented short lines a reader writes, and a heading above them stays a heading', () => {
    const text = [
      'Air defence',
      'The air force said it shot down 71 of 96 drones.',
      listItemLine('Kyiv: 3 substations damaged'),
      listItemLine('Lviv: power cut for 4 hours'),
      'Repairs went on through the night.'
    ].join('\n\n')
    expect(kinds(text)).toEqual([
      ['heading', 'Air defence'],
      ['body', 'The air force said it shot down 71 of 96 drones.'],
      ['list-item', 'Kyiv: 3 substations damaged'],
      ['list-item', 'Lviv: power cut for 4 hours'],
      ['body', 'Repairs went on through the night.']
    ])
  })

  it('may be indented by a tab or by two spaces or more, on consecutive lines too', () => {
    expect(kinds('Casualties\n\tKharkiv region\n    Sumy region')).toEqual([
      ['heading', 'Casualties'],
      ['list-item', 'Kharkiv region'],
      ['list-item', 'Sumy region']
    ])
  })

  it('are not made of a line with a single stray space, nor of an indented sentence or quotation', () => {
    expect(
      kinds(' Power restored in Kyiv\n\n  The grid held overnight, officials said.\n\n  “We are ready”')
    ).toEqual([
      ['heading', 'Power restored in Kyiv'],
      ['body', 'The grid held overnight, officials said.'],
      ['quote', '“We are ready”']
    ])
  })

  it('leave a line with a list marker as it was: the marker is part of the item', () => {
    expect(kinds('• Kyiv: 3 substations damaged\n  - Lviv: power cut')).toEqual([
      ['list-item', '• Kyiv: 3 substations damaged'],
      ['list-item', '- Lviv: power cut']
    ])
  })
})
