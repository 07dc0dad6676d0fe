// The breaks plain-breaks.ts computes must be exactly ICU's: character by character in the contexts
// its classes decide, on random text built from those characters, and on the news sets.
import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isLineBreak } from './chars'
import { icuBreaks, sentenceBreaks } from './icu-breaks'
import { plainLineBreaks } from './plain-breaks'

/** Breaks strictly inside lines, the only ones segmentation uses: not at a line's start or end. */
function inside(text: string, breaks: readonly number[]): number[] {
  return breaks.filter(
    (at) =>
      at > 0 && at < text.length && !isLineBreak(text.charCodeAt(at - 1)) && !isLineBreak(text.charCodeAt(at))
  )
}

function icuInside(text: string, language = 'en'): number[] {
  return inside(text, icuBreaks(text, language))
}

/** Where plain-breaks.ts disagrees with ICU on a one-line text it claims to decide, or null. */
function plainDisagrees(line: string): string | null {
  const plain: number[] = []
  if (plainLineBreaks(line, 0, plain) < 0) return null
  const icu = icuInside(line)
  return JSON.stringify(plain) === JSON.stringify(icu)
    ? null
    : `${JSON.stringify(line)}: plain ${JSON.stringify(plain)}, ICU ${JSON.stringify(icu)}`
}

// Each puts the character X where one of the rules looks: after a terminator (SB9, SB10, SB11),
// after the spaces (SB8a), on the way to the next letter (SB8), around the period (SB6, SB7).
const TEMPLATES = [
  'ab.X Cd',
  'ab.XCd',
  'ab!X Cd',
  'ab.” X Cd',
  'ab. X Cd',
  'ab. X cd',
  'ab. Xcd',
  'ab. 1X',
  'ab? X cd',
  'X.Cd',
  'aX. Cd',
  'abX Cd',
  'ab.X',
  'ab. X'
]

function* codePoints(): Generator<string> {
  const ranges: [number, number][] = [
    [0x20, 0x2fff],
    [0x3000, 0x303f],
    [0xfe00, 0xfffd],
    [0x1d400, 0x1d420],
    [0x1f1e0, 0x1f1ff],
    [0x1f300, 0x1f6ff],
    [0x1f900, 0x1faff]
  ]
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      if (isLineBreak(code)) continue
      yield String.fromCodePoint(code)
    }
  }
}

// Characters of every class the module knows, a few it leaves to ICU, and multi-character pieces.
const PIECES = [
  ...'.!?.!? ,;:-"\'()[]{}aBzZ09#$%/@_\t\u000b\u00a0\u2009\u202f',
  ...'«»“”‘’„‚‹›–—…•€£°§¡¿×ªµßÄäÉéŁłЖжЇїҐґІі',
  ...['😀', '🇺🇦', '👍🏽', '\u0301', '\u00ad', '\u200d', '\u2024', '。', '‼', '؟', '\u0085', '\ud800', '\udc00'],
  ...[
    'Mr. ',
    'U.S.',
    'e.g.',
    'No. 3',
    '3.5',
    '...',
    '. . .',
    '?!',
    '.”',
    '!)',
    '\n',
    '\r\n',
    '\r',
    '\u2028',
    '\u2029'
  ]
]

describe('plain sentence breaks', () => {
  it('agree with ICU for every character in the contexts the rules look at', () => {
    const disagreements: string[] = []
    for (const char of codePoints()) {
      for (const template of TEMPLATES) {
        const problem = plainDisagrees(template.replace('X', char))
        if (problem) disagreements.push(problem)
      }
    }
    expect(disagreements.slice(0, 60)).toEqual([])
  })

  it('agree with ICU on random text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }).map((a) => a.join('')),
        fc.constantFrom('en', 'de', 'ru', 'uk'),
        (text, language) => {
          const codes = [...text].map((c) => c.codePointAt(0)?.toString(16)).join(' ')
          expect(inside(text, sentenceBreaks(text, language)), codes).toEqual(icuInside(text, language))
        }
      ),
      { numRuns: 3000 }
    )
  })

  it('agree with ICU on the news sets and the Golden Rules', () => {
    const dataDir = new URL('../../../bench/data/', import.meta.url)
    for (const file of readdirSync(dataDir).filter((name) => name.endsWith('.json'))) {
      const cases = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as {
        text: string
        language?: string
      }[]
      for (const { text, language = 'en' } of cases) {
        expect(inside(text, sentenceBreaks(text, language))).toEqual(icuInside(text, language))
      }
    }
  })

  it('leave to ICU what they cannot tell', () => {
    for (const line of ['a.\u0301 B', 'a. Ⓐb', 'a.\u2024 B', 'a 。b', 'a.\u00ad B', 'a\u0085b']) {
      expect(plainLineBreaks(line, 0, [])).toBeLessThan(0)
    }
  })
})
