import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DPRK_ID, MOD_ID, compendiumLibrary, recordedChange, sampleLibrary } from './fixtures'
import { parseBackup } from './parse'
import { backupFromLibrary, backupJson } from './serialize'

const sample = readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
const library = sampleLibrary(sample)
const json = backupJson(backupFromLibrary(library, '2026-11-26T15:30:00.000Z'))

/** A JSON object the tests may break freely: the backup of the sample library. */
type Loose = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

function refusal(text: string, fileName = 'team.json'): string {
  const result = parseBackup(text, fileName)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.error
}

/** The refusal of the sample backup after `change`. */
function refusalAfter(change: (backup: Loose) => void): string {
  const backup = JSON.parse(json) as Loose
  change(backup)
  return refusal(JSON.stringify(backup, null, 2))
}

const dprkSentence = (seq: number) => `${DPRK_ID}:${seq}`

describe('parseBackup: files that are not backups', () => {
  it('says an empty file is empty', () => {
    expect(refusal('')).toBe('“team.json” is empty')
    expect(refusal('\uFEFF \n')).toBe('“team.json” is empty')
  })

  it('says a cut-short file ends too soon, with the line', () => {
    const lines = json.split('\n')
    expect(refusal(lines.slice(0, 30).join('\n'))).toBe(
      '“team.json” is not valid JSON: it ends too soon, at line 30 — the file may be cut short'
    )
  })

  it('points at the line and column of a syntax error', () => {
    const text = '{\n  "format": "sourcemark-backup",\n  "version": 1,\n  articles: []\n}'
    expect(refusal(text)).toBe(
      '“team.json” is not valid JSON: unexpected “a” where a quoted field name should be at line 4, column 3'
    )
  })

  it('refuses JSON that is not a Sourcemark backup', () => {
    const message = '“team.json”: not a Sourcemark backup (no "format": "sourcemark-backup")'
    expect(refusal('{"format": "hypothesis-export", "annotations": []}')).toBe(message)
    expect(refusal('[]')).toBe(message)
    expect(refusal('null')).toBe(message)
    expect(refusal('"sourcemark-backup"')).toBe(message)
    expect(refusalAfter((b) => delete b.format)).toBe(message)
  })

  it('refuses a version from the future, and one that is no version', () => {
    expect(refusalAfter((b) => (b.version = 4))).toBe(
      '“team.json”: backup version 4 is newer than this Sourcemark understands (3)'
    )
    expect(refusalAfter((b) => (b.version = '1'))).toBe('“team.json”: version: "1" is not a backup version')
    expect(refusalAfter((b) => delete b.version)).toBe('“team.json”: version: is required')
  })

  it('accepts a byte-order mark before the JSON', () => {
    expect(parseBackup(`\uFEFF${json}`, 'team.json').ok).toBe(true)
  })
})

