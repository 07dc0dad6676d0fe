// The headline and byline at the top of a plain-text article, as a reader would take them: a
// short first line with no final full stop, set apart by a blank line or followed by a "By …"
// line, is the headline; a "By …" line there is the byline. What is not clearly one stays text.

/** Longer than this, a first line is a paragraph, even without a full stop. */
export const MAX_HEADLINE_CHARS = 150
/** Longer than this, a "By …" line is a sentence ("By Tuesday the convoy had left Kursk …"). */
export const MAX_BYLINE_CHARS = 100

export interface TopLines {
  /** The headline, if the first line reads as one. */
  title?: string
  /** The byline's names, joined by ", ", if a "By …" line follows the headline (or opens the text). */
  author?: string
  /** The text without the headline and byline lines. */
  text: string
}

const BYLINE = /^by\s+(\S.*)$/i
const NAME_PARTICLES = new Set([
  'de',
  'da',
  'di',
  'do',
  'dos',
  'du',
  'la',
  'le',
  'van',
  'von',
  'der',
  'den',
  'al',
  'el',
  'bin',
  'ibn'
])

/** The names of a "By …" line, or undefined if the line is no byline. */
export function bylineNames(line: string): string | undefined {
  const trimmed = line.trim()
  const names = trimmed.match(BYLINE)?.[1]
  if (!names || trimmed.length > MAX_BYLINE_CHARS || /[.!?]$/.test(trimmed.replace(/\b[A-Z]\.$/, ''))) {
    return undefined
  }
  // Every word of a name is capitalised, but for particles (de, van, al-…): "By the time …",
  // "By Tuesday the convoy had left" are sentences.
  const parts = names.split(/\s*,\s*|\s+and\s+|\s*&\s*/).filter(Boolean)
  const nameWord = (word: string) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.has(word.toLowerCase())
  if (!parts.every((part) => part.split(/\s+/).every(nameWord))) return undefined
  return parts.join(', ')
}

/** Whether a line reads as a headline: short, with no final full stop, colon, comma or semicolon. */
export function readsAsHeadline(line: string): boolean {
  const trimmed = line.trim()
  return (
    trimmed.length > 0 &&
    trimmed.length <= MAX_HEADLINE_CHARS &&
    !/[.,:;…]$/.test(trimmed) &&
    bylineNames(trimmed) === undefined
  )
}

/**
 * The text's lines from the top, each read when first asked for: the headline and byline are
 * found in the first few, and a whole article split into lines (a 5 MB file's took tens of
 * milliseconds on the page) is never needed.
 */
function linesFromTop(text: string) {
  const lines: string[] = []
  /** Where each line read so far starts, and the one after them. */
  const starts = [0]
  let ended = false
  /** Line `k`, or undefined past the last. */
  const line = (k: number): string | undefined => {
    while (lines.length <= k && !ended) {
      const start = starts[lines.length]!
      const end = text.indexOf('\n', start)
      if (end === -1) {
        lines.push(text.slice(start))
        ended = true
      } else {
        lines.push(text.slice(start, end))
        starts.push(end + 1)
      }
    }
    return lines[k]
  }
  /** The text from line `k` on (empty past the last). */
  const from = (k: number): string => (line(k) === undefined ? '' : text.slice(starts[k]))
  return { line, from }
}

export function splitTopLines(text: string): TopLines {
  const { line, from } = linesFromTop(text)
  let i = 0
  while (line(i) !== undefined && !line(i)!.trim()) i++
  const first = i
  let title: string | undefined
  let author: string | undefined

  const next = first + 1
  const nextIsBlank = line(next) !== undefined && !line(next)!.trim()
  const nextByline = line(next) !== undefined ? bylineNames(line(next)!) : undefined
  let restHasText = false
  for (let k = next; line(k) !== undefined && !restHasText; k++) {
    restHasText = Boolean(line(k)!.trim()) && !bylineNames(line(k)!)
  }
  if (
    line(first) !== undefined &&
    restHasText &&
    readsAsHeadline(line(first)!) &&
    (nextIsBlank || nextByline)
  ) {
    title = line(first)!.trim()
    i = next
    // The byline may stand right under the headline or after a blank line of its own.
    let byline = i
    while (line(byline) !== undefined && !line(byline)!.trim()) byline++
    author = line(byline) !== undefined ? bylineNames(line(byline)!) : undefined
    if (author) i = byline + 1
  } else if (line(first) !== undefined) {
    author = bylineNames(line(first)!)
    if (author) i = next
  }
  if (i === first) return { text }
  return { title, author, text: from(i).replace(/^\s*\n/, '') }
}
