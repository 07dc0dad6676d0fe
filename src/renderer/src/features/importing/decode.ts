// Turns a picked file's bytes into an article draft: plain text as it is, a saved web page
// reduced to its article. Reads UTF-8 (with or without BOM), UTF-16 with a BOM, a web page's
// declared charset, and falls back to Windows-1252; refuses what it cannot read, by name.
import { extractArticle, type ExtractedArticle } from './html'

const TEXT_TYPES = ['.txt', '.md', '.markdown', '.text']
const HTML_TYPES = ['.html', '.htm', '.xhtml']

export interface ReadFile extends Partial<ExtractedArticle> {
  text: string
  mediaType: string
}

const endsWithAny = (name: string, types: string[]) => types.some((ext) => name.toLowerCase().endsWith(ext))

export function readArticleFile(fileName: string, bytes: Uint8Array): ReadFile {
  if (endsWithAny(fileName, TEXT_TYPES)) {
    return { text: decodeText(bytes), title: titleFromFileName(fileName), mediaType: 'text/plain' }
  }
  if (endsWithAny(fileName, HTML_TYPES)) {
    const extracted = extractArticle(decodeText(bytes, declaredCharset(bytes)), fileName)
    return { ...extracted, title: extracted.title || titleFromFileName(fileName), mediaType: 'text/html' }
  }
  throw new Error(
    `“${fileName}”: only plain text (.txt, .md) and saved web pages (.html) can be imported yet.`
  )
}

/** The charset a web page declares in its first bytes (`<meta charset>` or http-equiv). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i)?.[1]?.toLowerCase()
}

export function decodeText(bytes: Uint8Array, charset?: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    try {
      return new TextDecoder(charset).decode(bytes)
    } catch {
      // An unknown label: read it as the rest.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    // Not UTF-8: Windows-1252 is what old newsroom exports are.
    return new TextDecoder('windows-1252').decode(bytes)
  }
}

/** "kursk-report_final.txt" → "kursk report final" */
export function titleFromFileName(fileName: string): string {
  return fileName
    .replace(/\.[^.]+$/, '')
    .replace(/[_-]+/g, ' ')
    .trim()
}
