// What a file's bytes look like when they are not text, so an import can refuse a PNG renamed
// `.txt` or a program instead of splitting mojibake into sentences. Decides from magic numbers
// first (they name the kind), then from NUL bytes and the share of control characters.

/** Magic numbers at the start of the file, and what to call a file that has them. */
const SIGNATURES: { bytes: (number | null)[]; at?: number; looksLike: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], looksLike: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], looksLike: 'a JPEG image' },
  { bytes: [...'GIF8'].map((c) => c.charCodeAt(0)), looksLike: 'a GIF image' },
  // RIFF, four bytes of length, then WEBP.
  {
    bytes: [0x52, 0x49, 0x46, 0x46, null, null, null, null, 0x57, 0x45, 0x42, 0x50],
    looksLike: 'a WebP image'
  },
  { bytes: [0x50, 0x4b, 0x03, 0x04], looksLike: 'a ZIP archive (a Word document is one too)' },
  { bytes: [0x50, 0x4b, 0x05, 0x06], looksLike: 'a ZIP archive' },
  { bytes: [0x1f, 0x8b, 0x08], looksLike: 'a gzip archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], looksLike: 'a 7z archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], looksLike: 'a RAR archive' },
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], looksLike: 'a PDF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], looksLike: 'a program (ELF executable)' },
  { bytes: [0x4d, 0x5a], looksLike: 'a program (Windows executable)' },
  { bytes: [0xcf, 0xfa, 0xed, 0xfe], looksLike: 'a program (macOS executable)' },
  { bytes: [0xce, 0xfa, 0xed, 0xfe], looksLike: 'a program (macOS executable)' },
  { bytes: [0xca, 0xfe, 0xba, 0xbe], looksLike: 'a program (macOS or Java executable)' }
]

/**
 * Above this share of control characters (other than tab, line feed, form feed and carriage
 * return) the bytes are data, not text. Real articles have none; 1 % allows a stray escape
 * character or two in a long file without letting a binary file through (binary data has ~12 %).
 */
export const MAX_CONTROL_SHARE = 0.01

const startsWith = (bytes: Uint8Array, signature: (number | null)[]) =>
  bytes.length >= signature.length && signature.every((b, i) => b === null || bytes[i] === b)

/** Byte-order marks of UTF-16 text, whose every other byte is legitimately NUL. */
const isUtf16WithBom = (bytes: Uint8Array) =>
  (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)

/**
 * What the bytes look like if they are not text ("a PNG image", "binary data (…)"), or undefined
 * for text. "MZ" could begin a text, so that two-byte mark counts only with NUL bytes present
 * (a Windows executable always has them).
 */
export function notTextLooksLike(bytes: Uint8Array): string | undefined {
  const nul = !isUtf16WithBom(bytes) && bytes.includes(0)
  for (const { bytes: signature, looksLike } of SIGNATURES) {
    if (signature.length <= 2 && !nul) continue
    if (startsWith(bytes, signature)) return looksLike
  }
  // Past the signatures, UTF-16's NULs are text.
  if (isUtf16WithBom(bytes)) return undefined
  if (nul) return 'binary data (it contains NUL bytes)'
  // An indexed loop: a 5 MB file is scanned in a few milliseconds, where `for…of` over the
  // array's iterator took ten times as long, in the dialog's own task.
  let controls = 0
  for (let i = 0, n = bytes.length; i < n; i++) {
    const byte = bytes[i]!
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) {
      controls++
    }
  }
  if (bytes.length > 0 && controls / bytes.length > MAX_CONTROL_SHARE) {
    return `binary data (${Math.round((controls / bytes.length) * 100)} % control characters)`
  }
  return undefined
}
