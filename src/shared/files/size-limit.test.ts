import { describe, expect, it } from 'vitest'
import {
  formatMegabytes,
  MAX_IMPORT_FILE_BYTES,
  sizeRefusal,
  textSizeRefusal,
  utf8Length
} from './size-limit'

const MB = 1024 * 1024

describe('the import size limit', () => {
  it('is 50 MB', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(50 * MB)
  })

  it('refuses a file over it, naming the file, its size and the limit', () => {
    expect(sizeRefusal('report.pdf', Math.round(61.2 * MB))).toBe('report.pdf is 61.2 MB; the limit is 50 MB')
  })

  it('accepts a file exactly at the limit and refuses one byte more, never as "50.0 MB"', () => {
    expect(sizeRefusal('edge.txt', 50 * MB)).toBeNull()
    expect(sizeRefusal('edge.txt', 50 * MB + 1)).toBe('edge.txt is 50.1 MB; the limit is 50 MB')
  })

  it('formats whole megabytes without a decimal and rounds the rest up', () => {
    expect(formatMegabytes(2 * MB)).toBe('2 MB')
    expect(formatMegabytes(3 * MB + 1)).toBe('3.1 MB')
  })

  it('counts a text in UTF-8 as the encoder does', () => {
    for (const text of [
      'Kursk',
      'Gdańsk',
      '“historic”',
      '𝐀 😀 done',
      'lone \ud800 high',
      'lone \udc00 low',
      ''
    ]) {
      expect(utf8Length(text), text).toBe(new TextEncoder().encode(text).length)
    }
  })

  it('refuses a pasted text over the limit in UTF-8, not in characters', () => {
    // One million characters of three bytes each: 3 MB, over a 2 MB limit though 1 M characters are not.
    expect(textSizeRefusal('Article text', '“'.repeat(MB), 2 * MB)).toBe(
      'Article text is 3 MB; the limit is 2 MB'
    )
    expect(textSizeRefusal('Article text', 'a'.repeat(2 * MB), 2 * MB)).toBeNull()
    expect(textSizeRefusal('Article text', 'a'.repeat(2 * MB + 1), 2 * MB)).toBe(
      'Article text is 2.1 MB; the limit is 2 MB'
    )
  })
})
