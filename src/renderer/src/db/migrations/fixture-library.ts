// Test support: the stored fixtures, and what a person expects to find back in each of them,
// worked out from the fixture's own rows (not from the migration under test).
import beforeTextTable from './fixtures/v1-before-text-table.json?raw'
import asLanded from './fixtures/v1-as-landed.json?raw'
import beforeTableBytes from './fixtures/v6-before-table-bytes.json?raw'
import { SENTENCE_KINDS, sentenceId, type SentenceKind } from '@shared/model'
import { parseRawLibraryJson, type RawLibrary } from './raw-library'

export const FIXTURES = {
  /** Written by the code before the text table (article text in the article row, plain arrays). */
  'v1-before-text-table': beforeTextTable,
  /** Written by version 1 as it landed (text table, typed arrays, kinds as codes). */
  'v1-as-landed': asLanded,
  /** Written by version 6 (history entries hash sentence tables by their canonical JSON). */
  'v6-before-table-bytes': beforeTableBytes
} as const

export type FixtureName = keyof typeof FIXTURES

/** A fresh copy of a fixture's raw library. */
export function fixture(name: FixtureName): RawLibrary {
  return parseRawLibraryJson(FIXTURES[name])
}

export interface ExpectedArticle {
  id: string
  title: string
  text: string
  details: Record<string, unknown>
  sentences: { id: string; start: number; end: number; kind: SentenceKind }[]
}

type Row = Record<string, unknown>

/** Every article of the fixture with its text, details and sentences, whatever its layout. */
export function expectedArticles(raw: RawLibrary): ExpectedArticle[] {
  const texts = new Map((raw.stores.texts?.rows ?? []).map((r) => [(r as Row).articleId, (r as Row).text]))
  const tables = new Map(raw.stores.sentences.rows.map((r) => [(r as Row).articleId, r as Row]))
  return raw.stores.articles.rows.map((r) => {
    const { text, ...details } = r as Row
    const id = details.id as string
    const table = tables.get(id)!
    const kinds = Array.from(table.kinds as ArrayLike<string | number>, (k) =>
      typeof k === 'number' ? SENTENCE_KINDS[k] : (k as SentenceKind)
    )
    const seqs = Array.from(table.seqs as ArrayLike<number>)
    return {
      id,
      title: details.title as string,
      text: (text ?? texts.get(id)) as string,
      details,
      sentences: seqs.map((seq, i) => ({
        id: sentenceId(id, seq),
        start: (table.starts as ArrayLike<number>)[i],
        end: (table.ends as ArrayLike<number>)[i],
        kind: kinds[i]
      }))
    }
  })
}
