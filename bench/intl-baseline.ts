// The reference the throughput target is measured against: raw Intl.Segmenter applied line by line,
// with no repairs — what one would write without this module. Runs in Node and in Chromium.

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })

/** Sentence ranges from ICU alone, one ICU call per line. */
export function intlLineByLine(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  let lineStart = 0
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd < 0) lineEnd = text.length
    if (lineEnd > lineStart) {
      for (const piece of segmenter.segment(text.slice(lineStart, lineEnd))) {
        const start = lineStart + piece.index
        out.push({ start, end: start + piece.segment.length })
      }
    }
    lineStart = lineEnd + 1
  }
  return out
}
