// Files that are not text are recognised by what they are, and text is never mistaken for them.
import { describe, expect, it } from 'vitest'
import { notTextLooksLike } from './sniff'

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)))

describe('notTextLooksLike', () => {
  it('names images, archives, PDFs and programs by their magic numbers', () => {
    const cases: [Uint8Array, string][] = [
      [bytes([0x89], 'PNG\r\n', [0x1a, 0x0a, 0, 0, 0, 13], 'IHDR'), 'a PNG image'],
      [bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'), 'a JPEG image'],
      [bytes('GIF89a', [1, 0, 1, 0]), 'a GIF image'],
      [bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '), 'a WebP image'],
      [bytes('PK', [3, 4, 20, 0], 'word/document.xml'), 'a ZIP archive (a Word document is one too)'],
      [bytes([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0]), 'a gzip archive'],
      [bytes([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'a 7z archive'],
      [bytes('Rar!', [0x1a, 0x07, 0x01, 0]), 'a RAR archive'],
      [bytes('%PDF-1.7\n%âãÏÓ\n'), 'a PDF document'],
      [bytes([0x7f], 'ELF', [2, 1, 1, 0]), 'a program (ELF executable)'],
      [bytes('MZ', [0x90, 0, 3, 0, 0, 0]), 'a program (Windows executable)']
    ]
    for (const [file, looksLike] of cases) expect(notTextLooksLike(file)).toBe(looksLike)
  })

  it('refuses bytes with NULs or many control characters, saying which', () => {
    expect(notTextLooksLike(bytes('Kyiv', [0], 'report'))).toBe('binary data (it contains NUL bytes)')
    const controls = bytes(...Array.from({ length: 50 }, (_, i) => [65 + (i % 26), 1 + (i % 8)]))
    expect(notTextLooksLike(controls)).toBe('binary data (50 % control characters)')
  })

  it('lets text through: UTF-8, UTF-16 with its NULs, Windows-1252, tabs and CRLF, a text starting "MZ"', () => {
    const text = 'Kursk, 14 March\r\n\r\n\tThe troops “withdrew”, officials said. Gdańsk.\f\n'
    expect(notTextLooksLike(new TextEncoder().encode(text))).toBeUndefined()
    const utf16 = bytes(
      [0xff, 0xfe],
      [...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])
    )
    expect(notTextLooksLike(utf16)).toBeUndefined()
    expect(notTextLooksLike(bytes('caf', [0xe9], ' ', [0x93], 'quoted', [0x94]))).toBeUndefined()
    expect(notTextLooksLike(bytes('MZ Kyiv: the MZ-12 convoy left at dawn.'))).toBeUndefined()
    expect(
      notTextLooksLike(bytes('GIF', ' is how the file format is pronounced, not a GIF image.'))
    ).toBeUndefined()
    // One escape character in a long article is a stray, not data.
    expect(notTextLooksLike(bytes('A'.repeat(200), [0x1b], 'B'.repeat(200)))).toBeUndefined()
  })
})
