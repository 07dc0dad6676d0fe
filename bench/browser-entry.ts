// Bundled for Chromium by ./chromium.ts: the segmenter and the ICU baseline, timed inside the page.
import { segmentSentences } from '../src/shared/segment'
import { intlLineByLine } from './intl-baseline'
import { median, timeInterleaved } from './timing'

/** Median seconds per run for the segmenter and for raw ICU line by line, on the same text. */
function measure(text: string, runs: number): { ours: number; intl: number; segments: number } {
  const [ours, intl] = timeInterleaved([() => segmentSentences(text), () => intlLineByLine(text)], runs)
  return { ours: median(ours), intl: median(intl), segments: segmentSentences(text).length }
}

Object.assign(globalThis, { sourcemarkBench: { measure } })
