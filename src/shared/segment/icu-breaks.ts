// Candidate sentence breaks from ICU (`Intl.Segmenter`), computed window by window. One call over a
// whole article is quadratic in Node (each step costs time proportional to the string), while
// Chromium pays a fixed cost per call: windows of about a kilobyte, cut at line ends, suit both.
// Even so ICU costs about a microsecond per sentence it returns, as much as all the repair rules
// together: lines whose breaks plain-breaks.ts can work out from ICU's own rules skip it.
import { isLineBreak, isSpace } from './chars'
import { primaryLanguage } from './languages'
import { plainLineBreaks } from './plain-breaks'

/** Characters handed to ICU per call; a long line is cut at a space near this size. */
export const WINDOW = 1024
/** Near a cut inside a line ICU cannot see what follows, so breaks this close to it are redone. */
const MARGIN = 160

const segmenters = new Map<string, Intl.Segmenter>()

/** One Segmenter per language, created on first use: construction is far costlier than a call. */
export function sentenceSegmenter(language: string | undefined): Intl.Segmenter {
  const key = primaryLanguage(language)
  let segmenter = segmenters.get(key)
  if (!segmenter) {
    let locale = key
    try {
      locale = Intl.Segmenter.supportedLocalesOf([key])[0] ?? 'en'
    } catch {
      locale = 'en' // not a well-formed tag: ICU's sentence rules barely depend on the locale anyway
    }
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' })
    segmenters.set(key, segmenter)
  }
  return segmenter
}

/** Position just after the last line break in (from, to], or -1. Never splits a CR LF pair. */
function lastLineEnd(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from; i--) {
    const code = text.charCodeAt(i)
    if (isLineBreak(code)) {
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
        if (i + 2 <= to) return i + 2
        continue
      }
      return i + 1
    }
  }
  return -1
}

/** A cut inside a long line: after a space in its second half, else anywhere but mid-surrogate-pair. */
function cutInLine(text: string, from: number, to: number): number {
  for (let i = to - 1; i > from + (to - from) / 2; i--) {
    if (isSpace(text.charCodeAt(i))) return i + 1
  }
  return avoidSurrogateSplit(text, to)
}

/** Start of the next window when none of this one's breaks could be trusted: a word start if possible. */
function resumeInLine(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    if (isSpace(text.charCodeAt(i - 1)) && !isSpace(text.charCodeAt(i))) return i
  }
  return avoidSurrogateSplit(text, from)
}

function avoidSurrogateSplit(text: string, at: number): number {
  const code = text.charCodeAt(at)
  return code >= 0xdc00 && code <= 0xdfff ? at + 1 : at
}

/**
 * Appends the offsets where ICU starts a new sentence in text[start, end) (never `start`), ascending;
 * `end` is a line end or the text's end. Breaks after line ends are included.
 */
function icuRange(
  text: string,
  start: number,
  end: number,
  segmenter: Intl.Segmenter,
  window: number,
  breaks: number[]
): void {
  let from = start
  while (from < end) {
    let to = from + window
    let trustedUntil: number
    if (to >= end) {
      to = end
      trustedUntil = end
    } else {
      const lineEnd = lastLineEnd(text, from, to)
      if (lineEnd > 0) {
        to = lineEnd
        trustedUntil = to // ICU never looks past a line end, so every break is final
      } else {
        to = cutInLine(text, from, to)
        trustedUntil = to - MARGIN
      }
    }
    let last = -1
    for (const piece of segmenter.segment(text.slice(from, to))) {
      const at = from + piece.index
      if (piece.index === 0 || at > trustedUntil) continue
      breaks.push(at)
      last = at
    }
    if (to === end || trustedUntil === to) from = to
    else if (last > from) from = last
    else from = resumeInLine(text, trustedUntil, to)
  }
}

/**
 * Offsets where ICU starts a new sentence (never 0), ascending, all from ICU itself. Breaks after line
 * ends are included; callers treat lines separately anyway. `window` is there for measurements.
 */
export function icuBreaks(text: string, language?: string, window = WINDOW): number[] {
  const breaks: number[] = []
  icuRange(text, 0, text.length, sentenceSegmenter(language), window, breaks)
  return breaks
}

/** Languages whose ICU sentence rules are the untailored UAX #29 ones that plain-breaks.ts follows. */
const PLAIN_LANGUAGES = new Set(['en', 'de', 'ru', 'uk'])

/**
 * The breaks ICU would report inside lines (those after line ends may be missing), ascending. Lines
 * whose breaks plain-breaks.ts can tell are not given to ICU; runs of the other lines are, window by
 * window.
 */
export function sentenceBreaks(text: string, language?: string): number[] {
  if (!PLAIN_LANGUAGES.has(primaryLanguage(language))) return icuBreaks(text, language)
  const breaks: number[] = []
  const length = text.length
  let pendingFrom = -1 // start of the lines waiting for ICU
  let pendingTo = -1
  let lineStart = 0
  while (lineStart < length) {
    const mark = breaks.length
    const plain = plainLineBreaks(text, lineStart, breaks)
    const lineEnd = plain >= 0 ? plain : -plain - 1
    if (plain >= 0) {
      if (pendingFrom >= 0 && lineEnd > lineStart) {
        const own = breaks.splice(mark)
        icuRange(text, pendingFrom, pendingTo, sentenceSegmenter(language), WINDOW, breaks)
        for (const at of own) breaks.push(at)
        pendingFrom = -1
      }
    } else {
      if (pendingFrom < 0) pendingFrom = lineStart
      pendingTo = lineEnd
    }
    lineStart = lineEnd + 1
  }
  if (pendingFrom >= 0) icuRange(text, pendingFrom, pendingTo, sentenceSegmenter(language), WINDOW, breaks)
  return breaks
}
