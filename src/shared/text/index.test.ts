import { describe, expect, it } from 'vitest'
import { anchorQuote, normaliseText, quoteSelector } from './index'

const KURSK =
  'North Korean troops deployed to aid Russia’s offensive in Ukraine have reportedly withdrawn from the Kursk region after suffering heavy losses, a Ukrainian military official told CNN.\n' +
  'Colonel Oleksandr Kindratenko, a spokesperson for Ukraine’s Special Operations Forces, stated that no North Korean troops have been observed on the battlefield for the past three weeks.\n' +
  'North Korea’s Military Losses in Russia\n' +
  'Conflicting Reports on Kursk Region\n' +
  'While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.'

describe('normaliseText', () => {
  it('turns CRLF and lone CR into \\n and strips the byte-order mark', () => {
    expect(
      normaliseText('\uFEFFConflicting Reports on Kursk Region\r\nWhile Ukraine claims…\rMeanwhile')
    ).toBe('Conflicting Reports on Kursk Region\nWhile Ukraine claims…\nMeanwhile')
  })

  it('composes NFD input to NFC', () => {
    const nfd = 'Zelenskyy thanked the Sve\u0301nska Dagbladet reporter'
    const out = normaliseText(nfd)
    expect(out).toBe('Zelenskyy thanked the Svénska Dagbladet reporter')
    expect(out).toHaveLength(nfd.length - 1)
  })

  it('trims trailing spaces per line, keeps single newlines, collapses runs of blank lines', () => {
    const raw =
      '  \nSweden Sends Largest Defense Package to Ukraine  \t\n\n\n\nMeanwhile, Ukraine has received…\nSharing details on X \n\n'
    expect(normaliseText(raw)).toBe(
      'Sweden Sends Largest Defense Package to Ukraine\n\nMeanwhile, Ukraine has received…\nSharing details on X'
    )
  })

  it('keeps one blank line as a paragraph break, and treats whitespace-only lines as blank', () => {
    expect(normaliseText('One.\n\nTwo.')).toBe('One.\n\nTwo.')
    expect(normaliseText('One.\n \t \n   \nTwo.')).toBe('One.\n\nTwo.')
  })

  it('maps Unicode line and paragraph separators to newlines', () => {
    expect(normaliseText('One.\u2028Two.\u2029Three.')).toBe('One.\nTwo.\n\nThree.')
  })

  it('is idempotent', () => {
    const raw = '\uFEFF Cafe\u0301 \r\n\r\n\r\n\r\nnext  '
    expect(normaliseText(normaliseText(raw))).toBe(normaliseText(raw))
  })
})

describe('quoteSelector', () => {
  it('takes the words with up to `context` characters either side', () => {
    const start = KURSK.indexOf('While Ukraine')
    const end = KURSK.indexOf(' the Russian military')
    const selector = quoteSelector(KURSK, start, end, 12)
    expect(selector).toEqual({
      exact: 'While Ukraine claims it has made territorial gains in Kursk,',
      prefix: 'ursk Region\n',
      suffix: ' the Russian'
    })
  })

  it('omits an empty prefix or suffix at the ends of the text', () => {
    const selector = quoteSelector('Peace through strength.', 0, 23)
    expect(selector).toEqual({ exact: 'Peace through strength.' })
  })

  it('never cuts an emoji in half', () => {
    const text = 'Zelenskyy wrote 🇺🇦 on X. Thanks 🙏 Sweden'
    const start = text.indexOf('on X.')
    const end = start + 'on X.'.length
    // Two units before `on` is the low half of 🇦: the prefix starts after it.
    expect(quoteSelector(text, start, end, 2).prefix).toBe(' ')
    expect(quoteSelector(text, start, end, 3).prefix).toBe('🇦 ')
    // Nine units after `X.` is the high half of 🙏: the suffix stops before it.
    expect(quoteSelector(text, start, end, 9).suffix).toBe(' Thanks ')
    expect(quoteSelector(text, start, end, 10).suffix).toBe(' Thanks 🙏')
  })

  it('refuses a range outside the text', () => {
    expect(() => quoteSelector('short', 2, 9)).toThrow(RangeError)
  })
})

describe('anchorQuote', () => {
  const sentence =
    'While Ukraine claims it has made territorial gains in Kursk, the Russian military asserts that it has recaptured the region.'
  const start = KURSK.indexOf(sentence)
  const hint = { start, end: start + sentence.length }
  const selector = quoteSelector(KURSK, hint.start, hint.end)

  it('uses the hint when the exact words are still there', () => {
    expect(anchorQuote(KURSK, selector, hint)).toEqual(hint)
  })

  it('finds the words again after text was inserted before them', () => {
    const edited = 'Updated 27 January.\n' + KURSK
    expect(anchorQuote(edited, selector, hint)).toEqual({
      start: start + 20,
      end: start + 20 + sentence.length
    })
  })

  it('finds the words again when the lines were re-wrapped', () => {
    const wrapped = KURSK.replace('gains in Kursk, the', 'gains in\nKursk,  the')
    const range = anchorQuote(wrapped, selector, hint)
    expect(range).not.toBeNull()
    expect(wrapped.slice(range!.start, range!.end)).toBe(sentence.replace('in Kursk,', 'in\nKursk, '))
  })

  it('returns null (an orphan) when the words are gone', () => {
    const edited = KURSK.replace('has recaptured', 'claims to have retaken')
    expect(anchorQuote(edited, selector, hint)).toBeNull()
    expect(anchorQuote(KURSK, { exact: '' })).toBeNull()
  })

  it('picks the occurrence whose prefix and suffix fit', () => {
    const text = 'Kindratenko said: “They withdrew.” Podolyak said: “They withdrew.” ISW disagreed.'
    const second = text.lastIndexOf('They withdrew.')
    const sel = quoteSelector(text, second, second + 14, 10)
    expect(anchorQuote('Update. ' + text, sel)).toEqual({ start: second + 8, end: second + 8 + 14 })
  })

  it('refuses to guess between two equally good places without a hint', () => {
    const text = 'They withdrew. They withdrew.'
    expect(anchorQuote(text, { exact: 'They withdrew.' })).toBeNull()
    // With a hint, the nearer one is the same words in the same place.
    expect(anchorQuote(text, { exact: 'They withdrew.' }, { start: 14, end: 28 })).toEqual({
      start: 15,
      end: 29
    })
  })

  it('counts offsets in UTF-16 units, so emoji before the quote shift it by two', () => {
    const text = '🇺🇦 Peace through strength can be achieved.'
    const range = anchorQuote(text, { exact: 'Peace through strength', prefix: '🇺🇦 ' })
    expect(range).toEqual({ start: 5, end: 27 })
    expect(text.slice(range!.start, range!.end)).toBe('Peace through strength')
  })
})
