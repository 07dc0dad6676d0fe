// Turns a picked file's bytes into text. Full encoding detection and rich formats come later;
// this reads UTF-8 (with or without BOM) and UTF-16 with a BOM, and refuses what it cannot read.
const TEXT_TYPES = ['.txt', '.md', '.markdown', '.text']

export function decodeTextFile(fileName: string, bytes: Uint8Array): string {
  const lower = fileName.toLowerCase()
  if (!TEXT_TYPES.some((ext) => lower.endsWith(ext))) {
    throw new Error(`“${fileName}”: only plain text (.txt, .md) can be imported yet.`)
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
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
