// A file larger than one slice of the decoding is decoded a slice at a time, the page running
// between slices, and comes out exactly as decoded whole: a character cut by a slice's end, in
// UTF-8 or UTF-16, is read whole; damaged UTF-8 past the first slice is still found and named.
import { describe, expect, it } from 'vitest'
import { pageTurnsDuring } from '../../test-support/page-turns'
import { DECODE_SLICE_BYTES, decodeText, InvalidUtf8Error } from './decode'

const utf8 = (text: string) => new TextEncoder().encode(text)

/** `text` in UTF-16 little-endian, after its BOM. */
function utf16le(text: string): Uint8Array {
  const bytes = new Uint8Array(2 + text.length * 2)
  bytes.set([0xff, 0xfe])
  for (let i = 0; i < text.length; i++) {
    bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff
    bytes[3 + 2 * i] = text.charCodeAt(i) >> 8
  }
  return bytes
}

const LINE = 'Київ, 12 травня — 🇺🇦 officials said the strike hit the grid. € ₴\n'

describe('decodeText of a file over several slices', () => {
  it('reads UTF-8 whole in several of the page’s turns, each character cut by a slice’s end read whole', async () => {
    // A flag (two 4-byte characters) across the first slice's end, then lines of 2-, 3- and 4-byte ones.
    const head = 'a'.repeat(DECODE_SLICE_BYTES - 3)
    const text = `${head}🇺🇦\n${LINE.repeat(Math.ceil((4 * DECODE_SLICE_BYTES) / utf8(LINE).length))}`
    const bytes = utf8(text)
    const slices = Math.ceil(bytes.length / DECODE_SLICE_BYTES)
    expect(slices).toBeGreaterThan(3)
    const { turns, result } = await pageTurnsDuring(() => decodeText('kyiv.txt', bytes))
    expect(result).toBe(text)
    // A turn of the page's at least between each slice and the next.
    expect(turns).toBeGreaterThanOrEqual(slices)
  })

  it('reads UTF-16 with a BOM whole: the BOM dropped once, a surrogate pair cut by a slice’s end read whole', async () => {
    // The BOM's 2 bytes, then code units: the flag's first surrogate pair starts 2 bytes before the slice's end.
    const head = 'b'.repeat((DECODE_SLICE_BYTES - 2 - 2) / 2)
    const text = `${head}🇺🇦${LINE.repeat(2_000)}`
    const bytes = utf16le(text)
    expect(bytes.length).toBeGreaterThan(DECODE_SLICE_BYTES)
    expect(await decodeText('kyiv-utf16.txt', bytes)).toBe(text)
  })

  it('names damaged UTF-8 found past the first slice by its line, and reads it with � when the analyst agrees', async () => {
    const lines = Math.ceil((1.5 * DECODE_SLICE_BYTES) / utf8(LINE).length)
    const bytes = Uint8Array.from([...utf8(LINE.repeat(lines)), 0xc3, 0x28, ...utf8(`${LINE}`)])
    const refused = await decodeText('damaged.txt', bytes).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(InvalidUtf8Error)
    expect((refused as Error).message).toContain(`line:column ${lines + 1}:1`)
    const read = await decodeText('damaged.txt', bytes, { replaceInvalidUtf8: true })
    expect(read).toBe(`${LINE.repeat(lines)}\uFFFD(${LINE}`)
  })

  it('reads a Windows-1252 file over several slices, none of it UTF-8', async () => {
    const line = 'Caf\u00e9 owners in Sumy said the r\u00e9gion was calm.\n'
    const text = line.repeat(Math.ceil((1.5 * DECODE_SLICE_BYTES) / line.length))
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0))
    expect(await decodeText('sumy.txt', bytes)).toBe(text)
  })
})
