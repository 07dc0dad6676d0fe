// The Golden Rules (English) as a regression suite: every case must keep passing.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'

interface Case {
  id: number
  name: string
  text: string
  expected: string[]
}

const cases = JSON.parse(
  readFileSync(new URL('../../../bench/data/golden-rules-en.json', import.meta.url), 'utf8')
) as Case[]

/** Cases that contradict our newline or news conventions, with the reason. None so far. */
const EXPECTED_FAILURES: ReadonlyMap<number, string> = new Map()

describe('Golden Rules (en)', () => {
  it('has all 48 cases', () => expect(cases).toHaveLength(48))
  for (const c of cases) {
    const test = EXPECTED_FAILURES.has(c.id) ? it.fails : it
    test(`${c.id}. ${c.name}`, () => {
      const sentences = segmentSentences(c.text, { language: 'en' }).map((s) =>
        c.text.slice(s.start, s.end).trim()
      )
      expect(sentences).toEqual(c.expected)
    })
  }
})