describe('parseBackup: the schema', () => {
  it('names the field of a grade outside its scale', () => {
    expect(refusalAfter((b) => (b.sources[1].reliability = 'G'))).toBe(
      '“team.json”: sources[1].reliability: must be one of "A", "B", "C", "D", "E", "F"'
    )
    expect(refusalAfter((b) => (b.assessments[0].credibility = 7))).toBe(
      '“team.json”: assessments[0].credibility: must be 1, 2, 3, 4, 5, 6 or null'
    )
    expect(refusalAfter((b) => (b.assessments[0].attributions[0].role = 'hearsay'))).toBe(
      '“team.json”: assessments[0].attributions[0].role: must be one of "direct-quote", "paraphrase", "reported", "document", "author"'
    )
    expect(refusalAfter((b) => (b.articles[0].sentences.kinds[2] = 'footnote'))).toBe(
      '“team.json”: articles[0].sentences.kinds[2]: must be one of "heading", "body", "quote", "list-item"'
    )
    expect(refusalAfter((b) => (b.links[0].relation = 'refutes'))).toBe(
      '“team.json”: links[0].relation: must be one of "supports", "contradicts", "context"'
    )
    expect(refusalAfter((b) => (b.links[0].target.kind = 'web'))).toBe(
      '“team.json”: links[0].target.kind: must be "sentence" or "external"'
    )
  })

  it('accepts reliability null, a source not graded yet, and keeps a letter where a backup has one', () => {
    const backup = JSON.parse(json) as Loose
    backup.sources[1].reliability = null
    // As the app writes it: the change is in the trail, which binds the source as it now is.
    backup.history = recordedChange(backup.history, 'source', backup.sources[1].id, backup.sources[1])
    const result = parseBackup(JSON.stringify(backup), 'team.json')
    if (!result.ok) throw new Error(result.error)
    expect(result.backup.sources[1].reliability).toBeNull()
    expect(result.backup.sources[0].reliability).toBe('B')
  })

  it('accepts credibility null: a sentence attributed but not yet graded', () => {
    const backup = JSON.parse(json) as Loose
    backup.assessments[0].credibility = null
    backup.history = recordedChange(
      backup.history,
      'assessment',
      backup.assessments[0].sentenceId,
      backup.assessments[0]
    )
    expect(parseBackup(JSON.stringify(backup), 'team.json').ok).toBe(true)
  })

  it('refuses offsets that are not whole numbers ≥ 0', () => {
    const message = '“team.json”: articles[0].sentences.starts[5]: must be a whole number ≥ 0'
    expect(refusalAfter((b) => (b.articles[0].sentences.starts[5] = -1))).toBe(message)
    expect(refusalAfter((b) => (b.articles[0].sentences.starts[5] = 1.5))).toBe(message)
    expect(refusalAfter((b) => (b.articles[0].sentences.starts[5] = '180'))).toBe(message)
    expect(refusalAfter((b) => (b.articles[0].sentences.ends[0] = 2 ** 32))).toBe(
      '“team.json”: articles[0].sentences.ends[0]: must be at most 4294967295'
    )
  })

  it('names missing fields, fields it does not know and malformed dates', () => {
    expect(refusalAfter((b) => delete b.articles[0].title)).toBe(
      '“team.json”: articles[0].title: is required'
    )
    expect(refusalAfter((b) => (b.articles[0].colour = 'red'))).toBe(
      '“team.json”: articles[0].colour: not a field of a Sourcemark backup'
    )
    expect(refusalAfter((b) => (b.articles[1].importedAt = 'yesterday'))).toBe(
      '“team.json”: articles[1].importedAt: must be an ISO date-time such as 2026-11-26T15:30:00.000Z'
    )
    expect(refusalAfter((b) => (b.articles[1].publishedAt = '15/03/2026'))).toBe(
      '“team.json”: articles[1].publishedAt: must be a date such as 2026-11-26'
    )
    expect(refusalAfter((b) => (b.articles[1].url = 'javascript:alert(1)'))).toBe(
      '“team.json”: articles[1].url: must be a web address (http:// or https://)'
    )
    expect(refusalAfter((b) => (b.links[1].target = { kind: 'external' }))).toBe(
      '“team.json”: links[1].target.citation: is required'
    )
    expect(refusalAfter((b) => (b.sources = {}))).toBe('“team.json”: sources: must be a list')
  })

  it('caps the length of what an analyst types', () => {
    expect(refusalAfter((b) => (b.sources[0].name = 'K'.repeat(1001)))).toBe(
      '“team.json”: sources[0].name: is longer than 1000 characters'
    )
  })

  it('shows the first five problems and counts the rest', () => {
    expect(
      refusalAfter((b) => {
        b.articles[0].sentences.starts = b.articles[0].sentences.starts.map(String)
      })
    ).toBe(
      '“team.json”: ' +
        [0, 1, 2, 3, 4]
          .map((i) => `articles[0].sentences.starts[${i}]: must be a whole number ≥ 0`)
          .join('; ') +
        '; and 13 more problems'
    )
  })
})

