// A plain-text article's headline and byline are taken as its title and author only when they
// clearly are one; a first line that is a sentence stays text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bylineNames, readsAsHeadline, splitTopLines } from './headline'

const BODY = 'North Korean troops have left the Kursk region, Ukrainian officials said on Friday.'

describe('splitTopLines', () => {
  it('takes a short first line set apart by a blank line as the title, out of the text', () => {
    expect(splitTopLines(`North Korean troops withdraw from Kursk\n\n${BODY}\n`)).toEqual({
      title: 'North Korean troops withdraw from Kursk',
      author: undefined,
      text: `${BODY}\n`
    })
  })

  it('takes a "By …" line under the headline as the byline, names joined', () => {
    expect(
      splitTopLines(`Sweden sends new defence package to Kyiv\nBy Anna Lindqvist and Jan de Vries\n\n${BODY}`)
    ).toEqual({
      title: 'Sweden sends new defence package to Kyiv',
      author: 'Anna Lindqvist, Jan de Vries',
      text: BODY
    })
    // A question is a headline too, and the byline may follow a blank line of its own.
    expect(splitTopLines(`Will the grid hold this winter?\n\nBy Olena Harmash\n\n${BODY}`)).toEqual({
      title: 'Will the grid hold this winter?',
      author: 'Olena Harmash',
      text: BODY
    })
  })

  it('keeps a first line that is a sentence, or runs straight into the text, as text', () => {
    const sentence = `${BODY}\n\nThe withdrawal began in March.`
    expect(splitTopLines(sentence)).toEqual({ text: sentence })
    const runOn = `Troops left Kursk on Friday\nand officials said the withdrawal was complete.`
    expect(splitTopLines(runOn)).toEqual({ text: runOn })
    const colon = `Officials said:\n\n“The troops are gone.”`
    expect(splitTopLines(colon)).toEqual({ text: colon })
    expect(splitTopLines('Kursk withdrawal')).toEqual({ text: 'Kursk withdrawal' })
  })
})

describe('bylineNames', () => {
  it('reads names and refuses sentences that start with "By"', () => {
    expect(bylineNames('By Olena Harmash')).toBe('Olena Harmash')
    expect(bylineNames('by Reuters Staff & AP')).toBe('Reuters Staff, AP')
    expect(bylineNames('By Tuesday the convoy had left Kursk')).toBeUndefined()
    expect(bylineNames('By the time the convoy left, the town was empty.')).toBeUndefined()
    expect(bylineNames('By Olena Harmash.')).toBeUndefined()
  })
})

/** The top lines as taken from the whole text split into lines (splitTopLines reads only the first). */
function splitWhole(text: string): ReturnType<typeof splitTopLines> {
  const lines = text.split('\n')
  let i = 0
  while (i < lines.length && !lines[i]!.trim()) i++
  const first = i
  let title: string | undefined
  let author: string | undefined
  const next = first + 1
  const nextIsBlank = next < lines.length && !lines[next]!.trim()
  const nextByline = next < lines.length ? bylineNames(lines[next]!) : undefined
  const restHasText = lines.slice(next).some((line) => line.trim() && !bylineNames(line))
  if (first < lines.length && restHasText && readsAsHeadline(lines[first]!) && (nextIsBlank || nextByline)) {
    title = lines[first]!.trim()
    i = next
    let byline = i
    while (byline < lines.length && !lines[byline]!.trim()) byline++
    author = byline < lines.length ? bylineNames(lines[byline]!) : undefined
    if (author) i = byline + 1
  } else if (first < lines.length) {
    author = bylineNames(lines[first]!)
    if (author) i = next
  }
  if (i === first) return { text }
  return {
    title,
    author,
    text: lines
      .slice(i)
      .join('\n')
      .replace(/^\s*\n/, '')
  }
}

describe('splitTopLines over any text', () => {
  it('takes the same title, author and text as a reading of the whole text split into lines', () => {
    const line = fc.constantFrom(
      '',
      ' ',
      '\t',
      'Troops withdraw from Kursk',
      'By Anna Lindqvist',
      'By Tuesday the convoy had left.',
      'by Jan de Vries and Olga Petrenko',
      BODY,
      'A headline, with a comma,',
      'Officials said so.'
    )
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), fc.boolean(), (lines, trailing) => {
        const text = lines.join('\n') + (trailing ? '\n' : '')
        expect(splitTopLines(text)).toEqual(splitWhole(text))
      }),
      { numRuns: 2000 }
    )
  })
})
