// Our news, wire and press-release sets (bench/data/news-*.json) as a regression suite.
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { segmentSentences } from '@shared/segment'

interface Case {
  id: number
  name: string
  language?: string
  text: string
  expected: string[]
}

const dataDir = new URL('../../../bench/data/', import.meta.url)
const files = readdirSync(dataDir).filter((name) => /^news-.*\.json$/.test(name))

/** Cases we knowingly get wrong, with the reason. */
const KNOWN_FAILURES: ReadonlyMap<string, string> = new Map([
  [
    'news-press-en.json#28',
    'a brand name ending in "!" ("Go! Logistics") before a capital reads as a sentence end; telling it apart needs a list of names'
  ]
])

describe.each(files)('%s', (file) => {
  const cases = JSON.parse(readFileSync(new URL(file, dataDir), 'utf8')) as Case[]
  for (const c of cases) {
    const known = KNOWN_FAILURES.has(`${file}#${c.id}`)
    ;(known ? it.fails : it)(`${c.id}. ${c.name}`, () => {
      const got = segmentSentences(c.text, { language: c.language }).map((s) => c.text.slice(s.start, s.end))
      expect(got).toEqual(c.expected)
    })
  }
})
