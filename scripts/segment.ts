// `npm run -s segment -- FILE`: prints the sentence segments of a UTF-8 text file as JSON, for
// checking the splitter by hand and for feeding other tools. `--jsonl` segments one JSON string per line.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { segmentSentences } from '../src/shared/segment'

const USAGE = 'usage: segment [--jsonl] [--language xx] FILE   (FILE "-" reads stdin)'

export interface CliResult {
  stdout: string
  stderr: string
  code: number
}

interface Options {
  file: string
  jsonl: boolean
  language?: string
}

function parseArgs(args: readonly string[]): Options | string {
  let file: string | undefined
  let jsonl = false
  let language: string | undefined
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (arg === '--jsonl') jsonl = true
    else if (arg === '--language' || arg === '-l') {
      language = args[++i]
      if (!language) return '--language needs a value, e.g. --language en'
    } else if (arg.startsWith('--language=')) language = arg.slice('--language='.length)
    else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`
    else if (file === undefined) file = arg
    else return `one input file expected, got ${file} and ${arg}`
  }
  if (file === undefined) return 'no input file given'
  return { file, jsonl, language }
}

/** The segments of `text` as JSON, one segment per line for large files. */
function segmentsJson(text: string, language: string | undefined, compact: boolean): string {
  const rows = segmentSentences(text, { language }).map(({ start, end, kind }) =>
    JSON.stringify({ start, end, kind, text: text.slice(start, end) })
  )
  if (compact) return `[${rows.join(',')}]`
  return rows.length === 0 ? '[]' : `[\n${rows.join(',\n')}\n]`
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

function segmentJsonl(input: string, name: string, language: string | undefined): CliResult {
  const lines = input.split('\n')
  if (lines[lines.length - 1] === '') lines.pop() // the newline that ends the last line
  const out: string[] = []
  for (let i = 0; i < lines.length; i++) {
    let value: unknown
    try {
      value = JSON.parse(lines[i])
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      return failAt(out, `segment: ${name}, line ${i + 1}: not valid JSON (${reason})`)
    }
    if (typeof value !== 'string') {
      return failAt(
        out,
        `segment: ${name}, line ${i + 1}: expected a JSON string, got ${describeJsonType(value)}`
      )
    }
    out.push(segmentsJson(value, language, true))
  }
  return { stdout: joinLines(out), stderr: '', code: 0 }
}

function joinLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('')
}

/** Lines before a bad one are still printed: their results are valid, and the message names the line. */
function failAt(done: readonly string[], message: string): CliResult {
  return { stdout: joinLines(done), stderr: `${message}\n`, code: 1 }
}

/** Runs the command on already-read input bytes; `read` returns the bytes of a file or of stdin ("-"). */
export function runSegmentCli(args: readonly string[], read: (file: string) => Uint8Array): CliResult {
  const options = parseArgs(args)
  if (typeof options === 'string') return { stdout: '', stderr: `segment: ${options}\n${USAGE}\n`, code: 2 }
  const name = options.file === '-' ? 'stdin' : options.file
  let bytes: Uint8Array
  try {
    bytes = read(options.file)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { stdout: '', stderr: `segment: cannot read ${name}: ${reason}\n`, code: 1 }
  }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { stdout: '', stderr: `segment: ${name} is not valid UTF-8 text\n`, code: 1 }
  }
  if (options.jsonl) return segmentJsonl(text, name, options.language)
  return { stdout: `${segmentsJson(text, options.language, false)}\n`, stderr: '', code: 0 }
}

function readInput(file: string): Uint8Array {
  return readFileSync(file === '-' ? 0 : file)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = runSegmentCli(process.argv.slice(2), readInput)
  process.stdout.write(result.stdout)
  process.stderr.write(result.stderr)
  process.exitCode = result.code
}
