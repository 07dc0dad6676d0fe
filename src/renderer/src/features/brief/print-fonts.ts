// The brief's fonts, bundled with the app, so a printed brief looks the same on every machine and
// no glyph prints as a box: Noto Serif for text, Noto Sans for headings and tables, and the
// monochrome Noto Emoji last in every stack. Each family comes in unicode-range slices.
import emojiRanges from '@fontsource/noto-emoji/unicode.json'
import sansRanges from '@fontsource/noto-sans/unicode.json'
import serifRanges from '@fontsource/noto-serif/unicode.json'

export const SERIF = '"Noto Serif", "Noto Emoji", serif'
export const SANS = '"Noto Sans", "Noto Emoji", sans-serif'

/** The element whose rules `embedFonts` replaces: it holds nothing but @font-face rules. */
const FONTS_STYLE_OPEN = '<style id="brief-fonts">'

// Only the faces the stylesheet uses: bold and italic text, bold headings and table heads.
const serifFiles = import.meta.glob<string>(
  '../../../../../node_modules/@fontsource/noto-serif/files/noto-serif-*-{400,700}-{normal,italic}.woff2',
  { query: '?url', import: 'default', eager: true }
)
const sansFiles = import.meta.glob<string>(
  [
    '../../../../../node_modules/@fontsource/noto-sans/files/noto-sans-*-{400,700}-normal.woff2',
    '../../../../../node_modules/@fontsource/noto-sans/files/noto-sans-*-400-italic.woff2'
  ],
  { query: '?url', import: 'default', eager: true }
)
// The numbered slices, not the 470 kB whole font they are cut from.
const emojiFiles = import.meta.glob<string>(
  [
    '../../../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-?-400-normal.woff2',
    '../../../../../node_modules/@fontsource/noto-emoji/files/noto-emoji-??-400-normal.woff2'
  ],
  { query: '?url', import: 'default', eager: true }
)

export interface BundledFace {
  family: 'Noto Serif' | 'Noto Sans' | 'Noto Emoji'
  weight: number
  style: 'normal' | 'italic'
  /** The woff2 file as the app serves it. */
  url: string
  /** The CSS `unicode-range` value of the slice. */
  unicodeRange: string
  /** The same ranges as inclusive code point pairs. */
  ranges: readonly (readonly [number, number])[]
}

function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-')
    return [parseInt(from!, 16), parseInt(to!, 16)]
  })
}

function faces(
  family: BundledFace['family'],
  files: Record<string, string>,
  ranges: Record<string, string>,
  subsetKey: (subset: string) => string = (subset) => subset
): BundledFace[] {
  return Object.entries(files).flatMap(([path, url]) => {
    const match = /\/noto-(?:serif|sans|emoji)-([a-z0-9-]+)-(\d{3})-(normal|italic)\.woff2$/.exec(path)
    const unicodeRange = match && ranges[subsetKey(match[1]!)]
    if (!match || !unicodeRange) return []
    const style = match[3] as BundledFace['style']
    return [{ family, weight: Number(match[2]), style, url, unicodeRange, ranges: parseRanges(unicodeRange) }]
  })
}

export const BUNDLED_FACES: readonly BundledFace[] = [
  ...faces('Noto Serif', serifFiles, serifRanges),
  ...faces('Noto Sans', sansFiles, sansRanges),
  ...faces('Noto Emoji', emojiFiles, emojiRanges, (subset) => `[${subset}]`)
]

const covers = (face: BundledFace, codePoint: number): boolean =>
  face.ranges.some(([from, to]) => codePoint >= from && codePoint <= to)

/**
 * The faces a text needs: every text face with a character in its range, and emoji slices only
 * for characters no text face covers (the emoji slices also cover digits, `#` and `*`).
 */
export function facesFor(text: string): BundledFace[] {
  const codePoints = new Set<number>()
  for (const char of text) codePoints.add(char.codePointAt(0)!)
  const textFaces = BUNDLED_FACES.filter((f) => f.family !== 'Noto Emoji')
  const uncovered = [...codePoints].filter((c) => !textFaces.some((f) => covers(f, c)))
  return BUNDLED_FACES.filter((face) =>
    (face.family === 'Noto Emoji' ? uncovered : [...codePoints]).some((c) => covers(face, c))
  )
}

function fontFaceRule(face: BundledFace, src: string): string {
  // block: a printed page must never show a fallback font while the bundled one loads.
  return `@font-face { font-family: "${face.family}"; font-style: ${face.style}; font-weight: ${face.weight}; font-display: block; src: url("${src}") format("woff2"); unicode-range: ${face.unicodeRange}; }`
}

/** Every bundled face by its URL: a page on the app's origin loads only the slices it uses. */
export function linkedFontsStyle(): string {
  return `${FONTS_STYLE_OPEN}${BUNDLED_FACES.map((f) => fontFaceRule(f, f.url)).join('\n')}</style>`
}

const dataUrls = new Map<string, Promise<string>>()

function dataUrl(url: string): Promise<string> {
  // The build inlines its smallest slices as data: URLs already.
  if (url.startsWith('data:')) return Promise.resolve(url)
  let pending = dataUrls.get(url)
  if (!pending) {
    pending = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`The brief's font ${url} could not be read (${response.status}).`)
        return response.blob()
      })
      .then(
        (blob) =>
          new Promise<string>((resolve, reject) => {
            const reader = new FileReader()
            reader.onload = () => resolve(String(reader.result).replace(/^data:[^;,]*/, 'data:font/woff2'))
            reader.onerror = () =>
              reject(reader.error ?? new Error(`The brief's font ${url} could not be read.`))
            reader.readAsDataURL(blob)
          })
      )
    // A failed read is tried again next time rather than remembered.
    pending.catch(() => dataUrls.delete(url))
    dataUrls.set(url, pending)
  }
  return pending
}

/**
 * The print HTML with its fonts inside it as data: URLs, only the slices its text needs: the
 * desktop's print window may load nothing else, and the page prints the same wherever it goes.
 */
export async function embedFonts(html: string): Promise<string> {
  const start = html.indexOf(FONTS_STYLE_OPEN)
  if (start < 0) return html
  const end = html.indexOf('</style>', start) + '</style>'.length
  // The characters of the page as written, markup and styles with them (the handling line printed
  // in the page margins is CSS content): markup is ASCII, which the text needs anyway, and the
  // page writes every other character as itself, so nothing has to parse a long brief again.
  const needed = facesFor(html.slice(0, start) + html.slice(end))
  const rules = await Promise.all(needed.map(async (face) => fontFaceRule(face, await dataUrl(face.url))))
  return `${html.slice(0, start)}${FONTS_STYLE_OPEN}${rules.join('\n')}</style>${html.slice(end)}`
}
