import { describe, expect, it } from 'vitest'
import { runSegmentCli } from './segment'

const encode = (text: string): Uint8Array => new TextEncoder().encode(text)

function run(args: string[], files: Record<string, string | Uint8Array>) {
  return runSegmentCli(args, (file) => {
    const content = files[file]
    if (content === undefined) throw new Error(`ENOENT: no such file or directory, open '${file}'`)
    return typeof content === 'string' ? encode(content) : content
  })
}

describe('segment command', () => {
  it('prints the segments of a file as a JSON array with their text', () => {
    const result = run(['a.txt'], { 'a.txt': 'Headline\r\nMr. Smith left. He said:' })
    expect(result.code).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      { start: 0, end: 8, kind: 'heading', text: 'Headline' },
      { start: 10, end: 25, kind: 'body', text: 'Mr. Smith left.' },
      { start: 26, end: 34, kind: 'body', text: 'He said:' }
    ])
  })

  it('reads stdin for "-" and passes the language on', () => {
    const result = run(['--language', 'de', '-'], { '-': 'Am 3. Oktober. Ja.' })
    expect(JSON.parse(result.stdout).map((s: { text: string }) => s.text)).toEqual(['Am 3. Oktober.', 'Ja.'])
  })

  it('segments one JSON string per line with --jsonl', () => {
    const result = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': '"It rained. We left."\n"Breaking News"\n' })
    expect(result.code).toBe(0)
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines).toEqual([
      [
        { start: 0, end: 10, kind: 'body', text: 'It rained.' },
        { start: 11, end: 19, kind: 'body', text: 'We left.' }
      ],
      [{ start: 0, end: 13, kind: 'heading', text: 'Breaking News' }]
    ])
  })

  it('names the file, the line and the reason for bad input', () => {
    const notJson = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': '"ok"\nnope\n' })
    expect(notJson.code).toBe(1)
    expect(notJson.stderr).toMatch(/^segment: in\.jsonl, line 2: not valid JSON/)
    const notString = run(['--jsonl', 'in.jsonl'], { 'in.jsonl': '{"a":1}' })
    expect(notString.stderr).toBe('segment: in.jsonl, line 1: expected a JSON string, got an object\n')
    const missing = run(['missing.txt'], {})
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/^segment: cannot read missing\.txt: ENOENT/)
    const binary = run(['bad.txt'], { 'bad.txt': new Uint8Array([0x41, 0xff, 0xfe]) })
    expect(binary.stderr).toBe('segment: bad.txt is not valid UTF-8 text\n')
  })

  it('explains usage errors', () => {
    expect(run([], {}).code).toBe(2)
    expect(run(['--frobnicate', 'a.txt'], {}).stderr).toMatch(/unknown option --frobnicate/)
    expect(run(['--language'], {}).stderr).toMatch(/--language needs a value/)
  })
})
