// Property tests of the invariants on random and adversarial text.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'
import { invariantViolation } from './invariants'

function check(text: string, language?: string): void {
  const violation = invariantViolation(text, segmentSentences(text, { language }))
  if (violation) throw new Error(`${violation} in ${JSON.stringify(text.slice(0, 200))}`)
}

// Pieces that exercise the rules: terminators, closers, abbreviations, list markers, line breaks.
const PIECES = [
  '.',
  '?',
  '!',
  '…',
  '...',
  '. . .',
  ' ',
  '  ',
  '\n',
  '\r\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2028',
  '\u0085',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '«',
  '»',
  '„',
  '(',
  ')',
  '[',
  ']',
  'Mr.',
  'U.S.',
  'No. 3',
  'a.m.',
  'e.g.',
  'Inc.',
  'J.',
  'I',
  'The',
  'he',
  'said',
  '1.',
  '2)',
  '•',
  '- ',
  'a.',
  '$1.23',
  '3.5%',
  'https://x.com/a?b=c',
  'a@b.co',
  'т. е.',
  'В.',
  'z. B.',
  '3. Oktober',
  '😀',
  '👍🏽',
  'e\u0301',
  '\ud800',
  '\udc00',
  '中文。',
  '؟',
  'Ⅷ.',
  ':',
  ';',
  ','
]
const piece = fc.constantFrom(...PIECES)
const adversarial = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((a) => a.join(''))

describe('segmentation invariants', () => {
  it('hold for empty, blank and punctuation-only text', () => {
    for (const text of [
      '',
      ' ',
      '\n\n',
      '\r\n\r\n',
      '.',
      '...',
      '?!?!',
      '. . . .',
      '“”',
      '• ',
      '1.',
      ' ( ) '
    ]) {
      check(text)
    }
  })

  it('hold for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text)),
      { numRuns: 400 }
    )
  })

  it('hold for sentence-like text built from tricky pieces, in several languages', () => {
    fc.assert(
      fc.property(
        adversarial,
        fc.constantFrom('en', 'de', 'ru', 'uk', 'fr', 'xx-invalid'),
        (text, language) => check(text, language)
      ),
      { numRuns: 600 }
    )
  })

  it('hold for mixed scripts, emoji and combining characters', () => {
    const text =
      'Привіт, світ! Hallo Welt. 你好。 e\u0301te\u0301 😀👍🏽. Dr. Ш. Ок? «Так». Z. B. (см. рис. 3).'
    check(text, 'uk')
    check(text, 'de')
  })

  // Its speed is `segment.one_line_5mb` in `npm run bench`.
  it('hold for one 5 MB line with no newline', () => {
    const unit = 'Col. Smith said U.S. forces moved 3.5 km on Jan. 26 “Why?” he asked. Peace… '
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length))
    const segments = segmentSentences(text)
    expect(invariantViolation(text, segments)).toBeNull()
    expect(segments.length).toBeGreaterThan(100_000)
  })

  it('hold for a long line of one unbroken token', () => {
    check('x'.repeat(50_000))
    check('😀'.repeat(20_000))
    check('a.'.repeat(20_000))
  })
})
