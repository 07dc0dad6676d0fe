// List items: a line that opens with a bullet or an enumerator ("•", "-", "1.", "2)", "a.", "(3)") is
// a list item, and its marker stays with it. When several items share one line ("1) first 2) second")
// each following marker in sequence starts a new item.

/** A list marker at the start of a line or item. */
export interface ListMarker {
  /** Offset just after the marker and the whitespace that follows it. */
  end: number
  /** The bullet character, if the marker has one. */
  bullet: string
  /** Enumerator: '' when none, else digits or one lower-case letter. */
  enumerator: string
  /** Enumerator punctuation as written: '.', ')', '.)' or '()' for "(3)". */
  style: string
}

const SYMBOL_BULLETS = '•◦▪▫‣⁃∙●○■□►▸▹➢➤✓✔✗☐☑'
const MARKER = new RegExp(
  `(?:([${SYMBOL_BULLETS}])[ \\t]*|([-*+])[ \\t]+)?(?:(\\()?(\\d{1,3}|[a-z])(\\.\\)|[.)])[ \\t]+)?`,
  'y'
)

function mayStartMarker(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)) return true
  return (
    code === 0x28 ||
    code === 0x2d ||
    code === 0x2a ||
    code === 0x2b ||
    SYMBOL_BULLETS.includes(String.fromCharCode(code))
  )
}

/** The list marker at `at`, or null when the text there is not a list item. */
export function listMarkerAt(text: string, at: number): ListMarker | null {
  if (!mayStartMarker(text.charCodeAt(at))) return null // most lines: no regex match to allocate
  MARKER.lastIndex = at
  const match = MARKER.exec(text)
  if (!match || match[0].length === 0) return null
  const [whole, symbol, dash, paren, enumerator, punctuation] = match
  if (paren && punctuation !== ')') return null
  if (!symbol && !dash && !enumerator) return null
  return {
    end: at + whole.length,
    bullet: symbol ?? dash ?? '',
    enumerator: enumerator ?? '',
    style: paren ? '()' : (punctuation ?? '')
  }
}

function successor(enumerator: string): string {
  if (/^\d+$/.test(enumerator)) return String(Number(enumerator) + 1)
  return String.fromCharCode(enumerator.charCodeAt(0) + 1)
}

function writtenMarker(enumerator: string, style: string): string {
  return style === '()' ? `(${enumerator})` : `${enumerator}${style}`
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0
}

/** Starts of the further items on the line that began with `marker` and ends at `to`. */
export function inlineItemStarts(text: string, marker: ListMarker, to: number): number[] {
  const starts: number[] = []
  // Search only this line: a search through the rest of the text per list line would be quadratic.
  const line = text.slice(marker.end, to)
  const offset = marker.end
  if (marker.bullet !== '' && SYMBOL_BULLETS.includes(marker.bullet)) {
    // Dashes and asterisks also occur inside sentences; only symbol bullets repeat reliably.
    let at = line.indexOf(marker.bullet, 1)
    while (at > 0) {
      if (isBlank(line.charCodeAt(at - 1))) starts.push(offset + at)
      at = line.indexOf(marker.bullet, at + 1)
    }
    return starts
  }
  if (marker.enumerator === '' || marker.bullet !== '') return starts
  let enumerator = successor(marker.enumerator)
  let needle = writtenMarker(enumerator, marker.style)
  let at = line.indexOf(needle, 1)
  while (at > 0) {
    const after = at + needle.length
    if (isBlank(line.charCodeAt(at - 1)) && isBlank(line.charCodeAt(after))) {
      starts.push(offset + at)
      enumerator = successor(enumerator)
      needle = writtenMarker(enumerator, marker.style)
    }
    at = line.indexOf(needle, at + 1)
  }
  return starts
}
