import { describe, expect, it } from 'vitest'
import { jsonSyntaxError } from './json-error'

describe('jsonSyntaxError', () => {
  it('finds nothing wrong with JSON', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0']) {
      expect(jsonSyntaxError(text)).toBeNull()
    }
  })

  it('names the character and where it is', () => {
    expect(jsonSyntaxError('{\n  "title": "Kursk",\n  "outlet": CNN\n}')).toBe(
      'unexpected “C” at line 3, column 13'
    )
    expect(jsonSyntaxError('{"seqs": [1, 2,, 3]}')).toBe('unexpected “,” at line 1, column 16')
    expect(jsonSyntaxError('{"seqs": [1, 2] "starts": []}')).toBe(
      'unexpected “"” where “,” or “}” should be at line 1, column 17'
    )
    expect(jsonSyntaxError('{"a" 1}')).toBe(
      'unexpected “1” where “:” should follow a field name at line 1, column 6'
    )
    expect(jsonSyntaxError('{"a": 1}}')).toBe('unexpected “}” after the end of the data at line 1, column 9')
    expect(jsonSyntaxError("{'a': 1}")).toBe(
      "unexpected “'” where a quoted field name should be at line 1, column 2"
    )
  })

  it('names what is wrong inside a quoted text', () => {
    expect(jsonSyntaxError('{"note": "two\nlines"}')).toBe(
      'unexpected line break inside a quoted text at line 1, column 14'
    )
    expect(jsonSyntaxError('{"note": "a \\x b"}')).toBe(
      'unexpected “\\x” (not a JSON escape) at line 1, column 13'
    )
  })

  it('says a cut-short text ends too soon', () => {
    for (const text of ['{', '{"a": [1, 2', '{"a": "Kurs', '{"a": tr', '[1, 2,', '{"a"', '"\\u00']) {
      expect(jsonSyntaxError(text)).toBe('it ends too soon, at line 1 — the file may be cut short')
    }
  })
})
