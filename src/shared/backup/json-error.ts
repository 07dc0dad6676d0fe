// Where JSON text goes wrong, in words and lines. Engines word `JSON.parse` errors differently
// (some give a position, some a snippet of the file), so once parsing has failed this scanner
// finds the first fault itself. It never recurses, so deep nesting cannot overflow the stack.

type Expect = 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end'

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX4 = /^[0-9a-fA-F]{4}$/

/** Why `text` is not JSON, e.g. `unexpected “x” at line 3, column 7`; null when it is JSON. */
export function jsonSyntaxError(text: string): string | null {
  const n = text.length
  const stack: string[] = []
  let expect: Expect = 'value'
  let i = 0
  const afterValue = (): Expect => (stack.length > 0 ? 'comma-or-close' : 'end')
  const truncated = () => `it ends too soon, at line ${lineOf(text, n)} — the file may be cut short`
  const unexpected = (at: number, context = '') =>
    `unexpected ${describe(text, at)}${context} at ${position(text, at)}`

  for (;;) {
    while (i < n && isJsonSpace(text.charCodeAt(i))) i++
    if (i >= n) return expect === 'end' ? null : truncated()
    const c = text[i]
    switch (expect) {
      case 'end':
        return unexpected(i, ' after the end of the data')
      case 'colon':
        if (c !== ':') return unexpected(i, ' where “:” should follow a field name')
        i++
        expect = 'value'
        break
      case 'comma-or-close': {
        const close = stack[stack.length - 1] === '{' ? '}' : ']'
        if (c === ',') {
          i++
          expect = close === '}' ? 'key' : 'value'
        } else if (c === close) {
          stack.pop()
          i++
          expect = afterValue()
        } else {
          return unexpected(i, ` where “,” or “${close}” should be`)
        }
        break
      }
      case 'key':
      case 'key-or-close':
        if (expect === 'key-or-close' && c === '}') {
          stack.pop()
          i++
          expect = afterValue()
          break
        }
        if (c !== '"') return unexpected(i, ' where a quoted field name should be')
        {
          const end = scanString(text, i)
          if (typeof end === 'string') return end === 'truncated' ? truncated() : end
          i = end
        }
        expect = 'colon'
        break
      case 'value':
      case 'value-or-close':
        if (expect === 'value-or-close' && c === ']') {
          stack.pop()
          i++
          expect = afterValue()
          break
        }
        if (c === '{' || c === '[') {
          stack.push(c)
          i++
          expect = c === '{' ? 'key-or-close' : 'value-or-close'
          break
        }
        if (c === '"') {
          const end = scanString(text, i)
          if (typeof end === 'string') return end === 'truncated' ? truncated() : end
          i = end
        } else if (c === '-' || (c >= '0' && c <= '9')) {
          NUMBER.lastIndex = i
          const match = NUMBER.exec(text)
          if (!match) return i + 1 >= n ? truncated() : unexpected(i + 1, ' in a number')
          i += match[0].length
        } else {
          const word = ['true', 'false', 'null'].find((w) => w[0] === c)
          if (word && text.startsWith(word, i)) i += word.length
          else if (word && word.startsWith(text.slice(i))) return truncated()
          else return unexpected(i)
        }
        expect = afterValue()
        break
    }
  }
}

/** The index after the string that opens at `at`, or what is wrong with it. */
function scanString(text: string, at: number): number | string {
  for (let j = at + 1; j < text.length; j++) {
    const code = text.charCodeAt(j)
    if (code === 0x22) return j + 1
    if (code < 0x20) return `unexpected ${describe(text, j)} inside a quoted text at ${position(text, j)}`
    if (code === 0x5c) {
      const next = text[j + 1]
      if (next === undefined) return 'truncated'
      if (next === 'u') {
        if (j + 6 > text.length) return 'truncated'
        if (!HEX4.test(text.slice(j + 2, j + 6))) {
          return `unexpected “\\u${text.slice(j + 2, j + 6)}” (not four hex digits) at ${position(text, j)}`
        }
        j += 5
      } else if (ESCAPES.has(next)) {
        j++
      } else {
        return `unexpected “\\${next}” (not a JSON escape) at ${position(text, j)}`
      }
    }
  }
  return 'truncated'
}

function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

function describe(text: string, at: number): string {
  const code = text.codePointAt(at)!
  if (code === 0x0a) return 'line break'
  if (code < 0x20 || code === 0x7f)
    return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`
  return `“${String.fromCodePoint(code)}”`
}

function lineOf(text: string, at: number): number {
  let line = 1
  for (let k = text.indexOf('\n'); k !== -1 && k < at; k = text.indexOf('\n', k + 1)) line++
  return line
}

function position(text: string, at: number): string {
  return `line ${lineOf(text, at)}, column ${at - text.lastIndexOf('\n', at - 1)}`
}