describe('parseBackup: integrity', () => {
  it('refuses sentence columns of different lengths', () => {
    expect(refusalAfter((b) => b.articles[0].sentences.ends.pop())).toBe(
      '“team.json”: articles[0].sentences: seqs, starts, ends and kinds must have one entry per sentence (they have 18, 18, 17 and 18)'
    )
  })

  it('refuses ranges that do not fit the text', () => {
    expect(refusalAfter((b) => (b.articles[0].sentences.ends[3] += 1))).toBe(
      '“team.json”: articles[0].sentences: range 3 (starts[3]–ends[3]) does not fit the text: ends with whitespace'
    )
    expect(refusalAfter((b) => (b.articles[0].sentences.starts[3] -= 5))).toBe(
      `“team.json”: articles[0].sentences: range 3 (starts[3]–ends[3]) does not fit the text: starts at ${library.sentenceTables[0].starts[3] - 5}, before the previous end ${library.sentenceTables[0].ends[2]}`
    )
    expect(refusalAfter((b) => (b.articles[1].sentences.ends[3] = 100_000))).toBe(
      `“team.json”: articles[1].sentences: range 3 (starts[3]–ends[3]) does not fit the text: ends at 100000, past the text (${library.articles[1].text.length})`
    )
    expect(
      refusalAfter((b) => {
        for (const column of ['seqs', 'starts', 'ends', 'kinds']) b.articles[1].sentences[column].pop()
      })
    ).toBe(
      `“team.json”: articles[1].sentences: the ranges do not fit the text: non-whitespace left out after ${library.sentenceTables[1].ends[2]}`
    )
  })

  it('refuses sequence numbers used twice or not below nextSeq', () => {
    expect(refusalAfter((b) => (b.articles[1].sentences.seqs[3] = 1))).toBe(
      '“team.json”: articles[1].sentences.seqs[3]: 1 is used twice (also seqs[1])'
    )
    expect(refusalAfter((b) => (b.articles[1].sentences.nextSeq = 3))).toBe(
      '“team.json”: articles[1].sentences.seqs[3]: 3 is not below nextSeq (3)'
    )
  })

  it('refuses a text edited after import', () => {
    expect(refusalAfter((b) => (b.articles[0].text = b.articles[0].text.replace('12,000', '15,000')))).toBe(
      '“team.json”: articles[0].origin.sha256: does not match the text of “North Korean troops withdraw from Kursk” — the text was edited'
    )
  })

  it('refuses grades and links that point outside the backup', () => {
    expect(refusalAfter((b) => (b.assessments[0].sentenceId = dprkSentence(99)))).toBe(
      `“team.json”: assessments[0].sentenceId: "${dprkSentence(99)}" is not a sentence of an article in the backup`
    )
    expect(refusalAfter((b) => (b.assessments[0].articleId = MOD_ID))).toBe(
      `“team.json”: assessments[0].articleId: "${MOD_ID}", but sentence "${dprkSentence(1)}" is in article "${DPRK_ID}"`
    )
    expect(refusalAfter((b) => (b.assessments[2].attributions[0].sourceId = 'src-zelenskyy'))).toBe(
      '“team.json”: assessments[2].attributions[0].sourceId: "src-zelenskyy" is not a source in the backup'
    )
    expect(refusalAfter((b) => (b.links[0].fromSentenceId = dprkSentence(40)))).toBe(
      `“team.json”: links[0].fromSentenceId: "${dprkSentence(40)}" is not a sentence of an article in the backup`
    )
    expect(refusalAfter((b) => (b.links[0].target.sentenceId = `${MOD_ID}:9`))).toBe(
      `“team.json”: links[0].target.sentenceId: "${MOD_ID}:9" is not a sentence of an article in the backup`
    )
    expect(refusalAfter((b) => (b.links[1].articleId = MOD_ID))).toBe(
      `“team.json”: links[1].articleId: "${MOD_ID}", but sentence "${dprkSentence(7)}" is in article "${DPRK_ID}"`
    )
    expect(refusalAfter((b) => (b.links[1].target.sourceId = 'src-rferl'))).toBe(
      '“team.json”: links[1].target.sourceId: "src-rferl" is not a source in the backup'
    )
  })

  it('does not repeat, for each grade, that its article’s sentences are broken', () => {
    expect(refusalAfter((b) => b.articles[0].sentences.kinds.pop())).toBe(
      '“team.json”: articles[0].sentences: seqs, starts, ends and kinds must have one entry per sentence (they have 18, 18, 18 and 17)'
    )
  })

  it('refuses ids used twice', () => {
    expect(refusalAfter((b) => b.sources.push({ ...b.sources[0], name: 'ISW' }))).toBe(
      '“team.json”: sources[4].id: "src-isw" is used twice (also sources[0])'
    )
    expect(refusalAfter((b) => b.links.push({ ...b.links[0], note: 'again' }))).toBe(
      `“team.json”: links[2].id: "${library.links[0].id}" is used twice (also links[0])`
    )
    expect(refusalAfter((b) => b.assessments.push(b.assessments[1]))).toBe(
      `“team.json”: assessments[4].sentenceId: "${dprkSentence(2)}" is graded twice (also assessments[1])`
    )
  })

  it('refuses the same text twice under two ids', () => {
    expect(refusalAfter((b) => b.articles.push({ ...b.articles[1], id: 'tass-copy' }))).toBe(
      '“team.json”: articles[2]: has the same text as articles[1] — the article is in the backup twice'
    )
  })

  it('refuses an audit trail that was edited or cut, naming the entry', () => {
    expect(refusalAfter((b) => (b.history[3].after.credibility = 1))).toBe(
      `“team.json”: history[3]: The audit trail is broken at entry 4 (assessment ${dprkSentence(1)} at 2026-11-20T10:03:00.000Z): its content no longer matches its hash — it was changed after it was written.`
    )
    expect(refusalAfter((b) => b.history.splice(1, 1))).toBe(
      '“team.json”: history[1]: The audit trail is broken at entry 2 (source src-kindratenko at 2026-11-20T10:02:00.000Z): it does not follow the entry before it — an entry was removed, inserted or reordered.'
    )
  })

  it('lists several problems in one message', () => {
    expect(
      refusalAfter((b) => {
        b.assessments[0].sentenceId = dprkSentence(99)
        b.links[1].target.sourceId = 'src-rferl'
      })
    ).toBe(
      `“team.json”: assessments[0].sentenceId: "${dprkSentence(99)}" is not a sentence of an article in the backup; links[1].target.sourceId: "src-rferl" is not a source in the backup`
    )
  })
})

describe('parseBackup: never throws', () => {
  it('answers every input with a result', () => {
    const inputs = [
      '{',
      '}',
      '[[[[',
      '[1,]',
      '{"a":1}x',
      '"\\q"',
      'nul',
      '-',
      '1e',
      '{"format":"sourcemark-backup","version":1}'
    ]
    for (const text of inputs) {
      const result = parseBackup(text, 'odd.json')
      expect(result.ok).toBe(false)
      if (!result.ok) expect(result.error).toMatch(/^“odd\.json”/)
    }
    expect(parseBackup('['.repeat(100_000), 'deep.json')).toEqual({
      ok: false,
      error: '“deep.json” is not valid JSON: it ends too soon, at line 1 — the file may be cut short'
    })
  })
})

describe('parseBackup: size', () => {
  it('reads and checks the backup of a 5 MB article', () => {
    const backup = backupFromLibrary(compendiumLibrary(sample), '2026-11-26T15:30:00.000Z')
    const file = backupJson(backup)
    expect(file.length).toBeGreaterThan(5_000_000)

    // How long this takes is `backup.parse_5mb_ms` in `npm run bench`.
    const result = parseBackup(file, 'big.json')
    expect(result.ok).toBe(true)
  })
})
