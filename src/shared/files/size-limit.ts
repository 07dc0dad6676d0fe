// The one size limit for an article, on every path into an import (picker, drop, paste, the
// desktop's open dialog): far larger than any article, so a bigger file is almost certainly the
// wrong file, and refusing it early keeps a 60 MB file from freezing the page.

/** 50 MB (of 1024 × 1024 bytes), the largest file or pasted text an import accepts. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024

/**
 * `bytes` in MB with one decimal. A size over the limit is rounded up, so a file one byte over
 * 50 MB reads "50.1 MB", never "50.0 MB" beside a limit of 50 MB.
 */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10)
  const megabytes = tenths / 10
  return `${Number.isInteger(megabytes) && bytes % (1024 * 1024) === 0 ? megabytes : megabytes.toFixed(1)} MB`
}

/**
 * The refusal for a file of `size` bytes, or null when it is within the limit, e.g.
 * "report.pdf is 61.2 MB; the limit is 50 MB".
 */
export function sizeRefusal(fileName: string, size: number, maxBytes = MAX_IMPORT_FILE_BYTES): string | null {
  if (size <= maxBytes) return null
  return `${fileName} is ${formatMegabytes(size)}; the limit is ${formatMegabytes(maxBytes)}`
}

/** The UTF-8 size of a text, counted without encoding it (a lone surrogate counts as U+FFFD). */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    if (unit < 0x80) bytes += 1
    else if (unit < 0x800) bytes += 2
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4
        i++
      } else bytes += 3
    } else bytes += 3
  }
  return bytes
}

/**
 * The refusal for a text over the limit in UTF-8 (named `what`), or null. A text of at most a
 * third of the limit in code units is within it whatever it holds, so it is not counted.
 */
export function textSizeRefusal(what: string, text: string, maxBytes = MAX_IMPORT_FILE_BYTES): string | null {
  if (text.length * 3 <= maxBytes) return null
  return sizeRefusal(what, utf8Length(text), maxBytes)
}
