// Scoring against hand-split test sets ({ id, name, text, expected[] }, optional language): a case
// passes when the trimmed sentence strings equal the expected list exactly.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Segment } from '../src/shared/model'

export interface SplitCase {
  id: number
  name: string
  language?: string
  text: string
  expected: string[]
}

export interface Score {
  passed: number
  total: number
  failures: { id: number; name: string; got: string[]; expected: string[] }[]
}

export type Segmenter = (text: string, options: { language?: string }) => Segment[]

export const DATA_DIR = join(import.meta.dirname, 'data')

export function loadCases(file: string): SplitCase[] {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as SplitCase[]
}

/** The news sets: every `news-*.json` in bench/data. */
export function newsSetFiles(): string[] {
  return readdirSync(DATA_DIR)
    .filter((name) => /^news-.*\.json$/.test(name))
    .sort()
}

export function scoreCases(cases: readonly SplitCase[], segment: Segmenter): Score {
  const score: Score = { passed: 0, total: cases.length, failures: [] }
  for (const c of cases) {
    const got = segment(c.text, { language: c.language }).map((s) => c.text.slice(s.start, s.end).trim())
    if (JSON.stringify(got) === JSON.stringify(c.expected)) score.passed++
    else score.failures.push({ id: c.id, name: c.name, got, expected: c.expected })
  }
  return score
}

export function percent(score: Score): number {
  return score.total === 0 ? 0 : (100 * score.passed) / score.total
}
