// Turns a picked file's bytes into text, or refuses them by name. Bytes that are not text (an
// image, an archive, a program, binary data) are refused saying what they look like. UTF-8 (with
// or without BOM), UTF-16 with a BOM and a web page's declared charset are read as such; bytes that
// are not valid UTF-8 are read as Windows-1252 only when nothing in them is UTF-8 (the rule is in
// `@shared/importing/utf8`): damaged UTF-8 is reported with where it is, and decoded with U+FFFD
// only when the analyst agrees.
import { notTextLooksLike } from '@shared/importing/sniff'
import { checkUtf8, meantAsUtf8, type Utf8Check } from '@shared/importing/utf8'
import { yieldToPage } from '../../yield-to-page'

/** Bytes that are not text: nothing to import. */
export class NotTextError extends Error {}

/** UTF-8 with invalid sequences: importable with U+FFFD in their place, if the analyst agrees. */
export class InvalidUtf8Error extends Error {
  constructor(
    readonly fileName: string,
    readonly check: Utf8Check
  ) {
    const where = check.firstInvalid.map((p) => `${p.line}:${p.column}`).join(', ')
    const count = check.invalidCount
    super(
      `“${fileName}” is UTF-8 with ${count} invalid byte sequence${count === 1 ? '' : 's'} ` +
        `(${count > check.firstInvalid.length ? 'first at' : 'at'} line:column ${where}). ` +
        `It can be imported with each shown as �.`
    )
  }
}

export interface DecodeOptions {
  /** The charset a web page declares. */
  charset?: string
  /** The analyst agreed to import damaged UTF-8 with U+FFFD in place of each invalid sequence. */
  replaceInvalidUtf8?: boolean
}

/**
 * The file's text, or a NotTextError or InvalidUtf8Error naming it. The scan for bytes that are
 * not text, each slice of the decoding and what the caller reads from the text run in tasks of
 * their own: decoded whole, a 5 MB file held the page for 75–80 ms (`npm run bench`,
 * import.5mb_read_longest_task_ms), keys typed meanwhile waiting.
 */
export async function decodeText(
  fileName: string,
  bytes: Uint8Array,
  options: DecodeOptions = {}
): Promise<string> {
  const looksLike = notTextLooksLike(bytes)
  if (looksLike) throw new NotTextError(`“${fileName}” looks like ${looksLike}, not text.`)
  await yieldToPage()
  const text = await decodeBytes(fileName, bytes, options)
  await yieldToPage()
  return text
}

/** How many bytes are decoded in one task: about 8 ms for UTF-8 here. */
export const DECODE_SLICE_BYTES = 512 * 1024

/**
 * `bytes` decoded by `decoder` a slice at a time, the page answering between slices. The decoder
 * streams: a character cut by a slice's end is decoded whole with the next, a BOM is dropped once,
 * and a fatal decoder throws at the slice where the bytes stop being its encoding.
 */
async function decodeInSlices(decoder: TextDecoder, bytes: Uint8Array): Promise<string> {
  const parts: string[] = []
  for (let at = 0; at < bytes.length || at === 0; at += DECODE_SLICE_BYTES) {
    if (at > 0) await yieldToPage()
    const end = at + DECODE_SLICE_BYTES
    parts.push(decoder.decode(bytes.subarray(at, end), { stream: end < bytes.length }))
  }
  return parts.join('')
}

async function decodeBytes(fileName: string, bytes: Uint8Array, options: DecodeOptions): Promise<string> {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeInSlices(new TextDecoder('utf-16le'), bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeInSlices(new TextDecoder('utf-16be'), bytes)
  const { charset } = options
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    let decoder: TextDecoder | undefined
    try {
      decoder = new TextDecoder(charset)
    } catch {
      // An unknown label: read it as the rest.
    }
    if (decoder) return decodeInSlices(decoder, bytes)
  }
  try {
    return await decodeInSlices(new TextDecoder('utf-8', { fatal: true }), bytes)
  } catch {
    const check = checkUtf8(bytes)
    if (!meantAsUtf8(check)) return decodeInSlices(new TextDecoder('windows-1252'), bytes)
    if (!options.replaceInvalidUtf8) throw new InvalidUtf8Error(fileName, check)
    return decodeInSlices(new TextDecoder('utf-8'), bytes)
  }
}

/** The charset a web page declares in its first bytes (`<meta charset>` or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase()
}

/** "kursk-report_final.txt" → "kursk report final" */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
}
