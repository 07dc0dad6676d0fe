import { describe, expect, it } from 'vitest'
import { BIDI_CONTROL, escapeBidiControlsInJson, stripBidiControls } from './bidi'

const CONTROLS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u200f',
  '\u061c'
]

describe('bidirectional controls', () => {
  it('removes every embedding, override, isolate and mark, so the text reads in stored order', () => {
    for (const c of CONTROLS) expect(BIDI_CONTROL.test(c), c.codePointAt(0)!.toString(16)).toBe(true)
    expect(stripBidiControls('brief-\u202egpj.exe')).toBe('brief-gpj.exe')
    expect(stripBidiControls(`Losses: 12 \u200f34 \u200f56`)).toBe('Losses: 12 34 56')
    expect(stripBidiControls(CONTROLS.join('x'))).toBe('x'.repeat(CONTROLS.length - 1))
  })

  it('keeps joiners, right-to-left letters and emoji', () => {
    const text = 'كورسك — קורסק 👩\u200d💻 می\u200cخواهم'
    expect(stripBidiControls(text)).toBe(text)
  })

  it('escapes them in JSON without changing the parsed value', () => {
    const json = JSON.stringify({ note: 'a\u202eb\u2066c' })
    const escaped = escapeBidiControlsInJson(json)
    expect(escaped).toBe('{"note":"a\\u202eb\\u2066c"}')
    expect(BIDI_CONTROL.test(escaped)).toBe(false)
    expect(JSON.parse(escaped)).toEqual({ note: 'a\u202eb\u2066c' })
  })
})
