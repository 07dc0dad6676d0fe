import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Segment } from '../model'
import { segmentSentences } from './index'
import { invariantViolation } from './invariants'
import { describeLongRunSplit, MAX_SENTENCE_CHARS, splitLongRuns } from './long-runs'

const whole = (text: string): Segment[] => [{ start: 0, end: text.length, kind: 'body' }]
const lengths = (segments: Segment[]) => segments.map((s) => s.end - s.start)

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' })

/** Whether ICU puts a grapheme boundary at `at`: the only places a cut may fall. */
function isGraphemeBoundary(text: string, at: number): boolean {
  if (at === 0 || at === text.length) return true
  const from = Math.max(0, at - 32)
  for (const { index } of graphemes.segment(text.slice(from, at + 32))) if (from + index === at) return true
  return false
}

function expectSafeSplit(text: string, segments: Segment[], max: number): void {
  expect(invariantViolation(text, segments)).toBeNull()
  for (const length of lengths(segments)) expect(length).toBeLessThanOrEqual(max)
  for (const { start, end } of segments) {
    expect(isGraphemeBoundary(text, start), `cut at ${start}`).toBe(true)
    expect(isGraphemeBoundary(text, end), `cut at ${end}`).toBe(true)
  }
}

describe('splitLongRuns', () => {
  it('leaves sentences within the limit as they are, and says nothing', () => {
    const text = 'Troops crossed the border. The governor confirmed it.'
    const segments = segmentSentences(text)
    const { segments: out, split } = splitLongRuns(text, segments)
    expect(out).toEqual(segments)
    expect(split).toEqual({ runs: 0, longest: 0, parts: 0 })
    expect(describeLongRunSplit(split)).toBeNull()
  })

  it('splits a 4,999,999-character line of words at spaces, and says so', () => {
    const words = ['convoy', 'Kursk', 'artillery', 'drone', 'ceasefire', 'Sumy', 'border']
    const pieces: string[] = []
    for (let size = 0, i = 0; size < 4_999_999; i++) {
      const word = words[i % words.length]
      pieces.push(word)
      size += word.length + 1
    }
    const text = pieces.join(' ').slice(0, 4_999_999).trimEnd()
    const { segments, split } = splitLongRuns(text, whole(text))
    expectSafeSplit(text, segments, MAX_SENTENCE_CHARS)
    // Cut at spaces: every part holds whole words, and none is under half the limit but the last.
    for (const { start, end } of segments) {
      expect(text[start - 1] ?? ' ').toBe(' ')
      expect(text[end] ?? ' ').toBe(' ')
    }
    for (const length of lengths(segments).slice(0, -1))
      expect(length).toBeGreaterThan(MAX_SENTENCE_CHARS / 2)
    expect(split).toEqual({ runs: 1, longest: text.length, parts: segments.length })
    expect(describeLongRunSplit(split)).toBe(
      `1 line of ${text.length.toLocaleString('en')} characters without a sentence end was split into ${segments.length.toLocaleString('en')} parts of at most 2,000 characters.`
    )
  })

  it('cuts a run without spaces at the limit', () => {
    const text = 'x'.repeat(5_000)
    const { segments } = splitLongRuns(text, whole(text))
    expect(lengths(segments)).toEqual([2_000, 2_000, 1_000])
  })

  it('never cuts a surrogate pair, an accent from its letter, an emoji sequence or a flag', () => {
    for (const unit of ['😀', 'e\u0301', '👨‍👩‍👧', '🇺🇦', '👍🏽', 'ก์']) {
      const text = unit.repeat(Math.ceil(4_500 / unit.length) + 1)
      const { segments } = splitLongRuns(text, whole(text))
      expect(segments.length).toBeGreaterThan(2)
      expectSafeSplit(text, segments, MAX_SENTENCE_CHARS)
    }
  })

  it('keeps each part of a long quotation or list item of its kind', () => {
    const text = `“${'word '.repeat(1_000)}end.”`
    const segments = segmentSentences(text)
    expect(segments).toHaveLength(1)
    const { segments: out } = splitLongRuns(text, segments)
    expect(out.length).toBe(3)
    expect(new Set(out.map((s) => s.kind))).toEqual(new Set([segments[0].kind]))
  })

  it('keeps the segmentation invariants and grapheme boundaries on any text and limit', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '  ', '\t', '😀', 'e\u0301', '👨‍👩‍👧', '🇺🇦', '.', '\u00a0', 'ж')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 300 }), fc.integer({ min: 8, max: 60 }), (pieces, max) => {
        const text = pieces.join('')
        const before = segmentSentences(text)
        const { segments, split } = splitLongRuns(text, before, max)
        expectSafeSplit(text, segments, max)
        expect(segments.length).toBe(before.length - split.runs + split.parts)
      })
    )
  })
})
