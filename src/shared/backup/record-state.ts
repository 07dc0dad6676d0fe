// The state of a record as the audit trail binds it: the model's fields only, in one canonical
// form for a database row, a history entry's `after` and a backup's record alike, so the hash of
// the state a change left can be compared with the record a backup holds.
import { canonicalJson } from '../history'
import type { LegacyAssessment } from '../judgments/legacy'
import type { Article, Case, HistoryEntity, Judgment, Link, Source, TableHashing } from '../model'
import { tableDigestHex } from '../segment/table-digest'
import { sha256Hex } from '../text/sha256'
import type { SentenceTableInput } from './columns'
import { pickArticleRecord, pickAssessment, pickCase, pickJudgment, pickLink, pickSource } from './pick'

/**
 * The record `value` of `entity` reduced to what the trail binds. An article is its record
 * without the text: the text is bound through `origin.sha256`, which the backup check compares
 * with the text itself. Sentence tables keep kinds as codes, as the database stores them.
 */
export function recordState(entity: HistoryEntity, value: unknown): unknown {
  if (value === null || value === undefined) return null
  switch (entity) {
    case 'article':
      // The import's own entry records only `{ title, sha256 }`; that is not a record to pick from.
      if (typeof (value as { origin?: unknown }).origin !== 'object') return value
      return pickArticleRecord(value as Omit<Article, 'text'>)
    case 'sentences': {
      const t = value as SentenceTableInput
      return {
        articleId: t.articleId,
        nextSeq: t.nextSeq,
        seqs: Array.from(t.seqs),
        starts: Array.from(t.starts),
        ends: Array.from(t.ends),
        kinds: Array.from(t.kinds)
      }
    }
    case 'source':
      return pickSource(value as Source)
    case 'assessment':
      // A mark from before cases stays in the state, so the entries that recorded it still match.
      return pickAssessment(value as LegacyAssessment)
    case 'link':
      return pickLink(value as Link)
    case 'text': {
      const t = value as { articleId: string; text: string }
      return { articleId: t.articleId, text: t.text }
    }
    case 'case':
      return pickCase(value as Case)
    case 'judgment':
      return pickJudgment(value as Judgment)
    case 'trail':
      return value
  }
}

/**
 * Hex SHA-256 of the canonical JSON of the record's state (of `null` for a deleted record); with
 * `tableHashing` 'bytes' (an entry that says so), a sentence table's is that of its raw bytes.
 * Entries keep the way they were written: old ones are checked the old way, new ones the new.
 */
export function stateHash(entity: HistoryEntity, value: unknown, tableHashing?: TableHashing): string {
  if (tableHashing === 'bytes' && entity === 'sentences' && value !== null && value !== undefined) {
    return tableDigestHex(value as SentenceTableInput)
  }
  return sha256Hex(canonicalJson(recordState(entity, value)))
}

/** How entries written from now on hash a sentence table: by its raw bytes. */
export const TABLE_HASHING: TableHashing = 'bytes'
