// UTF-8 damage is counted as TextDecoder replaces it, and placed where an editor shows it.
import { describe, expect, it } from 'vitest'
import { checkUtf8, meantAsUtf8 } from './utf8'

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))
const replacements = (b: Uint8Array) => [...new TextDecoder().decode(b)].filter((c) => c === '\uFFFD').length

describe('checkUtf8', () => {
  it('finds nothing in valid UTF-8 and counts its multi-byte characters', () => {
    expect(checkUtf8(bytes('Gdańsk — “historic” 🇺🇦'))).toEqual({
      invalidCount: 0,
      firstInvalid: [],
      multiByteCount: 6
    })
  })

  it('places three invalid bytes by line and column, counted as the decoder replaces them', () => {
    // Line 1 is fine; line 2 has a lone continuation byte after "Gda" and a cut sequence at its
    // end; line 3 begins with a byte UTF-8 never uses.
    const file = bytes('Kraków, 3 March\n', 'Gda', [0x80], 'sk “port” ', [0xe2, 0x80], '\n', [0xff], 'end')
    const check = checkUtf8(file)
    expect(check.invalidCount).toBe(3)
    expect(check.firstInvalid).toEqual([
      { line: 2, column: 4 },
      { line: 2, column: 15 },
      { line: 3, column: 1 }
    ])
    expect(replacements(file)).toBe(3)
    expect(meantAsUtf8(check)).toBe(true)
  })

  it('names the places of the first five only, and counts them all', () => {
    const check = checkUtf8(bytes('Łódź ', ...Array.from({ length: 7 }, () => [0xff, 0x20])))
    expect(check.invalidCount).toBe(7)
    expect(check.firstInvalid.map((p) => p.column)).toEqual([6, 8, 10, 12, 14])
  })

  it('counts like TextDecoder on overlong, surrogate and truncated sequences', () => {
    const samples = [
      bytes([0xc0, 0xaf]), // overlong "/"
      bytes([0xed, 0xa0, 0x80]), // a surrogate
      bytes([0xf4, 0x90, 0x80, 0x80]), // above U+10FFFF
      bytes('a', [0xf0, 0x9f, 0x87], 'b'), // a flag cut short
      bytes([0xe2, 0x28, 0xa1])
    ]
    for (const sample of samples) expect(checkUtf8(sample).invalidCount).toBe(replacements(sample))
  })

  it('takes Windows-1252 text, which has no multi-byte sequence, as not meant as UTF-8', () => {
    const cp1252 = bytes('Gda', [0xf1], 'sk: ', [0x93], 'historic', [0x94], ' caf', [0xe9])
    const check = checkUtf8(cp1252)
    expect(check.invalidCount).toBe(4)
    expect(meantAsUtf8(check)).toBe(false)
  })
})
